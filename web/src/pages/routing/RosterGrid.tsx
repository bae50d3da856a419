// The roster grid: one row per handler, one column per day, a tick per shift. Days off by the
// working calendar are greyed (holidays named, 调休 make-up days marked); the "驻点" row shows
// the days the unit sits at the center by its tier; the last row counts who is on duty.
import { Checkbox, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { Roster, RosterDay } from '../../api/staffing';
import { weekdayKey } from '../../components/labels';
import { useT } from '../../i18n';
import { cellKey } from './useRoster';

interface RosterGridProps {
  roster: Roster;
  ticks: ReadonlySet<string>;
  today: string;
  editable: boolean;
  loading: boolean;
  onToggle: (userId: string, date: string, on: boolean) => void;
}

type Row = { key: string; userId: string | null; name: string; load: number };

export function RosterGrid({ roster, ticks, today, editable, loading, onToggle }: RosterGridProps) {
  const t = useT();
  const dayClass = (d: RosterDay) => [d.workingDay ? '' : 'roster-off', d.date === today ? 'roster-today' : ''].filter(Boolean).join(' ');

  const head = (d: RosterDay) => {
    const weekday = weekdayKey(d.weekday);
    const note = d.calendarKind === 'workday' ? t('staffing.makeUpDay') : d.calendarName;
    return (
      <div className="roster-day-head" data-date={d.date}>
        <div>{d.date.slice(5)}</div>
        <Typography.Text type={d.workingDay ? undefined : 'secondary'}>{weekday ? t(weekday) : ''}</Typography.Text>
        {note ? (
          <Typography.Text type={d.calendarKind === 'holiday' ? 'secondary' : 'warning'} className="roster-day-note" ellipsis={{ tooltip: note }}>
            {note}
          </Typography.Text>
        ) : null}
      </div>
    );
  };

  const columns: TableColumnsType<Row> = [
    {
      title: t('rosters.handler'),
      key: 'name',
      fixed: 'left',
      width: 150,
      render: (_, row) =>
        row.userId ? (
          <Tooltip title={t('staffing.loadHint')}>
            <span>
              {row.name}
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 6 }}>
                {t('staffing.load', { count: row.load })}
              </Typography.Text>
            </span>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{row.name}</Typography.Text>
        ),
    },
    ...roster.days.map((d) => ({
      title: head(d),
      key: d.date,
      width: roster.days.length > 7 ? 64 : 96,
      align: 'center' as const,
      onHeaderCell: () => ({ className: dayClass(d) }),
      onCell: () => ({ className: dayClass(d) }),
      render: (_: unknown, row: Row) =>
        row.userId === null ? (
          d.unitOnDuty ? <Tag color="green" style={{ marginInlineEnd: 0 }}>{t('rosters.sittingYes')}</Tag> : null
        ) : (
          <Checkbox
            checked={ticks.has(cellKey(row.userId, d.date))}
            disabled={!editable}
            onChange={(event) => onToggle(row.userId!, d.date, event.target.checked)}
            aria-label={`${row.name} ${d.date}`}
            data-testid="roster-cell"
            data-user-id={row.userId}
            data-date={d.date}
          />
        ),
    })),
  ];

  const rows: Row[] = [
    { key: 'sitting', userId: null, name: t('rosters.sitting'), load: 0 },
    ...roster.handlers.map((h) => ({ key: h.userId, userId: h.userId, name: h.name, load: h.load })),
  ];

  return (
    <Table<Row>
      className="roster-grid"
      rowKey="key"
      size="small"
      bordered
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 150 + roster.days.length * (roster.days.length > 7 ? 64 : 96) }}
      data-testid="roster-grid"
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>{t('rosters.headcount')}</Typography.Text>
          </Table.Summary.Cell>
          {roster.days.map((d, i) => {
            const n = roster.handlers.filter((h) => ticks.has(cellKey(h.userId, d.date))).length;
            return (
              <Table.Summary.Cell key={d.date} index={i + 1} align="center" className={dayClass(d)}>
                {n > 0 ? n : <Typography.Text type="secondary">—</Typography.Text>}
              </Table.Summary.Cell>
            );
          })}
        </Table.Summary.Row>
      )}
    />
  );
}
