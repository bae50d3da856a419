// 风险评估记录: each assessment with its level, score and the items that weighed.
import { List, Space, Tag, Typography } from 'antd';
import type { RiskAssessment, RiskReason } from '../../api/risk';
import { useLocale, useT } from '../../i18n';
import { formatTime } from '../cases/shared/format';
import { contextKey } from './labels';
import { RiskLevelTag } from './riskLevel';

export function AssessmentList({ items }: { items: RiskAssessment[] }) {
  const t = useT();
  const { locale } = useLocale();
  // Labels come with each reason, from the version assessed with: a later version may have reworded or dropped the item.
  const label = (r: RiskReason) => {
    const pick = (l: { zh: string; en: string }) => (locale === 'en' ? l.en : l.zh);
    return t('riskForm.itemAnswer', { item: pick(r.itemLabel), answer: pick(r.answerLabel) });
  };
  if (items.length === 0) return <Typography.Text type="secondary">{t('followup.detail.noAssessments')}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={items}
      data-testid="assessment-list"
      renderItem={(a) => (
        <List.Item key={a.id}>
          <Space orientation="vertical" size={2} style={{ width: '100%' }}>
            <Space wrap size={6}>
              <RiskLevelTag level={a.level} />
              <Typography.Text>{t('followup.detail.score', { score: a.score })}</Typography.Text>
              <Tag>{t(contextKey(a.context))}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatTime(a.assessedAt)}
                {a.assessedByName ? ` · ${a.assessedByName}` : ''}
              </Typography.Text>
            </Space>
            {a.reasons.length > 0 ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {a.reasons
                  .slice(0, 4)
                  .map(label)
                  .join(t('common.listSeparator'))}
              </Typography.Text>
            ) : null}
          </Space>
        </List.Item>
      )}
    />
  );
}
