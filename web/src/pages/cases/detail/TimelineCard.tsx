// 办理过程: every event with actor, time, status change, reason and details.
import { Card, Timeline, Typography } from 'antd';
import type { TimelineEvent, TimelineType } from '../../../api/caseTypes';
import { useT } from '../../../i18n';
import { statusKey, timelineKey } from '../shared/caseLabels';
import { formatTime } from '../shared/format';
import { timelineDetails } from './timelineText';

const COLORS: Partial<Record<TimelineType, string>> = {
  resolved: 'green',
  archived: 'green',
  feedback: 'green',
  escalated: 'red',
  returned: 'red',
  withdrawn: 'gray',
  paused: 'gray',
  annotated: 'gray',
  attachment_added: 'gray',
};

export function TimelineCard({ events }: { events: TimelineEvent[] }) {
  const t = useT();
  const ordered = [...events].sort((a, b) => b.seq - a.seq);
  return (
    <Card variant="borderless" title={t('caseDetail.timeline')}>
      <Timeline
        data-testid="case-timeline"
        items={ordered.map((event) => ({
          key: event.seq,
          color: COLORS[event.type] ?? 'blue',
          content: (
            <div className="case-event" data-type={event.type}>
              <div className="case-event-head">
                <Typography.Text strong>{t(timelineKey(event.type))}</Typography.Text>
                {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(statusKey(event.fromStatus))} → {t(statusKey(event.toStatus))}
                  </Typography.Text>
                ) : null}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatTime(event.at)}
                {event.actorName ? ` · ${event.actorName}` : ` · ${t('timelineText.system')}`}
              </Typography.Text>
              {timelineDetails(t, event).map((line, index) => (
                <div key={index} className="case-event-line">
                  {line}
                </div>
              ))}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
