// 成员案件 of a group case (涉众案件): the member cases the user may see, with 移出 (with a reason).
import { TeamOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Case, CaseGroupMember } from '../../../../api/caseTypes';
import { massDisputeApi } from '../../../../api/massDispute';
import { hasAnyRole, useAuth } from '../../../../auth';
import { useT } from '../../../../i18n';
import { STATUS_COLORS, statusKey } from '../../shared/caseLabels';
import { formatTime } from '../../shared/format';
import { MassReasonModal } from './MassReasonModal';

export function GroupMembersCard({ current, onChanged }: { current: Case; onChanged: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { user } = useAuth();
  const [removing, setRemoving] = useState<CaseGroupMember | null>(null);
  const members = current.members ?? [];
  const total = current.memberCount ?? members.length;
  const canEdit = hasAnyRole(user, ['admin', 'director', 'dispatcher']) && current.status !== 'archived' && total > 1;

  return (
    <Card
      variant="borderless"
      data-testid="group-members-card"
      title={
        <Space>
          <TeamOutlined />
          {t('massDispute.members')}
          <Tag color="volcano">{t('massDispute.groupTag')}</Tag>
        </Space>
      }
      extra={<Typography.Text type="secondary">{t('massDispute.membersSummary', { total, people: current.peopleCount ?? 0 })}</Typography.Text>}
    >
      <Table<CaseGroupMember>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={members}
        columns={[
          {
            title: t('massDispute.col.case'),
            key: 'case',
            render: (_, m) => (
              <Space size={4} wrap>
                <Link to={`/cases/${encodeURIComponent(m.id)}`}>{m.code}</Link>
                <Typography.Text type="secondary" ellipsis={{ tooltip: m.title }} style={{ maxWidth: 300 }}>
                  {m.title}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('massDispute.col.status'), key: 'status', width: 90, render: (_, m) => <Tag color={STATUS_COLORS[m.status]}>{t(statusKey(m.status))}</Tag> },
          { title: t('massDispute.col.people'), key: 'people', width: 80, render: (_, m) => t('massDispute.people', { count: m.peopleCount }) },
          { title: t('massDispute.col.registeredAt'), key: 'at', width: 140, render: (_, m) => formatTime(m.registeredAt) },
          ...(canEdit
            ? [
                {
                  key: 'remove',
                  width: 64,
                  render: (_: unknown, m: CaseGroupMember) => (
                    <Button size="small" type="link" danger onClick={() => setRemoving(m)} data-testid="group-member-remove">
                      {t('massDispute.remove')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {total > members.length ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('massDispute.membersHidden', { count: total - members.length })}
        </Typography.Text>
      ) : null}
      <MassReasonModal
        open={removing !== null}
        title={t('massDispute.removeTitle', { code: removing?.code ?? '' })}
        reasonLabel={t('massDispute.removeReason')}
        reasonPlaceholder={t('massDispute.removeReasonPlaceholder')}
        okText={t('massDispute.remove')}
        onClose={() => setRemoving(null)}
        onSubmit={async ({ reason }) => {
          if (!removing) return;
          await massDisputeApi.removeMember(current.id, removing.id, reason);
          void message.success(t('massDispute.removed', { code: removing.code }));
          onChanged();
        }}
      />
    </Card>
  );
}
