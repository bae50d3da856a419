// 涉众 on the case page: a group case shows its members; a member links to its group;
// any case shows the mass-dispute warning when its signals reach the thresholds.
import { Alert, Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { Case } from '../../../../api/caseTypes';
import { useT } from '../../../../i18n';
import { GroupMembersCard } from './GroupMembersCard';
import { HouseholdsCard } from './HouseholdsCard';
import { MassWarningCard } from './MassWarningCard';

export function MassDisputeSection({ current, onChanged }: { current: Case; onChanged: () => void }) {
  const t = useT();
  if (current.isGroup) {
    return (
      <>
        <GroupMembersCard current={current} onChanged={onChanged} />
        <HouseholdsCard current={current} onChanged={onChanged} />
      </>
    );
  }
  return (
    <>
      {current.group ? (
        <Alert
          type="info"
          showIcon
          data-testid="case-group-link"
          title={
            <Space size={6} wrap>
              {t('massDispute.groupOf')}
              <Link to={`/cases/${encodeURIComponent(current.group.id)}`}>{current.group.code}</Link>
              <Typography.Text type="secondary">{current.group.title}</Typography.Text>
            </Space>
          }
        />
      ) : null}
      <MassWarningCard current={current} onChanged={onChanged} />
    </>
  );
}
