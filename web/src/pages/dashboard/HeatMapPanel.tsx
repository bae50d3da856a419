// 风险热力图: the district's streets, a street's communities or a community's grids coloured
// by the risk score (GET /api/kpis/heatmap), drawn by ECharts from the units' own plane
// polygons (registerMap, no tile server). Click a street or community to go down a level,
// a grid to see its open high-risk cases; the trail leads back up.
import { Breadcrumb, Card, Col, Empty, Row, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { heatmapApi, type HeatLevel, type HeatUnit } from '../../api/heatmap';
import { useLocale, useT } from '../../i18n';
import { EChart } from './EChart';
import { echarts, type EChartsCoreOption } from './echarts';
import { ErrorAlert } from './ErrorAlert';
import { HeatCasesDrawer, type HeatCasesRequest } from './HeatCasesDrawer';
import { heatGeoJson, PLANE_PROJECTION, shortName } from './heatGeo';
import { DefinitionTip } from './KpiCards';
import { PeriodPicker } from './PeriodPicker';
import { useDashboardQuery } from './useDashboardQuery';
import { useLoad } from './useLoad';

interface View {
  level: HeatLevel;
  parentId?: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The view a unit of the trail opens: the level below it, inside it. */
function viewOfTrail(kind: string, id: string): View {
  if (kind === 'district') return { level: 'street' };
  if (kind === 'street' || kind === 'town') return { level: 'community', parentId: id };
  return { level: 'grid', parentId: id };
}

export function HeatMapPanel() {
  const t = useT();
  const { locale } = useLocale();
  const [query, update] = useDashboardQuery();
  const [view, setView] = useState<View>({ level: 'street' });
  const [cases, setCases] = useState<HeatCasesRequest | null>(null);
  const read = useCallback(
    (signal: AbortSignal) => heatmapApi.get({ level: view.level, parentId: view.parentId, from: query.from, to: query.to }, signal),
    [view, query.from, query.to],
  );
  const { data, loading, error } = useLoad(read);

  const open = useCallback(
    (unit: HeatUnit) => {
      if (unit.childLevel) setView({ level: unit.childLevel, parentId: unit.id });
      else setCases({ unitId: unit.id, unitName: unit.name, from: query.from, to: query.to });
    },
    [query.from, query.to],
  );

  const byId = useMemo(() => new Map((data?.units ?? []).map((u) => [u.id, u])), [data]);
  const mapName = `concord-${view.level}-${view.parentId ?? 'all'}`;
  const drawn = useMemo(() => (data?.units ?? []).filter((u) => u.geometry.length > 0), [data]);

  const option = useMemo<EChartsCoreOption | null>(() => {
    if (!data || drawn.length === 0) return null;
    echarts.registerMap(mapName, heatGeoJson(drawn) as never);
    const label = (u: HeatUnit | undefined) => (u ? (view.level === 'grid' ? shortName(u.name) : u.name) : '');
    const tip = (u: HeatUnit) => {
      const f = u.figures;
      const line = (k: string, v: string | number) => `<div style="display:flex;justify-content:space-between;gap:16px"><span>${escapeHtml(k)}</span><b>${escapeHtml(String(v))}</b></div>`;
      return [
        `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(u.name)}</div>`,
        line(t('heatmap.score'), u.score),
        line(t('heatmap.perThousand'), u.perThousandHouseholds ?? '—'),
        line(t('heatmap.openHigh'), f.open.high),
        line(t('heatmap.openMedium'), f.open.medium),
        line(t('heatmap.openLow'), f.open.low + f.open.unassessed),
        line(t('heatmap.highRiskHouseholds'), f.highRiskHouseholds),
        line(t('heatmap.activePlans'), `${f.activePlans}（${t('heatmap.highPlans', { n: f.activeHighPlans })}）`),
        line(t('heatmap.overdueVisits'), f.overdueVisits),
        line(t('heatmap.registered'), f.registered),
        `<div style="margin-top:4px;color:#999">${escapeHtml(u.childLevel ? t('heatmap.clickDrill') : t('heatmap.clickCases'))}</div>`,
      ].join('');
    };
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { name: string }) => {
          const u = byId.get(p.name);
          return u ? tip(u) : '';
        },
      },
      visualMap: {
        type: 'continuous',
        min: 0,
        max: Math.max(1, data.maxScore),
        text: [t('heatmap.legend.high'), t('heatmap.legend.low')],
        calculable: true,
        left: 8,
        bottom: 8,
        inRange: { color: ['#f6ffed', '#fffbe6', '#ffd666', '#fa8c16', '#f5222d'] },
      },
      series: [
        {
          type: 'map',
          map: mapName,
          projection: PLANE_PROJECTION,
          roam: true,
          selectedMode: false,
          itemStyle: { borderColor: '#fff', borderWidth: 1 },
          emphasis: { itemStyle: { areaColor: '#5b8ff9' }, label: { show: true, color: '#fff' } },
          label: { show: drawn.length <= 40, fontSize: 11, color: '#333', formatter: (p: { name: string }) => label(byId.get(p.name)) },
          data: drawn.map((u) => ({ name: u.id, value: u.score })),
        },
      ],
    };
  }, [data, drawn, byId, mapName, view.level, t]);

  const levelName = t(`heatmap.level.${view.level}`);
  const columns: TableColumnsType<HeatUnit> = [
    {
      title: levelName,
      key: 'name',
      width: 190,
      fixed: 'left',
      render: (_, u) => (
        <Typography.Link onClick={() => open(u)} data-testid="heat-unit-link">
          {u.name}
        </Typography.Link>
      ),
    },
    { title: t('heatmap.score'), dataIndex: 'score', width: 90, align: 'right', sorter: (a, b) => a.score - b.score, defaultSortOrder: 'descend' },
    { title: t('heatmap.perThousand'), dataIndex: 'perThousandHouseholds', width: 110, align: 'right', render: (v: number | null) => v ?? '—', sorter: (a, b) => (a.perThousandHouseholds ?? -1) - (b.perThousandHouseholds ?? -1) },
    { title: t('heatmap.openHigh'), key: 'high', width: 100, align: 'right', render: (_, u) => (u.figures.open.high ? <Tag color="red">{u.figures.open.high}</Tag> : 0) },
    { title: t('heatmap.openMedium'), key: 'medium', width: 100, align: 'right', render: (_, u) => u.figures.open.medium },
    { title: t('heatmap.openLow'), key: 'low', width: 100, align: 'right', render: (_, u) => u.figures.open.low + u.figures.open.unassessed },
    { title: t('heatmap.highRiskHouseholds'), key: 'hh', width: 100, align: 'right', render: (_, u) => u.figures.highRiskHouseholds },
    { title: t('heatmap.activePlans'), key: 'plans', width: 90, align: 'right', render: (_, u) => u.figures.activePlans },
    { title: t('heatmap.overdueVisits'), key: 'overdue', width: 100, align: 'right', render: (_, u) => u.figures.overdueVisits },
    { title: t('heatmap.households'), dataIndex: 'households', width: 90, align: 'right', render: (v: number | null) => v ?? '—' },
  ];

  const trail = data?.trail ?? [];
  const definition = data?.definitions.riskScore;
  const undrawn = (data?.units.length ?? 0) - drawn.length;

  return (
    <>
      <Space wrap size={[16, 8]} style={{ marginBottom: 12 }}>
        <PeriodPicker from={query.from} to={query.to} onChange={update} />
        <Breadcrumb
          data-testid="heat-trail"
          items={[
            { title: <Typography.Link onClick={() => setView({ level: 'street' })}>{t('heatmap.district')}</Typography.Link> },
            ...trail
              .filter((u) => u.kind !== 'district')
              .map((u, i, all) => ({ title: i === all.length - 1 ? <span data-testid="heat-trail-current">{u.name}</span> : <Typography.Link onClick={() => setView(viewOfTrail(u.kind, u.id))}>{u.name}</Typography.Link> })),
          ]}
        />
        {data ? <Typography.Text type="secondary">{t('heatmap.asOf', { day: data.asOf })}</Typography.Text> : null}
      </Space>
      {error ? <ErrorAlert error={error} testId="heat-error" /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={
              <span>
                {t('heatmap.title', { level: levelName })} <DefinitionTip definition={definition} />
              </span>
            }
            extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{view.level === 'grid' ? t('heatmap.clickCases') : t('heatmap.clickDrill')}</Typography.Text>}
          >
            {option ? (
              <EChart
                key={mapName}
                option={option}
                height={520}
                testId="heat-map"
                onClick={({ name }) => {
                  const u = byId.get(name);
                  if (u) open(u);
                }}
              />
            ) : (
              <Empty description={loading ? t('heatmap.loading') : t('heatmap.noGeometry')} style={{ padding: 80 }} />
            )}
            {undrawn > 0 ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('heatmap.undrawn', { n: undrawn })}</Typography.Text> : null}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('heatmap.tableTitle')}>
            {definition ? (
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {locale === 'en' ? definition.en : definition.zh}
              </Typography.Paragraph>
            ) : null}
            <Table<HeatUnit>
              data-testid="heat-table"
              size="small"
              rowKey="id"
              loading={loading}
              columns={columns}
              dataSource={data?.units ?? []}
              pagination={(data?.units.length ?? 0) > 15 ? { pageSize: 15, showSizeChanger: false } : false}
              scroll={{ x: 1100 }}
            />
          </Card>
        </Col>
      </Row>
      <HeatCasesDrawer request={cases} onClose={() => setCases(null)} />
    </>
  );
}
