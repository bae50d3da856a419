// 专家调解 on the tracking page: each expert asked and their answer, in the resident's words.
import { Tag } from 'antd';
import type { PortalTeamMember } from '../../api/experts';
import { useT, type TFunction } from '../../i18n';
import { expertKindKey } from '../experts/expertLabels';
import './portal-experts.css';

function stateText(t: TFunction, m: PortalTeamMember): string {
  switch (m.status) {
    case 'proposed':
      return t('portalExperts.status.proposed');
    case 'accepted':
      return t('portalExperts.status.accepted');
    case 'declined':
      return m.replacementName ? t('portalExperts.status.declinedReplaced', { name: m.replacementName }) : t('portalExperts.status.declined');
    case 'expired':
      return m.replacementName ? t('portalExperts.status.expiredReplaced', { name: m.replacementName }) : t('portalExperts.status.expired');
    default:
      return t('portalExperts.status.withdrawn');
  }
}

const tone = (m: PortalTeamMember) => (m.status === 'accepted' ? 'is-accepted' : m.status === 'proposed' ? 'is-proposed' : 'is-gone');

export function PortalExpertStatus({ experts }: { experts: PortalTeamMember[] | undefined }) {
  const t = useT();
  if (!experts || experts.length === 0) return null;
  return (
    <section className="portal-card" data-testid="portal-track-experts">
      <h2>{t('portalExperts.trackTitle')}</h2>
      <ul className="portal-team">
        {experts.map((m) => (
          <li key={m.expertId} data-testid="portal-track-expert" data-status={m.status} data-lead={m.lead}>
            <div>
              <strong>{m.name}</strong> <Tag>{t(expertKindKey(m.kind))}</Tag>
              {m.lead ? <Tag color="gold">{t('portalExperts.leadTag')}</Tag> : null}
              {m.proposedBy !== 'party' ? <div className="portal-muted">{t('portalExperts.recommended')}</div> : null}
            </div>
            <span className={`portal-team-state ${tone(m)}`}>{stateText(t, m)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
