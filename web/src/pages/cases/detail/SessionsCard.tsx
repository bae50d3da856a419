// 调解安排 on the case page: the case's sessions (mode, time, room or link, who, outcome), and for
// its handler or the center's staff: schedule, reschedule, cancel, and record minutes and outcome.
import { CalendarOutlined, LinkOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Case } from '../../../api/caseTypes';
import { type CaseSessions, type MediationSession, sessionsApi } from '../../../api/sessions';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { OutcomeTag, SessionModeTag, SessionStatusTag, sessionPlace, sessionTime } from '../../handling/sessionLabels';
import { ReasonModal } from './sessions/CancelSessionModal';
import { RecordSessionModal } from './sessions/RecordSessionModal';
import { ScheduleSessionModal } from './sessions/ScheduleSessionModal';

export function SessionsCard({ current, onChanged }: { current: Case; onChanged: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [info, setInfo] = useState<CaseSessions | null>(null);
  const [scheduling, setScheduling] = useState<{ session: MediationSession | null } | null>(null);
  const [recording, setRecording] = useState<MediationSession | null>(null);
  const [cancelling, setCancelling] = useState<MediationSession | null>(null);

  const load = useCallback(async () => {
    try {
      setInfo(await sessionsApi.ofCase(current.id));
    } catch (error) {
      notify(error);
    }
    // current.version: an action or event on the case reloads the list too.
  }, [current.id, current.version, notify]);

  useEffect(() => {
    void load();
  }, [load]);

  const changed = () => {
    void load();
    onChanged();
  };

  const items = info?.items ?? [];
  return (
    <Card
      variant="borderless"
      title={t('sessions.cardTitle')}
      data-testid="sessions-card"
      extra={
        info?.canSchedule ? (
          <Button size="small" type="primary" icon={<CalendarOutlined />} onClick={() => setScheduling({ session: null })} data-testid="session-schedule">
            {t('sessions.schedule')}
          </Button>
        ) : null
      }
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sessions.empty')} />
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {items.map((s) => (
            <div key={s.id} data-testid="session-item" data-status={s.status} style={{ borderBottom: '1px solid rgba(5,5,5,0.06)', paddingBottom: 10 }}>
              <Space size={4} wrap style={{ width: '100%', justifyContent: 'space-between' }}>
                <Space size={4} wrap>
                  <Typography.Text strong>{sessionTime(s)}</Typography.Text>
                  <SessionModeTag mode={s.mode} />
                  <SessionStatusTag status={s.status} />
                  <OutcomeTag outcome={s.outcome} />
                </Space>
                {info?.canRecord ? (
                  <Space size={4}>
                    {s.status !== 'cancelled' ? (
                      <Button size="small" type={s.status === 'scheduled' ? 'primary' : 'default'} ghost={s.status === 'scheduled'} onClick={() => setRecording(s)} data-testid="session-record">
                        {t(s.status === 'held' ? 'sessions.editRecord' : 'sessions.record')}
                      </Button>
                    ) : null}
                    {s.status === 'scheduled' && info.canSchedule ? (
                      <Button size="small" onClick={() => setScheduling({ session: s })} data-testid="session-reschedule">
                        {t('sessions.reschedule')}
                      </Button>
                    ) : null}
                    {s.status === 'scheduled' ? (
                      <Button size="small" danger onClick={() => setCancelling(s)} data-testid="session-cancel">
                        {t('sessions.cancel')}
                      </Button>
                    ) : null}
                  </Space>
                ) : null}
              </Space>
              <div style={{ marginTop: 4 }}>
                {s.mode === 'online' && s.onlineUrl ? (
                  <Typography.Link href={s.onlineUrl} target="_blank" rel="noopener noreferrer">
                    <LinkOutlined /> {t('sessions.joinOnline')}
                  </Typography.Link>
                ) : (
                  <Typography.Text>{sessionPlace(s, t('sessions.mode.online'))}</Typography.Text>
                )}
                {s.circuitPlanId ? <Typography.Text type="secondary"> · {t('sessions.circuitPlan')}</Typography.Text> : null}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {t('sessions.participants')}：
                {s.participants.map((p) => `${p.name}${p.attendance === 'invited' ? '' : `（${t(`sessions.attendance.${p.attendance}`)}）`}`).join('、') || '—'}
              </Typography.Text>
              {s.minutes ? (
                <Typography.Paragraph style={{ margin: '4px 0 0' }} ellipsis={{ rows: 3, expandable: true, symbol: '…' }} data-testid="session-minutes-text">
                  {s.minutes}
                </Typography.Paragraph>
              ) : null}
              {s.cancelReason ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('sessions.cancelledBecause', { reason: s.cancelReason })}
                </Typography.Text>
              ) : null}
            </div>
          ))}
        </Space>
      )}
      {info ? (
        <ScheduleSessionModal
          open={!!scheduling}
          caseId={current.id}
          caseCode={current.code}
          info={info}
          session={scheduling?.session ?? null}
          onClose={() => setScheduling(null)}
          onDone={changed}
        />
      ) : null}
      <RecordSessionModal caseId={current.id} session={recording} onClose={() => setRecording(null)} onDone={changed} />
      <ReasonModal
        open={!!cancelling}
        title={t('sessions.cancelTitle')}
        label={t('sessions.cancelReason')}
        testId="session-cancel"
        onClose={() => setCancelling(null)}
        onSubmit={async (reason) => {
          await sessionsApi.cancel(current.id, cancelling!.id, reason, cancelling!.version);
          void message.success(t('sessions.cancelled'));
          changed();
        }}
      />
    </Card>
  );
}
