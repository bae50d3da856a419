// 调解日历 (/handling/calendar): a week of sessions, a column per day, filtered by person, room
// or community; a session opens its case.
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Select, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { type MediationSession, type Room, sessionsApi } from '../../api/sessions';
import { useAuth } from '../../auth';
import { CENTER_UTC_OFFSET_MINUTES, formatCenterTime } from '../../components/centerTime';
import { PageContainer } from '../../components/PageContainer';
import { UnitPicker, type UnitValue } from '../../components/UnitPicker';
import { useErrorNotice } from '../../components/useErrorNotice';
import { type MessageKey, useT } from '../../i18n';
import { OutcomeTag, SessionModeTag, SessionStatusTag, sessionPlace } from './sessionLabels';

/** Monday of the week of `day`, center time, as 'YYYY-MM-DD'. */
function mondayOf(day: dayjs.Dayjs): string {
  const local = day.utcOffset(CENTER_UTC_OFFSET_MINUTES);
  const iso = local.day() === 0 ? 7 : local.day();
  return local.subtract(iso - 1, 'day').format('YYYY-MM-DD');
}

const centerDay = (iso: string) => formatCenterTime(iso, 'YYYY-MM-DD');

export default function SessionCalendarPage() {
  const t = useT();
  const navigate = useNavigate();
  const notify = useErrorNotice();
  const { user } = useAuth();
  const [monday, setMonday] = useState(() => mondayOf(dayjs()));
  const [userId, setUserId] = useState<string | undefined>(undefined);
  const [roomId, setRoomId] = useState<string | undefined>(undefined);
  const [community, setCommunity] = useState<UnitValue | null>(null);
  const [rooms, setRooms] = useState<Room[]>([]);
  const [items, setItems] = useState<MediationSession[]>([]);
  const [people, setPeople] = useState<Map<string, string>>(new Map());
  const [loading, setLoading] = useState(false);

  const days = useMemo(() => Array.from({ length: 7 }, (_, i) => dayjs(`${monday}T00:00:00+08:00`).add(i, 'day').utcOffset(CENTER_UTC_OFFSET_MINUTES).format('YYYY-MM-DD')), [monday]);

  useEffect(() => {
    const controller = new AbortController();
    sessionsApi
      .rooms(undefined, controller.signal)
      .then((r) => setRooms(r.items))
      .catch(notify);
    return () => controller.abort();
  }, [notify]);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    const from = `${monday}T00:00:00+08:00`;
    const to = dayjs(from).add(7, 'day').toISOString();
    sessionsApi
      .calendar({ from, to, userId, roomId, communityId: community?.value }, controller.signal)
      .then((r) => {
        setItems(r.items);
        // The person filter offers everyone seen so far (staff only).
        setPeople((prev) => {
          const next = new Map(prev);
          for (const s of r.items) for (const p of s.participants) if (p.kind === 'staff' && p.userId) next.set(p.userId, p.name);
          return next;
        });
      })
      .catch(notify)
      .finally(() => setLoading(false));
    return () => controller.abort();
  }, [monday, userId, roomId, community, notify]);

  const move = (weeks: number) => setMonday(dayjs(`${monday}T00:00:00+08:00`).add(weeks * 7, 'day').utcOffset(CENTER_UTC_OFFSET_MINUTES).format('YYYY-MM-DD'));
  const today = formatCenterTime(new Date().toISOString(), 'YYYY-MM-DD');
  const personOptions = [
    ...(user ? [{ value: user.id, label: `${t('sessionCal.me')}（${user.displayName}）` }] : []),
    ...[...people.entries()].filter(([id]) => id !== user?.id).map(([value, label]) => ({ value, label })),
  ];

  return (
    <PageContainer
      title={t('menu.handling.calendar')}
      description={t('menuDesc.handling.calendar')}
      extra={
        <Space>
          <Button icon={<LeftOutlined />} onClick={() => move(-1)} aria-label={t('sessionCal.prevWeek')} data-testid="calendar-prev" />
          <Button onClick={() => setMonday(mondayOf(dayjs()))}>{t('sessionCal.week')}</Button>
          <Button icon={<RightOutlined />} onClick={() => move(1)} aria-label={t('sessionCal.nextWeek')} data-testid="calendar-next" />
        </Space>
      }
    >
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Select allowClear style={{ width: 200 }} placeholder={t('sessionCal.anyone')} value={userId} onChange={setUserId} options={personOptions} data-testid="calendar-person" />
          <Select
            allowClear
            style={{ width: 220 }}
            placeholder={t('sessionCal.anyRoom')}
            value={roomId}
            onChange={setRoomId}
            options={rooms.map((r) => ({ value: r.id, label: `${r.unitName} · ${r.name}` }))}
            data-testid="calendar-room"
          />
          <div style={{ width: 240 }}>
            <UnitPicker value={community} onChange={setCommunity} kinds={['community']} searchKind="community" placeholder={t('sessionCal.anyCommunity')} data-testid="calendar-community" />
          </div>
          <Typography.Text type="secondary">
            {monday} – {days[6]} · {t('sessionCal.count', { count: items.length })}
          </Typography.Text>
        </Space>
      </Card>
      <Spin spinning={loading}>
        <Row gutter={[8, 8]} wrap={false} style={{ overflowX: 'auto' }} data-testid="calendar-week">
          {days.map((day, i) => {
            const mine = items.filter((s) => centerDay(s.startsAt) === day);
            return (
              <Col key={day} flex="1 0 160px">
                <Card
                  size="small"
                  variant="borderless"
                  title={`${t(`sessionCal.weekday.${i + 1}` as MessageKey)} ${day.slice(5)}`}
                  styles={{ header: day === today ? { background: '#e6f4ff' } : undefined, body: { padding: 8, minHeight: 240 } }}
                >
                  {mine.length === 0 ? null : (
                    <Space orientation="vertical" size={6} style={{ width: '100%' }}>
                      {mine.map((s) => (
                        <div
                          key={s.id}
                          role="button"
                          tabIndex={0}
                          data-testid="calendar-session"
                          onClick={() => navigate(`/cases/${s.caseId}`)}
                          onKeyDown={(e) => (e.key === 'Enter' ? navigate(`/cases/${s.caseId}`) : undefined)}
                          style={{ cursor: 'pointer', border: '1px solid #f0f0f0', borderRadius: 6, padding: 6, opacity: s.status === 'cancelled' ? 0.55 : 1 }}
                        >
                          <Typography.Text strong style={{ fontSize: 12 }}>
                            {formatCenterTime(s.startsAt, 'HH:mm')}–{formatCenterTime(s.endsAt, 'HH:mm')}
                          </Typography.Text>
                          <div style={{ fontSize: 12 }}>{s.caseCode}</div>
                          <Typography.Text style={{ fontSize: 12 }} ellipsis>
                            {s.caseTitle}
                          </Typography.Text>
                          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>{sessionPlace(s, t('sessions.mode.online'))}</div>
                          <Space size={2} wrap>
                            <SessionModeTag mode={s.mode} />
                            {s.status !== 'scheduled' ? <SessionStatusTag status={s.status} /> : null}
                            <OutcomeTag outcome={s.outcome} />
                          </Space>
                        </div>
                      ))}
                    </Space>
                  )}
                </Card>
              </Col>
            );
          })}
        </Row>
        {!loading && items.length === 0 ? <Empty style={{ marginTop: 16 }} description={t('sessionCal.empty')} /> : null}
      </Spin>
    </PageContainer>
  );
}
