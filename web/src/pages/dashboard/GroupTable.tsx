// The selected grouping as a table; groups with too small a sample are marked 样本不足 and not
// ranked. Every figure opens the cases behind it (that group's part of the figure).
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { KpiDrillMetric, KpiGroup, KpiGroupBy, Kpis } from '../../api/kpis';
import { useT } from '../../i18n';
import { formatNumber, formatRate } from './format';

interface Row extends KpiGroup {
  rank: number | null;
  displayLabel: string;
}

const TIME_GROUPS: readonly KpiGroupBy[] = ['month', 'week'];

const byClosure = (a: KpiGroup, b: KpiGroup) => (b.kpis.closureRate ?? -1) - (a.kpis.closureRate ?? -1) || b.sample - a.sample;

export type GroupDrill = (group: KpiGroup, metric: KpiDrillMetric, column: string, figure: string) => void;

export function GroupTable({ groups, groupBy, labelOf, loading, onDrill }: { groups: KpiGroup[]; groupBy: KpiGroupBy; labelOf: (group: KpiGroup) => string; loading: boolean; onDrill: GroupDrill }) {
  const t = useT();
  const chronological = TIME_GROUPS.includes(groupBy);

  const rows = useMemo<Row[]>(() => {
    if (chronological) return groups.map((group) => ({ ...group, rank: null, displayLabel: labelOf(group) }));
    const ranked = groups.filter((group) => group.ranked).sort(byClosure);
    const unranked = groups.filter((group) => !group.ranked).sort((a, b) => b.sample - a.sample);
    return [
      ...ranked.map((group, index) => ({ ...group, rank: index + 1, displayLabel: labelOf(group) })),
      ...unranked.map((group) => ({ ...group, rank: null, displayLabel: labelOf(group) })),
    ];
  }, [groups, chronological, labelOf]);

  const cell = (column: string, metric: KpiDrillMetric, text: (k: Kpis) => string, testId?: string) => (_: unknown, row: Row) => {
    const value = text(row.kpis);
    return (
      <Typography.Link data-testid={testId} onClick={() => onDrill(row, metric, column, value)}>
        {value}
      </Typography.Link>
    );
  };

  const columns: TableColumnsType<Row> = [
    ...(chronological ? [] : [{ title: t('dashboard.table.rank'), key: 'rank', width: 64, render: (_: unknown, row: Row) => row.rank ?? '—' }]),
    {
      title: t('dashboard.table.group'),
      key: 'label',
      render: (_, row) => (
        <span>
          {row.displayLabel}
          {!row.ranked && !chronological ? (
            <Tag style={{ marginLeft: 8 }} data-testid="group-unranked">
              {t('dashboard.table.unranked')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    { title: t('dashboard.table.sample'), dataIndex: 'sample', width: 90, align: 'right', render: (v: number) => formatNumber(v) },
    { title: t('dashboard.table.registered'), key: 'registered', width: 90, align: 'right', render: cell(t('dashboard.table.registered'), 'registered', (k) => formatNumber(k.registered), 'group-registered') },
    { title: t('dashboard.table.closureRate'), key: 'closure', width: 100, align: 'right', render: cell(t('dashboard.table.closureRate'), 'concluded', (k) => formatRate(k.closureRate)) },
    { title: t('dashboard.table.resolutionRate'), key: 'resolution', width: 110, align: 'right', render: cell(t('dashboard.table.resolutionRate'), 'resolved', (k) => formatRate(k.resolutionRate)) },
    { title: t('dashboard.table.onTimeResponseRate'), key: 'onTime', width: 110, align: 'right', render: cell(t('dashboard.table.onTimeResponseRate'), 'respondedOnTime', (k) => formatRate(k.onTimeResponseRate)) },
    { title: t('dashboard.table.satisfactionRate'), key: 'satisfaction', width: 90, align: 'right', render: cell(t('dashboard.table.satisfactionRate'), 'satisfied', (k) => formatRate(k.satisfactionRate)) },
  ];

  return (
    <>
      {!chronological ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8, fontSize: 12 }}>
          {t('dashboard.table.rankHint')}
        </Typography.Paragraph>
      ) : null}
      <Table<Row>
        data-testid="kpi-group-table"
        size="small"
        rowKey={(row) => row.key ?? '~'}
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 760 }}
      />
    </>
  );
}
