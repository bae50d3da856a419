// 时限: each clock with its due time, remaining working time (live), breach state, and
// every escalation step separately with its due time and whether it was taken.
import { CheckCircleOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Card, Descriptions, Empty, Tag, Typography } from 'antd';
import type { Case, Deadline } from '../../../api/caseTypes';
import { useT } from '../../../i18n';
import { deadlineKey, escalationTargetKey } from '../shared/caseLabels';
import { clockText, liveClock, TONE_COLORS } from '../shared/DeadlineBadge';
import { formatTime, formatWorkingMinutes } from '../shared/format';
import { useClockSettings } from '../shared/useClockSettings';
import { useNow } from '../shared/useNow';

function DeadlineBlock({ deadline, category, fetchedAt }: { deadline: Deadline; category: string; fetchedAt: number }) {
  const t = useT();
  const settings = useClockSettings();
  const now = useNow(30_000);
  const met = deadline.metAt !== null;
  const clock = liveClock(settings, deadline, category, fetchedAt, now, met);

  const stateText = met
    ? deadline.breached
      ? t('clock.metLate')
      : t('clock.metOnTime')
    : clockText(t, clock);

  return (
    <div className="case-deadline" data-testid={`case-deadline-${deadline.kind}`} data-tone={clock.tone} data-breached={deadline.breached}>
      <div className="case-deadline-head">
        <Typography.Text strong>{t(deadlineKey(deadline.kind))}</Typography.Text>
        <Tag color={TONE_COLORS[clock.tone]} style={{ marginInlineEnd: 0 }}>
          {stateText}
        </Tag>
      </div>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'started', label: t('clock.startedAt'), children: formatTime(deadline.startedAt) },
          {
            key: 'due',
            label: t('clock.due'),
            children: deadline.dueAt ? formatTime(deadline.dueAt) : <Typography.Text type="secondary">{t('clock.dueUnknown')}</Typography.Text>,
          },
          ...(met ? [{ key: 'met', label: t('clock.metAt'), children: formatTime(deadline.metAt) }] : []),
          ...(!met
            ? [
                {
                  key: 'remaining',
                  label: clock.remaining < 0 ? t('clock.overdueBy') : t('clock.remainingWorking'),
                  children: formatWorkingMinutes(t, clock.remaining),
                },
              ]
            : []),
        ]}
      />
      {deadline.escalations.length > 0 ? (
        <div className="case-escalations">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('clock.escalations')}
          </Typography.Text>
          {deadline.escalations.map((step) => (
            <div key={step.level} className="case-escalation" data-testid={`escalation-${deadline.kind}-${step.level}`} data-taken={step.at !== null}>
              {step.at ? <CheckCircleOutlined style={{ color: '#c9302c' }} /> : <ClockCircleOutlined style={{ color: '#9aa3b0' }} />}
              <span className="case-escalation-level">{t('clock.level', { level: step.level })}</span>
              <span className="case-escalation-target">{t(escalationTargetKey(step.target))}</span>
              <Typography.Text type={step.at ? 'danger' : 'secondary'} className="case-escalation-state">
                {step.at
                  ? t('clock.escalatedAt', { time: formatTime(step.at) })
                  : step.dueAt
                    ? t('clock.escalationDue', { time: formatTime(step.dueAt) })
                    : t('clock.escalationPending')}
              </Typography.Text>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}

export function DeadlinesCard({ current, fetchedAt }: { current: Case; fetchedAt: number }) {
  const t = useT();
  return (
    <Card variant="borderless" title={t('caseDetail.deadlines')}>
      {current.deadlines.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('clock.none')} />
      ) : (
        current.deadlines.map((deadline) => (
          <DeadlineBlock key={deadline.kind} deadline={deadline} category={current.category} fetchedAt={fetchedAt} />
        ))
      )}
    </Card>
  );
}
