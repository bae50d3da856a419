// The portal's landing: what the center does, the self-help guide first, then filing and tracking, how it works.
import { CompassOutlined, FileAddOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { CalendarOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { portalApi, type PortalCategory } from '../../api/portal';
import { useLocale } from '../../i18n';

export default function PortalHomePage() {
  const { t, locale } = useLocale();
  const [categories, setCategories] = useState<PortalCategory[]>([]);

  useEffect(() => {
    let active = true;
    portalApi.categories().then(
      (result) => active && setCategories(result.items),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, []);

  const steps = [
    { title: t('portal.step1'), text: t('portal.step1Text') },
    { title: t('portal.step2'), text: t('portal.step2Text') },
    { title: t('portal.step3'), text: t('portal.step3Text') },
    { title: t('portal.step4'), text: t('portal.step4Text') },
  ];

  return (
    <div className="portal-home">
      <section className="portal-hero">
        <h1>{t('portal.heroTitle')}</h1>
        <p>{t('portal.heroText')}</p>
        <div className="portal-hero-actions">
          <Link to="/portal/guide">
            <Button type="primary" size="large" block icon={<CompassOutlined />} className="portal-big-button" data-testid="portal-guide">
              {t('guide.home')}
            </Button>
          </Link>
          <p style={{ margin: '-6px 0 4px', fontSize: 13, color: '#6b7280' }}>{t('guide.homeHint')}</p>
          <Link to="/portal/new">
            <Button size="large" block icon={<FileAddOutlined />} className="portal-big-button is-secondary" data-testid="portal-apply">
              {t('portal.apply')}
            </Button>
          </Link>
          <Link to="/portal/track">
            <Button size="large" block icon={<SearchOutlined />} className="portal-big-button is-secondary" data-testid="portal-track">
              {t('portal.track')}
            </Button>
          </Link>
        </div>
      </section>

      <section className="portal-section">
        <Link to="/portal/reception">
          <Button size="large" block icon={<CalendarOutlined />} className="portal-big-button is-secondary" data-testid="portal-reception-link">
            {t('portal.reception')}
          </Button>
        </Link>
        <p style={{ margin: '6px 0 0', fontSize: 13, color: '#6b7280' }}>{t('portal.receptionHint')}</p>
      </section>

      <section className="portal-section">
        <h2>{t('portal.howItWorks')}</h2>
        <ol className="portal-steps">
          {steps.map((step, index) => (
            <li key={step.title}>
              <span className="portal-step-no">{index + 1}</span>
              <div>
                <strong>{step.title}</strong>
                <p>{step.text}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      {categories.length > 0 ? (
        <section className="portal-section">
          <h2>{t('portal.whatWeMediate')}</h2>
          <div className="portal-categories">
            {categories.map((category) => (
              <Tag key={category.code} className="portal-category">
                {locale === 'en' ? category.nameEn || category.name : category.name}
              </Tag>
            ))}
          </div>
        </section>
      ) : null}

      <section className="portal-section portal-notice">
        <strong>{t('portal.noticeTitle')}</strong>
        <p>{t('portal.noticeEmergency')}</p>
        <p>{t('portal.noticeFree')}</p>
      </section>
    </div>
  );
}
