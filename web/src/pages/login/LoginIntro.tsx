// Left column of the login page: product name, subtitle and the closed loop.
import { ApartmentOutlined, NodeIndexOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Fragment } from 'react';
import { useT, type MessageKey } from '../../i18n';

const FLOW: MessageKey[] = ['flow.register', 'flow.route', 'flow.resolve', 'flow.feedback', 'flow.archive', 'flow.followUp'];

const FEATURES = [
  { icon: <ApartmentOutlined />, title: 'login.feature1.title', text: 'login.feature1.text' },
  { icon: <NodeIndexOutlined />, title: 'login.feature2.title', text: 'login.feature2.text' },
  { icon: <SafetyCertificateOutlined />, title: 'login.feature3.title', text: 'login.feature3.text' },
] as const satisfies readonly { icon: unknown; title: MessageKey; text: MessageKey }[];

export function LoginIntro() {
  const t = useT();
  return (
    <section className="login-intro">
      <h1 className="login-title">
        <span className="login-title-product">CONCORD</span>
        {t('app.productName')}
      </h1>
      <p className="login-subtitle">{t('app.tagline')}</p>
      <div className="login-flow" aria-label={t('login.flowLabel')}>
        {FLOW.map((key, index) => (
          <Fragment key={key}>
            {index > 0 ? <span className="login-flow-arrow">▶</span> : null}
            <span className="login-flow-step">{t(key)}</span>
          </Fragment>
        ))}
      </div>
      <div className="login-features">
        {FEATURES.map((feature) => (
          <div className="login-feature" key={feature.title}>
            <div className="login-feature-icon">{feature.icon}</div>
            <div className="login-feature-title">{t(feature.title)}</div>
            <div className="login-feature-text">{t(feature.text)}</div>
          </div>
        ))}
      </div>
    </section>
  );
}
