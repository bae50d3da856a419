// 指标看板: KPI cards, trend by month or week, SLA gauge, breakdowns by category, channel and
// street, the grouped table and the monthly report — all from GET /api/kpis with the filters,
// every figure opening the cases behind it (GET /api/kpis/cases).
import { Card, Col, Empty, Row, Segmented, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { CHANNELS } from '../../api/caseTypes';
import { type KpiDefinition, type KpiDrillMetric, type KpiGroup, type KpiGroupBy, KPI_NULL_GROUP_KEY, kpisApi } from '../../api/kpis';
import { useT, type MessageKey } from '../../i18n';
import { channelKey, isOneOf } from '../cases/shared/caseLabels';
import { useCategories } from '../cases/shared/useCategories';
import { DashboardFilters } from './DashboardFilters';
import { DrillDrawer, type DrillRequest } from './DrillDrawer';
import { EChart } from './EChart';
import type { EChartsCoreOption } from './echarts';
import { ErrorAlert } from './ErrorAlert';
import { GroupTable } from './GroupTable';
import { DefinitionTip, KpiCards } from './KpiCards';
import { MonthlyReportCard } from './MonthlyReportCard';
import { SlaCard } from './SlaCard';
import { definitionKeyOf } from './metricDefinition';
import { filtersOf, queryOf, useDashboardQuery } from './useDashboardQuery';
import { useLoad } from './useLoad';

const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

export function KpiOverview() {
  const t = useT();
  const categories = useCategories();
  const [state, update] = useDashboardQuery();
  const [reload, setReload] = useState(0);
  const [drill, setDrill] = useState<DrillRequest | null>(null);

  // The report, the street breakdown and the trend; switching the trend between months and
  // weeks reads only the trend again. queryKey stands for the query, reload asks again.
  const queryKey = JSON.stringify(queryOf(state));
  const readReports = useCallback(
    (signal: AbortSignal) => {
      const q = queryOf(state);
      const main = kpisApi.get(q, signal);
      const streets = state.groupBy === 'street' ? main : kpisApi.get({ ...q, groupBy: 'street' }, signal);
      return Promise.all([main, streets]);
    },
    [queryKey, reload],
  );
  const ownTrend = state.groupBy !== state.trend;
  const readTrend = useMemo(() => (ownTrend ? (signal: AbortSignal) => kpisApi.get({ ...queryOf(state), groupBy: state.trend }, signal) : null), [queryKey, state.trend, ownTrend, reload]);
  const reports = useLoad(readReports);
  const trendLoad = useLoad(readTrend);
  const [report, streets] = reports.data ?? [];
  const trend = ownTrend ? (trendLoad.data ?? undefined) : report;
  const loading = reports.loading || trendLoad.loading;
  const error = reports.error ?? trendLoad.error;
  const definitions = report?.definitions ?? {};

  const categoryName = useCallback((code: string) => categories.nameOf(code, code), [categories]);
  const channelName = useCallback((code: string) => (isOneOf(CHANNELS, code) ? t(channelKey(code)) : code), [t]);
  const labelOf = useCallback(
    (group: KpiGroup) => {
      if (report?.groupBy === 'category') return categories.nameOf(group.key, group.label);
      if (report?.groupBy === 'channel') return isOneOf(CHANNELS, group.key) ? t(channelKey(group.key)) : group.label;
      return group.label;
    },
    [report?.groupBy, categories, t],
  );

  /** Opens the cases behind a figure: same period and filters, optionally one group of a grouping. */
  const open = useCallback(
    (metric: KpiDrillMetric, title: string, figure: string | undefined, definition?: KpiDefinition, group?: { by: KpiGroupBy; key: string | null }) => {
      setDrill({
        title,
        figure,
        definition,
        query: { metric, from: state.from, to: state.to, ...filtersOf(state), ...(group ? { groupBy: group.by, groupKey: group.key ?? KPI_NULL_GROUP_KEY } : {}) },
      });
    },
    [state],
  );

  const trendOption = useMemo<EChartsCoreOption>(() => {
    const groups = trend?.groups ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 56, top: 36, bottom: 28 },
      // A week's label carries its dates: the axis shows "2026年第5周", the tooltip the whole label.
      xAxis: { type: 'category', data: groups.map((g) => g.label), axisLabel: { formatter: (label: string) => label.split(/[（(]/)[0]!.trim() } },
      yAxis: [
        { type: 'value', name: t('dashboard.chart.trendRegistered'), minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      ],
      series: [
        { name: t('dashboard.chart.trendRegistered'), type: 'bar', data: groups.map((g) => g.kpis.registered), itemStyle: { color: '#5b8ff9' }, barMaxWidth: 28 },
        { name: t('dashboard.chart.trendClosure'), type: 'line', yAxisIndex: 1, connectNulls: false, data: groups.map((g) => pct(g.kpis.closureRate)), itemStyle: { color: '#f6903d' }, tooltip: { valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') } },
        { name: t('dashboard.chart.trendOnTime'), type: 'line', yAxisIndex: 1, connectNulls: false, data: groups.map((g) => pct(g.kpis.onTimeResponseRate)), itemStyle: { color: '#52c41a' }, tooltip: { valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') } },
      ],
    };
  }, [trend, t]);

  const breakdown = useCallback((entries: [string, number][], names: string[], color: string) => {
    const option: EChartsCoreOption = {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: names },
      // named, so that the tooltip reads 登记量 beside the count
      series: [{ name: t('dashboard.chart.trendRegistered'), type: 'bar', data: entries.map(([, n]) => n), itemStyle: { color }, barMaxWidth: 20, label: { show: true, position: 'right' } }],
    };
    return { codes: entries.map(([code]) => code), names, option, empty: entries.length === 0 };
  }, [t]);

  const sorted = (counts: Record<string, number> | undefined) => Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1]);
  const byCategory = useMemo(() => {
    const e = sorted(report?.total.byCategory);
    return breakdown(e, e.map(([c]) => categoryName(c)), '#5b8ff9');
  }, [breakdown, report, categoryName]);
  const byChannel = useMemo(() => {
    const e = sorted(report?.total.byChannel);
    return breakdown(e, e.map(([c]) => channelName(c)), '#5ad8a6');
  }, [breakdown, report, channelName]);
  const streetGroups = useMemo(() => (streets?.groups ?? []).filter((g) => g.kpis.registered > 0).sort((a, b) => b.kpis.registered - a.kpis.registered), [streets]);
  const byStreet = useMemo(
    () =>
      breakdown(
        streetGroups.map((g) => [g.key ?? KPI_NULL_GROUP_KEY, g.kpis.registered]),
        streetGroups.map((g) => (g.ranked ? g.label : `${g.label}（${t('dashboard.table.small')}）`)),
        '#f6903d',
      ),
    [breakdown, streetGroups, t],
  );

  const chartHeight = (n: number) => Math.max(220, n * 26 + 24);
  const hint = <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('dashboard.chart.clickHint')}</Typography.Text>;

  return (
    <>
      <DashboardFilters state={state} onChange={update} onReload={() => setReload((n) => n + 1)} loading={loading} />
      {report ? <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>{t('dashboard.periodShown', { from: report.period.from, to: report.period.to })}</Typography.Paragraph> : null}

      {error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} />
        </div>
      ) : (
        <>
          <KpiCards kpis={report?.total} definitions={definitions} loading={loading} onDrill={({ metric, label, figure, definition }) => open(metric, label, figure, definition)} />

          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} xl={12}>
              <Card
                size="small"
                title={t(state.trend === 'week' ? 'dashboard.chart.trendWeek' : 'dashboard.chart.trend')}
                extra={
                  <Segmented
                    size="small"
                    value={state.trend}
                    onChange={(v) => update({ trend: v as 'month' | 'week' })}
                    options={[
                      { value: 'month', label: t('dashboard.groupBy.month') },
                      { value: 'week', label: t('dashboard.groupBy.week') },
                    ]}
                    data-testid="kpi-trend-toggle"
                  />
                }
                style={{ height: '100%' }}
              >
                {trend && trend.groups.length === 0 ? (
                  <Empty description={t('dashboard.chart.empty')} />
                ) : (
                  <EChart
                    option={trendOption}
                    height={300}
                    testId="kpi-trend-chart"
                    onClick={({ dataIndex, seriesIndex }) => {
                      const g = trend?.groups[dataIndex];
                      if (!g) return;
                      const metric: KpiDrillMetric = seriesIndex === 1 ? 'concluded' : seriesIndex === 2 ? 'respondedOnTime' : 'registered';
                      const label = `${g.label} · ${t(`dashboard.metric.${metric}` as MessageKey)}`;
                      open(metric, label, undefined, definitions[definitionKeyOf(metric)], { by: state.trend, key: g.key });
                    }}
                  />
                )}
              </Card>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <SlaCard kpis={report?.total} definition={definitions.onTimeResponseRate} onDrill={(metric, label, figure) => open(metric, label, figure, definitions.onTimeResponseRate)} />
            </Col>
            <Col xs={24} md={12} xl={6}>
              <MonthlyReportCard />
            </Col>

            {(
              [
                ['dashboard.chart.byCategory', byCategory, 'kpi-category-chart', (code: string) => `byCategory:${code}`, definitions.byCategory],
                ['dashboard.chart.byChannel', byChannel, 'kpi-channel-chart', (code: string) => `byChannel:${code}`, definitions.byChannel],
              ] as const
            ).map(([title, chart, testId, metricOf, definition]) => (
              <Col xs={24} xl={8} key={testId}>
                <Card size="small" title={<span>{t(title)} <DefinitionTip definition={definition} /></span>} extra={hint} style={{ height: '100%' }}>
                  {chart.empty ? (
                    <Empty description={t('dashboard.chart.empty')} />
                  ) : (
                    <EChart
                      option={chart.option}
                      height={chartHeight(chart.codes.length)}
                      testId={testId}
                      onClick={({ dataIndex }) => {
                        const code = chart.codes[dataIndex];
                        if (code) open(metricOf(code) as KpiDrillMetric, `${t(title)} · ${chart.names[dataIndex]}`, undefined, definition);
                      }}
                    />
                  )}
                </Card>
              </Col>
            ))}
            <Col xs={24} xl={8}>
              <Card size="small" title={<span>{t('dashboard.chart.byStreet')} <DefinitionTip definition={definitions.registered} /></span>} extra={hint} style={{ height: '100%' }}>
                {byStreet.empty ? (
                  <Empty description={t('dashboard.chart.empty')} />
                ) : (
                  <EChart
                    option={byStreet.option}
                    height={chartHeight(byStreet.codes.length)}
                    testId="kpi-street-chart"
                    onClick={({ dataIndex }) => {
                      const g = streetGroups[dataIndex];
                      if (g) open('registered', `${t('dashboard.chart.byStreet')} · ${g.label}`, String(g.kpis.registered), definitions.registered, { by: 'street', key: g.key });
                    }}
                  />
                )}
              </Card>
            </Col>

            <Col span={24}>
              <Card size="small" title={<span>{`${t('dashboard.table.title')} · ${t(`dashboard.groupBy.${state.groupBy}` as MessageKey)}`} <DefinitionTip definition={definitions.sample} /></span>}>
                {state.groupBy === 'none' ? (
                  <Empty description={t('dashboard.table.noGrouping')} />
                ) : (
                  <GroupTable
                    groups={report?.groupBy === state.groupBy ? report.groups : []}
                    groupBy={state.groupBy}
                    labelOf={labelOf}
                    loading={loading}
                    onDrill={(group, metric, column, figure) => open(metric, `${labelOf(group)} · ${column}`, figure, definitions[definitionKeyOf(metric)], { by: state.groupBy, key: group.key })}
                  />
                )}
              </Card>
            </Col>
          </Row>
        </>
      )}
      <DrillDrawer request={drill} onClose={() => setDrill(null)} />
    </>
  );
}
