// Tags for the kinds of assistance (心理疏导, 就业帮扶与技能培训, 家庭教育指导, 法律援助) and referral statuses.
import { Tag } from 'antd';
import type { AssistanceKind, ReferralStatus } from '../../api/assistance';
import { useT } from '../../i18n';

const KIND_COLORS: Record<AssistanceKind, string> = { counselling: 'purple', employment: 'blue', family_education: 'cyan', legal_aid: 'gold' };
const STATUS_COLORS: Record<ReferralStatus, string> = { referred: 'orange', accepted: 'blue', in_progress: 'geekblue', completed: 'green', declined: 'default' };

export function KindTag({ kind }: { kind: AssistanceKind }) {
  const t = useT();
  return (
    <Tag color={KIND_COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {t(`assistance.kind.${kind}`)}
    </Tag>
  );
}

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="referral-status" data-status={status}>
      {t(`assistance.status.${status}`)}
    </Tag>
  );
}
