// One published 风险清单 version, read-only: its items with every answer, weight and
// "at least" level, the thresholds and the maximum score.
import { Descriptions, Drawer, Grid, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Checklist, ChecklistItem, Localized } from '../../../api/risk';
import { useLocale, useT } from '../../../i18n';
import { formatTime } from '../../cases/shared/format';
import { LEVEL_COLORS, levelKey } from '../riskLevel';
import { draftOf, summarize } from './checklistDraft';

export function ChecklistVersionView({ checklist, onClose }: { checklist: Checklist | null; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const narrow = Grid.useBreakpoint().md === false;
  const pick = (l: Localized) => (locale === 'en' ? l.en : l.zh);

  const columns: TableColumnsType<ChecklistItem & { index: number }> = [
    { title: t('checklists.col.index'), dataIndex: 'index', width: 64, render: (i: number) => i + 1 },
    { title: t('checklists.col.item'), key: 'item', width: '32%', render: (_, item) => pick(item.label) },
    {
      title: t('checklists.col.answers'),
      key: 'answers',
      render: (_, item) => (
        <Space wrap size={[4, 4]}>
          {item.answers.map((a) => (
            <Tag key={a.code} variant="outlined" color={a.floor ? LEVEL_COLORS[a.floor] : undefined} data-testid={`checklist-view-answer-${item.code}-${a.code}`}>
              {t('checklists.answerPoints', { answer: pick(a.label), score: a.weight })}
              {a.floor ? ` · ${t('checklists.floorTag', { level: t(levelKey(a.floor)) })}` : ''}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <Drawer
      open={checklist !== null}
      onClose={onClose}
      size={narrow ? '100%' : 820}
      destroyOnHidden
      title={checklist ? t('riskForm.version', { name: pick({ zh: checklist.name, en: checklist.nameEn }), version: checklist.version }) : null}
      extra={checklist?.active ? <Tag color="green">{t('followup.policy.active')}</Tag> : null}
    >
      {checklist ? (
        <div data-testid="checklist-view">
          <Descriptions size="small" bordered column={narrow ? 1 : 2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('checklists.publishedAt')}>{formatTime(checklist.createdAt)}</Descriptions.Item>
            <Descriptions.Item label={t('checklists.itemCount')}>{t('followup.policy.itemCount', { count: checklist.items.length })}</Descriptions.Item>
            <Descriptions.Item label={t('checklists.thresholds')}>{t('followup.policy.thresholds', checklist.thresholds)}</Descriptions.Item>
            <Descriptions.Item label={t('checklists.maxScore')}>
              <Typography.Text data-testid="checklist-view-max">{t('checklists.points', { score: summarize(draftOf(checklist)).maxScore })}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="code"
            pagination={false}
            columns={columns}
            dataSource={checklist.items.map((item, index) => ({ ...item, index }))}
            data-testid="checklist-view-items"
          />
        </div>
      ) : null}
    </Drawer>
  );
}
