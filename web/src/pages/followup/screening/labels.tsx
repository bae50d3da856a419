// Tags and small helpers shared by the screening and household-profile screens.
import { Tag } from 'antd';
import { useT } from '../../../i18n';

/** The follow-up module's level tag (高风险 / 中风险 / 低风险). */
export { RiskLevelTag as LevelTag } from '../riskLevel';

export function CampaignStatusTag({ status }: { status: 'open' | 'closed' }) {
  const t = useT();
  return <Tag color={status === 'open' ? 'processing' : 'default'}>{t(`screening.status.${status}`)}</Tag>;
}

/** 0..1 → '57.1%' (one decimal only when it says something). */
export function percent(ratio: number): string {
  const p = Math.round(ratio * 1000) / 10;
  return `${p}%`;
}

/** A grid with its community, without saying the community twice ('甲社区第3网格' already names it). */
export function gridLabel(h: { gridName: string; communityName: string }): string {
  return h.gridName.startsWith(h.communityName) ? h.gridName : `${h.communityName} · ${h.gridName}`;
}
