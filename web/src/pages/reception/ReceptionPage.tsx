// 法治港湾 → 主题接待日: the month calendar of a center coloured by theme with the places
// left, the bookings of the chosen day, and the theme settings (admin / the center's director).
import { SettingOutlined } from '@ant-design/icons';
import { Alert, App, Button, Calendar, Col, Empty, Row, Select, Space, Spin, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { receptionApi, RECEPTION_THEMES, type Booking, type ReceptionCenter, type ReceptionDay, type ThemeSettings } from '../../api/reception';
import { PageContainer } from '../../components/PageContainer';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';
import { BookingModal, type BookingTarget } from './BookingModal';
import { DayPanel } from './DayPanel';
import { THEME_COLORS, themeLabel } from './themeStyle';
import { ThemeSettingsDrawer } from './ThemeSettingsDrawer';
import './reception.css';

const FMT = 'YYYY-MM-DD';

/** The days a month panel shows: a week before the month to two weeks after (the 6-week grid). */
function panelRange(month: Dayjs): [string, string] {
  return [month.startOf('month').subtract(7, 'day').format(FMT), month.endOf('month').add(14, 'day').format(FMT)];
}

export default function ReceptionPage() {
  const t = useT();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [centers, setCenters] = useState<ReceptionCenter[] | null>(null);
  const [centerId, setCenterId] = useState<string | null>(null);
  const [settings, setSettings] = useState<ThemeSettings | null>(null);
  // ?date=YYYY-MM-DD opens that day (links from elsewhere, e.g. a booking notice).
  const [params] = useSearchParams();
  const initial = useMemo(() => {
    const raw = params.get('date');
    const asked = raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? dayjs(raw) : null;
    return asked?.isValid() ? asked : dayjs();
  }, [params]);
  const [month, setMonth] = useState(initial);
  const [selected, setSelected] = useState(initial);
  const [days, setDays] = useState<Map<string, ReceptionDay>>(new Map());
  const [bookings, setBookings] = useState<Booking[]>([]);
  const [loadingDay, setLoadingDay] = useState(false);
  const [drawer, setDrawer] = useState(false);
  const [bookingTarget, setBookingTarget] = useState<BookingTarget | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  useEffect(() => {
    receptionApi.centers().then((r) => {
      setCenters(r.items);
      const pick = r.items.find((c) => c.configured && c.canManage) ?? r.items.find((c) => c.configured) ?? r.items[0];
      setCenterId(pick?.id ?? null);
    }, notify);
  }, [notify]);

  const center = centers?.find((c) => c.id === centerId) ?? null;

  const loadSettings = useCallback(async () => {
    if (!centerId) return;
    try {
      setSettings(await receptionApi.themes(centerId));
    } catch (error) {
      notify(error);
    }
  }, [centerId, notify]);

  const loadMonth = useCallback(async () => {
    if (!centerId) return;
    const [from, to] = panelRange(month);
    try {
      const cal = await receptionApi.calendar(centerId, from, to);
      setDays(new Map(cal.days.map((d) => [d.date, d])));
    } catch (error) {
      notify(error);
    }
  }, [centerId, month, notify]);

  const date = selected.format(FMT);
  const canRead = centers?.find((c) => c.id === centerId)?.canRead ?? false;
  const loadDay = useCallback(async () => {
    if (!centerId || !canRead) return setBookings([]);
    setLoadingDay(true);
    try {
      setBookings((await receptionApi.bookings(centerId, date)).items);
    } catch (error) {
      setBookings([]);
      notify(error);
    } finally {
      setLoadingDay(false);
    }
  }, [centerId, canRead, date, notify]);

  useEffect(() => void loadSettings(), [loadSettings]);
  useEffect(() => void loadMonth(), [loadMonth]);
  useEffect(() => void loadDay(), [loadDay]);

  const refresh = () => Promise.all([loadMonth(), loadDay()]);

  const mark = async (b: Booking, status: 'attended' | 'no_show' | 'cancelled') => {
    setBusyId(b.id);
    try {
      await receptionApi.mark(b.id, status);
      void message.success(t('reception.marked'));
      await refresh();
    } catch (error) {
      notify(error);
    } finally {
      setBusyId(null);
    }
  };

  const register = async (b: Booking) => {
    setBusyId(b.id);
    try {
      const result = await receptionApi.register(b.id);
      void message.success(t('reception.registered', { code: result.caseCode }));
      navigate(`/cases/${result.caseId}`);
    } catch (error) {
      notify(error);
      await loadDay();
    } finally {
      setBusyId(null);
    }
  };

  const cell = (value: Dayjs) => {
    const day = days.get(value.format(FMT));
    if (!day) return null;
    if (!day.working) return day.dayName ? <div className="reception-cell-off">{t('reception.holiday')} · {day.dayName}</div> : null;
    if (!day.theme) return day.makeUpDay ? <div className="reception-cell-off">{t('reception.makeUpDay')}</div> : null;
    const left = day.slots.reduce((n, s) => n + s.remaining, 0);
    const taken = day.slots.reduce((n, s) => n + (s.taken ?? 0), 0);
    return (
      <div className="reception-cell" style={{ borderLeftColor: THEME_COLORS[day.theme] }} data-testid={`reception-cell-${day.date}`} data-taken={taken}>
        <span className="reception-cell-theme" style={{ color: THEME_COLORS[day.theme] }}>
          {themeLabel(t, day.theme)}
        </span>
        <span className={left === 0 ? 'reception-cell-full' : 'reception-cell-left'}>{left === 0 ? t('reception.full') : t('reception.placesLeft', { n: left })}</span>
      </div>
    );
  };

  const selectedDay = useMemo<ReceptionDay>(
    () => days.get(date) ?? { date, weekday: selected.day() === 0 ? 7 : selected.day(), working: false, dayName: null, makeUpDay: false, theme: null, hostUnitName: null, slots: [] },
    [days, date, selected],
  );

  if (centers === null) return <Spin />;

  return (
    <PageContainer
      title={t('menu.enterprise.reception')}
      description={t('menuDesc.enterprise.reception')}
      extra={
        <Space>
          {centers.length > 1 ? (
            <Select
              value={centerId ?? undefined}
              onChange={setCenterId}
              style={{ width: 240 }}
              options={centers.map((c) => ({ value: c.id, label: c.name }))}
              aria-label={t('reception.center')}
              data-testid="reception-center"
            />
          ) : null}
          {center?.canConfigure ? (
            <Button icon={<SettingOutlined />} onClick={() => setDrawer(true)} data-testid="reception-settings">
              {t('reception.settings')}
            </Button>
          ) : null}
        </Space>
      }
    >
      {!center ? <Empty description={t('reception.noCenter')} /> : null}
      {center && !center.configured ? <Alert type="info" showIcon title={t('reception.notConfigured')} style={{ marginBottom: 16 }} /> : null}
      {center ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <div className="reception-legend">
              {RECEPTION_THEMES.map((theme) => {
                const cfg = settings?.themes.find((x) => x.theme === theme);
                return (
                  <Tag key={theme} color={THEME_COLORS[theme]}>
                    {themeLabel(t, theme)}
                    {cfg?.weekday ? ` · ${t(`weekday.${cfg.weekday}` as 'weekday.1')}` : ''}
                  </Tag>
                );
              })}
            </div>
            <Calendar
              className="reception-calendar"
              value={selected}
              onSelect={(value) => {
                setSelected(value);
                if (!value.isSame(month, 'month')) setMonth(value);
              }}
              onPanelChange={(value) => setMonth(value)}
              cellRender={(value, info) => (info.type === 'date' ? cell(value) : null)}
            />
          </Col>
          <Col xs={24} xl={10}>
            <DayPanel
              day={selectedDay}
              bookings={bookings}
              loading={loadingDay}
              actions={{
                canBook: center.canBook,
                busyId,
                onBook: (slot) => selectedDay.theme && setBookingTarget({ centerId: center.id, date, slot, theme: selectedDay.theme }),
                onMark: (b, status) => void mark(b, status),
                onRegister: (b) => void register(b),
              }}
            />
          </Col>
        </Row>
      ) : null}
      <ThemeSettingsDrawer
        open={drawer}
        settings={settings}
        onClose={() => setDrawer(false)}
        onSaved={(next) => {
          setSettings(next);
          setDrawer(false);
          setCenters((list) => list?.map((c) => (c.id === next.center.id ? { ...c, configured: true } : c)) ?? list);
          void loadMonth();
        }}
      />
      <BookingModal
        target={bookingTarget}
        onClose={() => setBookingTarget(null)}
        onBooked={() => {
          setBookingTarget(null);
          void refresh();
        }}
      />
    </PageContainer>
  );
}
