// 统计分析: KPI cards, monthly trend, breakdowns by category/channel and a grouped table,
// all from GET /api/kpis over a chosen period.
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Empty, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { CHANNELS } from '../../api/caseTypes';
import { isApiError } from '../../api/client';
import { KPI_GROUP_BYS, kpisApi, type KpiGroup, type KpiGroupBy, type KpiReport } from '../../api/kpis';
import { PageContainer } from '../../components/PageContainer';
import { useT, type MessageKey } from '../../i18n';
import { channelKey, isOneOf } from '../cases/shared/caseLabels';
import { useCategories } from '../cases/shared/useCategories';
import { EChart } from './EChart';
import type { EChartsCoreOption } from './echarts';
import { GroupTable } from './GroupTable';
import { DefinitionTip, KpiCards } from './KpiCards';

type Range = [Dayjs, Dayjs];
const DATE = 'YYYY-MM-DD';

function last12Months(): Range {
  const today = dayjs().startOf('day');
  return [today.subtract(12, 'month').add(1, 'day'), today];
}

function thisQuarter(): Range {
  const today = dayjs().startOf('day');
  const start = today.month(Math.floor(today.month() / 3) * 3).startOf('month');
  return [start, today];
}

interface LoadState {
  report?: KpiReport;
  trend?: KpiReport;
  loading: boolean;
  error?: unknown;
}

function ErrorAlert({ error }: { error: unknown }) {
  const t = useT();
  if (isApiError(error)) {
    const fields = Object.entries(error.fields);
    return (
      <Alert
        type="error"
        showIcon
        title={error.message}
        description={fields.length > 0 ? fields.map(([field, message]) => <div key={field}>{`${field}: ${message}`}</div>) : undefined}
        data-testid="kpi-error"
      />
    );
  }
  return <Alert type="error" showIcon title={t('error.unexpected')} data-testid="kpi-error" />;
}

