// One reception day at the center: its theme and host, and per slot the places taken and
// the bookings (mark attended / no-show, register the request as a case, cancel).
import { Button, Card, Empty, Popconfirm, Space, Tag, Typography, type ButtonProps } from 'antd';
import { Link } from 'react-router';
import type { Booking, ReceptionDay } from '../../api/reception';
import { useT } from '../../i18n';
import { STATUS_COLORS, statusLabel, THEME_COLORS, themeLabel, weekdayLabel } from './themeStyle';

export interface DayActions {
  canBook: boolean;
  onBook: (slot: string) => void;
  onMark: (booking: Booking, status: 'attended' | 'no_show' | 'cancelled') => void;
  onRegister: (booking: Booking) => void;
  busyId: string | null;
}

export function DayPanel({ day, bookings, loading, actions }: { day: ReceptionDay; bookings: Booking[]; loading: boolean; actions: DayActions }) {
  const t = useT();
  const slots = [...new Set([...day.slots.map((s) => s.slot), ...bookings.map((b) => b.slot)])].sort();

  const row = (b: Booking) => (
    <li key={b.id} className="reception-booking" data-testid={`booking-${b.code}`}>
      <div className="reception-booking-head">
        <Typography.Text copyable={{ text: b.code }} className="reception-booking-code">
          {b.code}
        </Typography.Text>
        <Tag color={STATUS_COLORS[b.status]} data-testid={`booking-status-${b.code}`}>
          {statusLabel(t, b.status)}
        </Tag>
        <Typography.Text type="secondary" className="reception-booking-source">
          {b.source === 'portal' ? t('reception.source.portal') : t('reception.source.staff', { name: b.bookedByName ?? '' })}
        </Typography.Text>
      </div>
      <div className="reception-booking-org">
        <strong>{b.organizationName}</strong>
        {b.uscc ? <Typography.Text type="secondary"> {b.uscc}</Typography.Text> : null}
      </div>
      <div className="reception-booking-meta">
        {t('reception.contact')}：{b.contactName} {b.contactPhone}
      </div>
      <div className="reception-booking-topic">{b.topic}</div>
      <Space size={4} wrap className="reception-booking-actions">
        {b.caseId ? (
          <Link to={`/cases/${b.caseId}`}>
            {t('reception.case')} {b.caseCode}
          </Link>
        ) : null}
        {b.actions.includes('attended') ? (
          <Button size="small" loading={actions.busyId === b.id} onClick={() => actions.onMark(b, 'attended')} data-testid={`booking-attended-${b.code}`}>
            {t('reception.markAttended')}
          </Button>
        ) : null}
        {b.actions.includes('no_show') ? (
          <Button size="small" onClick={() => actions.onMark(b, 'no_show')}>
            {t('reception.markNoShow')}
          </Button>
        ) : null}
        {b.actions.includes('register') ? (
          <Popconfirm title={t('reception.registerConfirm')} onConfirm={() => actions.onRegister(b)} okButtonProps={{ 'data-testid': 'booking-register-ok' } as ButtonProps}>
            <Button size="small" type="primary" ghost loading={actions.busyId === b.id} data-testid={`booking-register-${b.code}`}>
              {t('reception.register')}
            </Button>
          </Popconfirm>
        ) : null}
        {b.actions.includes('cancelled') ? (
          <Popconfirm title={t('reception.cancelConfirm')} onConfirm={() => actions.onMark(b, 'cancelled')}>
            <Button size="small" type="link" danger>
              {t('reception.cancel')}
            </Button>
          </Popconfirm>
        ) : null}
      </Space>
    </li>
  );

  return (
    <Card
      data-testid="reception-day"
      title={
        <Space wrap>
          <span>{t('reception.dayTitle', { date: day.date, weekday: weekdayLabel(t, day.weekday) })}</span>
          {day.theme ? <Tag color={THEME_COLORS[day.theme]}>{themeLabel(t, day.theme)}</Tag> : null}
          {day.dayName ? <Tag>{day.dayName}</Tag> : null}
        </Space>
      }
      extra={day.hostUnitName ? `${t('reception.host')}：${day.hostUnitName}` : null}
    >
      {!day.theme && bookings.length === 0 ? <Empty description={t('reception.noTheme')} /> : null}
      {slots.map((slot) => {
        const state = day.slots.find((s) => s.slot === slot);
        const rows = bookings.filter((b) => b.slot === slot);
        return (
          <div key={slot} className="reception-slot" data-testid={`reception-slot-${slot}`}>
            <div className="reception-slot-head">
              <strong>{slot}</strong>
              {state ? <span className="reception-slot-count">{t('reception.taken', { taken: state.taken ?? 0, capacity: state.capacity })}</span> : null}
              {state?.bookable && actions.canBook ? (
                <Button size="small" onClick={() => actions.onBook(slot)}>
                  {t('reception.bookFor')}
                </Button>
              ) : null}
            </div>
            {rows.length ? <ul className="reception-bookings">{rows.map(row)}</ul> : <div className="reception-empty">{loading ? '…' : t('reception.noBookings')}</div>}
          </div>
        );
      })}
    </Card>
  );
}
