// 分流依据: why the case is where it is — the rule that routed it with each condition,
// a dispatcher's manual route (and the rule it overrode), or why no rule matched.
import { BranchesOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import type { Case, CaseRouting } from '../../../api/caseTypes';
import { useT, type MessageKey } from '../../../i18n';
import { formatTime } from '../shared/format';

const MODE: Record<'rule' | 'manual' | 'unmatched' | 'returned', { key: MessageKey; color: string }> = {
  rule: { key: 'caseRouting.mode.rule', color: 'cyan' },
  manual: { key: 'caseRouting.mode.manual', color: 'blue' },
  unmatched: { key: 'caseRouting.mode.unmatched', color: 'orange' },
  returned: { key: 'caseRouting.mode.returned', color: 'default' },
};

export function RoutingCard({ current }: { current: Case }) {
  const t = useT();
  const routing: CaseRouting | null = current.routing ?? null;
  const mode = routing ? MODE[routing.mode ?? 'returned'] : null;
  return (
    <Card variant="borderless" title={t('caseRouting.title')} data-testid="case-routing" data-mode={routing?.mode ?? 'none'}>
      {routing && mode ? (
        <Space orientation="vertical" size={6} style={{ width: '100%' }}>
          <Space size={6} wrap>
            <Tag color={mode.color} icon={<BranchesOutlined />} style={{ marginInlineEnd: 0 }}>
              {t(mode.key)}
            </Tag>
            {routing.ruleName ? <Typography.Text type="secondary">{t('caseRouting.rule', { name: routing.ruleName })}</Typography.Text> : null}
          </Space>
          <Typography.Paragraph style={{ marginBottom: 0 }} data-testid="case-routing-explanation">
            {routing.explanation}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatTime(routing.at)}
          </Typography.Text>
        </Space>
      ) : (
        <Typography.Text type="secondary">{t('caseRouting.none')}</Typography.Text>
      )}
    </Card>
  );
}