export default function DashboardPage() {
  const t = useT();
  const navigate = useNavigate();
  const categories = useCategories();
  const [range, setRange] = useState<Range>(last12Months);
  const [groupBy, setGroupBy] = useState<KpiGroupBy>('street');
  const [reload, setReload] = useState(0);
  const [state, setState] = useState<LoadState>({ loading: true });

  const from = range[0].format(DATE);
  const to = range[1].format(DATE);

  useEffect(() => {
    const controller = new AbortController();
    setState((prev) => ({ ...prev, loading: true, error: undefined }));
    const main = kpisApi.get({ from, to, groupBy }, controller.signal);
    const trend = groupBy === 'month' ? main : kpisApi.get({ from, to, groupBy: 'month' }, controller.signal);
    Promise.all([main, trend]).then(
      ([report, trendReport]) => setState({ report, trend: trendReport, loading: false }),
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setState({ loading: false, error });
      },
    );
    return () => controller.abort();
  }, [from, to, groupBy, reload]);

  const { report, trend, loading, error } = state;
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

  const trendOption = useMemo<EChartsCoreOption>(() => {
    const groups = trend?.groups ?? [];
    return {
      tooltip: { trigger: 'axis', valueFormatter: undefined },
      legend: { top: 0 },
      grid: { left: 48, right: 56, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: groups.map((group) => group.label) },
      yAxis: [
        { type: 'value', name: t('dashboard.chart.trendRegistered'), minInterval: 1 },
        { type: 'value', name: t('dashboard.chart.trendClosure'), min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      ],
      series: [
        { name: t('dashboard.chart.trendRegistered'), type: 'bar', data: groups.map((group) => group.kpis.registered), itemStyle: { color: '#5b8ff9' }, barMaxWidth: 32 },
        {
          name: t('dashboard.chart.trendClosure'),
          type: 'line',
          yAxisIndex: 1,
          smooth: true,
          connectNulls: false,
          data: groups.map((group) => (group.kpis.closureRate === null ? null : Math.round(group.kpis.closureRate * 1000) / 10)),
          itemStyle: { color: '#f6903d' },
          tooltip: { valueFormatter: (value: unknown) => (typeof value === 'number' ? `${value}%` : '—') },
        },
      ],
    };
  }, [trend, t]);

  const breakdown = useCallback(
    (counts: Record<string, number> | undefined, nameOf: (code: string) => string, color: string) => {
      const entries = Object.entries(counts ?? {}).sort((a, b) => b[1] - a[1]);
      const codes = entries.map(([code]) => code);
      const option: EChartsCoreOption = {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: codes.map(nameOf) },
        series: [{ type: 'bar', data: entries.map(([, count]) => count), itemStyle: { color }, barMaxWidth: 22, label: { show: true, position: 'right' } }],
      };
      return { codes, option, empty: entries.length === 0 };
    },
    [],
  );

  const byCategory = useMemo(() => breakdown(report?.total.byCategory, categoryName, '#5b8ff9'), [breakdown, report, categoryName]);
  const byChannel = useMemo(() => breakdown(report?.total.byChannel, channelName, '#5ad8a6'), [breakdown, report, channelName]);

  const presets = [
    { label: t('dashboard.preset.month'), value: [dayjs().startOf('month'), dayjs().startOf('day')] as Range },
    { label: t('dashboard.preset.quarter'), value: thisQuarter() },
    { label: t('dashboard.preset.year'), value: [dayjs().startOf('year'), dayjs().startOf('day')] as Range },
    { label: t('dashboard.preset.last12'), value: last12Months() },
  ];

  const chartHeight = (n: number) => Math.max(220, n * 28 + 24);

  return (
    <PageContainer title={t('menu.reports')} description={t('menuDesc.reports')}>
      <Space wrap size="middle" style={{ marginBottom: 16 }}>
        <Space size={8}>
          <Typography.Text>{t('dashboard.period')}</Typography.Text>
          <DatePicker.RangePicker
            data-testid="kpi-period"
            allowClear={false}
            value={range}
            presets={presets}
            onChange={(value) => {
              if (value?.[0] && value[1]) setRange([value[0].startOf('day'), value[1].startOf('day')]);
            }}
          />
        </Space>
        <Space size={8}>
          <Typography.Text>{t('dashboard.groupBy')}</Typography.Text>
          <Select<KpiGroupBy>
            data-testid="kpi-group-by"
            style={{ width: 140 }}
            value={groupBy}
            onChange={setGroupBy}
            options={KPI_GROUP_BYS.map((value) => ({ value, label: t(`dashboard.groupBy.${value}` as MessageKey) }))}
          />
        </Space>
        <Button icon={<ReloadOutlined />} onClick={() => setReload((n) => n + 1)} loading={loading}>
          {t('dashboard.refresh')}
        </Button>
        {report ? (
          <Typography.Text type="secondary">{t('dashboard.periodShown', { from: report.period.from, to: report.period.to })}</Typography.Text>
        ) : null}
      </Space>

      {error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}

      <KpiCards kpis={report?.total} definitions={definitions} loading={loading} />

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col span={24}>
          <Card size="small" title={t('dashboard.chart.trend')} extra={<DefinitionTip definition={definitions.closureRate} />}>
            {trend && trend.groups.length === 0 ? <Empty description={t('dashboard.chart.empty')} /> : <EChart option={trendOption} height={300} testId="kpi-trend-chart" />}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('dashboard.chart.byCategory')} extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('dashboard.chart.clickHint')}</Typography.Text>}>
            {byCategory.empty ? (
              <Empty description={t('dashboard.chart.empty')} />
            ) : (
              <EChart
                option={byCategory.option}
                height={chartHeight(byCategory.codes.length)}
                testId="kpi-category-chart"
                onClick={({ dataIndex }) => {
                  const code = byCategory.codes[dataIndex];
                  if (code) void navigate(`/cases?category=${encodeURIComponent(code)}`);
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('dashboard.chart.byChannel')} extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('dashboard.chart.clickHint')}</Typography.Text>}>
            {byChannel.empty ? (
              <Empty description={t('dashboard.chart.empty')} />
            ) : (
              <EChart
                option={byChannel.option}
                height={chartHeight(byChannel.codes.length)}
                testId="kpi-channel-chart"
                onClick={({ dataIndex }) => {
                  const code = byChannel.codes[dataIndex];
                  if (code) void navigate(`/cases?channel=${encodeURIComponent(code)}`);
                }}
              />
            )}
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={`${t('dashboard.table.title')} · ${t(`dashboard.groupBy.${groupBy}` as MessageKey)}`}>
            {groupBy === 'none' ? (
              <Empty description={t('dashboard.table.noGrouping')} />
            ) : (
              <GroupTable groups={report?.groupBy === groupBy ? report.groups : []} groupBy={groupBy} labelOf={labelOf} loading={loading} />
            )}
          </Card>
        </Col>
      </Row>
    </PageContainer>
  );
}
