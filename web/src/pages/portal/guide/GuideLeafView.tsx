// The information page at the end of a path: the gist, the law, what to try first, the
// options with their time limits, what to bring, the urgent notice, then filing.
import {
  AlertOutlined,
  BookOutlined,
  BulbOutlined,
  ClockCircleOutlined,
  FileAddOutlined,
  FileTextOutlined,
  PhoneOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Alert, Button, Collapse, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { type GuideLeaf, type GuideLeafHead, type GuideOptionKind, guideApi } from '../../../api/guide';
import { isApiError } from '../../../api/client';
import { useLocale } from '../../../i18n';
import { filingLink } from './guideTrail';

const KIND_COLORS: Record<GuideOptionKind, string> = {
  mediation: 'green',
  arbitration: 'blue',
  administrative: 'cyan',
  hotline: 'purple',
  police: 'red',
  litigation: 'geekblue',
  other: 'default',
};

function Bullets({ items }: { items: string[] }) {
  return (
    <ul className="guide-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function UrgentNotice({ leaf, prominent }: { leaf: GuideLeaf; prominent: boolean }) {
  const { t } = useLocale();
  return (
    <Alert
      type={prominent ? 'error' : 'warning'}
      showIcon
      icon={<AlertOutlined />}
      className={prominent ? 'guide-urgent is-emergency' : 'guide-urgent'}
      title={t('guide.section.urgent')}
      description={
        <>
          <Bullets items={leaf.urgent} />
          {prominent ? (
            <Button danger type="primary" size="large" block icon={<PhoneOutlined />} href="tel:110" className="guide-call">
              110
            </Button>
          ) : null}
        </>
      }
      data-testid={prominent ? 'guide-emergency' : 'guide-urgent'}
    />
  );
}

export function GuideLeafView({ head, revision }: { head: GuideLeafHead; revision: string }) {
  const { t, locale } = useLocale();
  const [leaf, setLeaf] = useState<GuideLeaf | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    setError(null);
    guideApi.leaf(head.id).then(
      (result) => active && setLeaf(result),
      (err: unknown) => active && setError(isApiError(err) && err.status !== 0 ? err.message : ''),
    );
    return () => {
      active = false;
    };
  }, [head.id, locale, attempt]);

  if (error !== null) {
    return <Alert type="error" showIcon title={error || t('guide.loadFailed')} action={<Button onClick={() => setAttempt((n) => n + 1)}>{t('guide.retry')}</Button>} />;
  }
  if (!leaf || leaf.id !== head.id) return <Spin className="guide-spin" />;

  const sections = [
    { key: 'selfHelp', icon: <BulbOutlined />, label: t('guide.section.selfHelp'), children: <Bullets items={leaf.selfHelp} /> },
    {
      key: 'options',
      icon: <SolutionOutlined />,
      label: t('guide.section.options'),
      children: (
        <ol className="guide-options" data-testid="guide-options">
          {leaf.options.map((option) => (
            <li key={option.name} className="guide-option">
              <div className="guide-option-head">
                <Tag color={KIND_COLORS[option.kind]}>{t(`guide.option.${option.kind}`)}</Tag>
                <strong>{option.name}</strong>
              </div>
              <p>{option.text}</p>
              {option.timeLimit ? (
                <p className="guide-time-limit">
                  <ClockCircleOutlined /> <span>{t('guide.timeLimit')}：</span>
                  {option.timeLimit}
                </p>
              ) : null}
              {option.basis ? (
                <p className="guide-basis">
                  {t('guide.basis')}：{option.basis}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ),
    },
    {
      key: 'law',
      icon: <BookOutlined />,
      label: t('guide.section.law'),
      children: (
        <ul className="guide-list guide-law">
          {leaf.law.map((ref) => (
            <li key={ref.text}>
              <cite>{ref.citation}</cite>
              {ref.text}
            </li>
          ))}
        </ul>
      ),
    },
    { key: 'bring', icon: <FileTextOutlined />, label: t('guide.section.bring'), children: <Bullets items={leaf.bring} /> },
  ];

  return (
    <article className="guide-leaf" data-testid="guide-leaf" data-leaf={leaf.id}>
      {leaf.emergency ? <UrgentNotice leaf={leaf} prominent /> : null}
      <Tag className="guide-category">{leaf.categoryName}</Tag>
      <h2 className="guide-leaf-title">{leaf.title}</h2>
      <p className="guide-summary">{leaf.summary}</p>

      <Collapse
        className="guide-sections"
        defaultActiveKey={['selfHelp', 'options']}
        items={sections.map((s) => ({
          key: s.key,
          label: (
            <span className="guide-section-label">
              {s.icon}
              {s.label}
            </span>
          ),
          children: s.children,
        }))}
      />

      {leaf.emergency ? null : <UrgentNotice leaf={leaf} prominent={false} />}

      <div className="guide-file">
        <Link to={filingLink(leaf)}>
          <Button type="primary" size="large" block icon={<FileAddOutlined />} className="portal-big-button" data-testid="guide-file">
            {t('guide.stillNeedHelp')}
          </Button>
        </Link>
        <p className="portal-muted">{t('guide.stillNeedHelpHint', { category: leaf.categoryName })}</p>
      </div>
      <p className="guide-disclaimer">{t('guide.disclaimer', { revision })}</p>
    </article>
  );
}
