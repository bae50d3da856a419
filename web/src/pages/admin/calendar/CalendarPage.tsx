// 系统管理 → 工作日历: holidays and make-up workdays of a year (weekends are off by
// default), as a year view and a list; deadlines count only office hours of working days.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { calendarApi, type CalendarDay, type CalendarYear } from '../../../api/settings';
import { PageContainer } from '../../../components/PageContainer';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT, type MessageKey } from '../../../i18n';
import { invalidateShared } from '../../cases/shared/useShared';
import { CalendarDayModal, type DayModalState } from './CalendarDayModal';
import { YearGrid } from './YearGrid';
import './calendar.css';

const WEEKDAY_KEYS: readonly MessageKey[] = ['weekday.7', 'weekday.1', 'weekday.2', 'weekday.3', 'weekday.4', 'weekday.5', 'weekday.6'];

export default function CalendarPage() {
  const t = useT();
  const notify = useErrorNotice();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [data, setData] = useState<CalendarYear | null>(null);
  const [loading, setLoading] = useState(false);
  const [modal, setModal] = useState<DayModalState | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setData(await calendarApi.year(year));
    } catch (error) {
      notify(error);
    } finally {
      setLoading(false);
    }
  }, [year, notify]);

  useEffect(() => {
    void load();
  }, [load]);

  const days = useMemo(() => new Map((data?.days ?? []).map((day) => [day.date, day])), [data]);
  const sorted = useMemo(() => [...(data?.days ?? [])].sort((a, b) => a.date.localeCompare(b.date)), [data]);

  const columns: TableColumnsType<CalendarDay> = [
    { title: t('calendar.date'), dataIndex: 'date', width: 120 },
    { title: t('calendar.weekday'), key: 'weekday', width: 70, render: (_, day) => t(WEEKDAY_KEYS[dayjs(day.date).day()] ?? 'weekday.1') },
    {
      title: t('calendar.kind'),
      dataIndex: 'kind',
      width: 110,
      render: (kind: CalendarDay['kind']) =>
        kind === 'holiday' ? <Tag color="red">{t('calendar.kind.holiday')}</Tag> : <Tag color="blue">{t('calendar.kind.workday')}</Tag>,
    },
    { title: t('calendar.name'), dataIndex: 'name' },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_, day) => (
        <Button type="link" size="small" onClick={() => setModal({ date: day.date, existing: day })}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('menu.admin.calendar')}
      description={t('menuDesc.admin.calendar')}
      extra={
        <Space>
          <Select<number>
            value={year}
            onChange={setYear}
            style={{ width: 110 }}
            options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((value) => ({ value, label: t('calendar.yearValue', { year: value }) }))}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal({ date: null, existing: null })}>
            {t('calendar.add')}
          </Button>
        </Space>
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('calendar.weekendsOff')}
        description={t('calendar.hoursNote', { start: data?.hours.start ?? '08:30', end: data?.hours.end ?? '17:30' })}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={15}>
          <Card variant="borderless" title={t('calendar.yearView', { year })} loading={loading && !data}>
            <YearGrid year={year} days={days} onPick={(date) => setModal({ date, existing: days.get(date) ?? null })} />
            <Space size={16} className="cal-legend">
              <span><span className="cal-swatch is-holiday" />{t('calendar.kind.holiday')}</span>
              <span><span className="cal-swatch is-workday" />{t('calendar.kind.workday')}</span>
              <span><span className="cal-swatch is-weekend" />{t('calendar.weekend')}</span>
            </Space>
          </Card>
        </Col>
        <Col xs={24} xxl={9}>
          <Card variant="borderless" title={t('calendar.list')}>
            <Table<CalendarDay>
              rowKey="date"
              size="small"
              columns={columns}
              dataSource={sorted}
              loading={loading}
              pagination={false}
              scroll={{ x: 480 }}
              locale={{ emptyText: t('calendar.empty') }}
            />
          </Card>
        </Col>
      </Row>
      <CalendarDayModal
        state={modal}
        onClose={() => setModal(null)}
        onSaved={() => {
          setModal(null);
          invalidateShared(`calendar:${year}`);
          void load();
        }}
      />
    </PageContainer>
  );
}
