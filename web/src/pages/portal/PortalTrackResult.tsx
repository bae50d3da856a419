// The tracked case: status in words, the six steps, the events, and the rating form.
import { Steps } from 'antd';
import type { PortalTrack } from '../../api/portal';
import { formatCenterTime } from '../../components/centerTime';
import { useT } from '../../i18n';
import { satisfactionKey, statusKey, timelineKey } from '../cases/shared/caseLabels';
import { PortalExpertStatus } from './PortalExpertStatus';
import { PortalRateForm } from './PortalRateForm';
import { STATUS_EXPLANATION, STATUS_STEP, TRACK_STEPS } from './portalTrack';

const time = (iso: string | null) => formatCenterTime(iso);

interface PortalTrackResultProps {
  track: PortalTrack;
  phone: string;
  onRated: () => void;
}

export function PortalTrackResult({ track, phone, onRated }: PortalTrackResultProps) {
  const t = useT();
  const current = STATUS_STEP[track.status];
  const items = TRACK_STEPS.map((key, index) => ({
    title: index === 4 && track.status === 'withdrawn' ? t('status.withdrawn') : t(key),
  }));
  const events = [...track.timeline].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <>
      <section className="portal-card portal-status-card">
        <div className="portal-status-row">
          <span className="portal-muted">{t('portal.caseCode')}</span>
          <strong className="portal-code-small">{track.code}</strong>
        </div>
        <div className={`portal-status is-${track.status}`} data-testid="portal-status" data-status={track.status}>
          {t(statusKey(track.status))}
        </div>
        <p className="portal-muted">
          {t(track.status === 'resolved' && track.satisfaction ? 'portal.explain.resolvedRated' : STATUS_EXPLANATION[track.status])}
        </p>
        <Steps
          type="dot"
          size="small"
          responsive={false}
          titlePlacement="vertical"
          current={current}
          status={track.status === 'archived' ? 'finish' : 'process'}
          items={items}
          className="portal-track-steps"
        />
        <dl className="portal-facts">
          {track.categoryName ? (
            <>
              <dt>{t('case.category')}</dt>
              <dd>{track.categoryName}</dd>
            </>
          ) : null}
          <dt>{t('portal.filedAt')}</dt>
          <dd>{time(track.registeredAt)}</dd>
          {track.concludedAt ? (
            <>
              <dt>{t('case.concludedAt')}</dt>
              <dd>{time(track.concludedAt)}</dd>
            </>
          ) : null}
          {track.satisfaction ? (
            <>
              <dt>{t('portal.yourRating')}</dt>
              <dd data-testid="portal-satisfaction">{t(satisfactionKey(track.satisfaction))}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <PortalExpertStatus experts={track.experts} />
      {track.canRate ? <PortalRateForm code={track.code} phone={phone} onRated={onRated} /> : null}

      <section className="portal-card">
        <h2>{t('portal.progress')}</h2>
        <ul className="portal-events" data-testid="portal-timeline">
          {events.map((event, index) => (
            <li key={`${event.type}-${event.at}-${index}`}>
              <span className="portal-event-dot" />
              <div>
                <strong>{t(timelineKey(event.type))}</strong>
                <span className="portal-muted">{time(event.at)}</span>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
