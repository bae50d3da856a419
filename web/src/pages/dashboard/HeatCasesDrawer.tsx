// The open cases of a unit of the heat map (its high-risk ones first), from GET /api/kpis/heatmap/cases.
import { Drawer, Segmented, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type HeatCases, heatmapApi, type HeatRisk } from '../../api/heatmap';
import { useT } from '../../i18n';
import { CaseBriefTable } from './CaseBriefTable';
import { ErrorAlert } from './ErrorAlert';

export interface HeatCasesRequest {
  unitId: string;
  unitName: string;
  from: string;
  to: string;
}

export function HeatCasesDrawer({ request, onClose }: { request: HeatCasesRequest | null; onClose: () => void }) {
  const t = useT();
  const [risk, setRisk] = useState<HeatRisk>('high');
  const [data, setData] = useState<HeatCases | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => setRisk('high'), [request]);
  useEffect(() => {
    if (!request) return;
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    heatmapApi.cases({ unitId: request.unitId, riskLevel: risk, from: request.from, to: request.to }, controller.signal).then(
      (d) => {
        setData(d);
        setLoading(false);
      },
      (e: unknown) => {
        if (e instanceof DOMException && e.name === 'AbortError') return;
        setError(e);
        setData(null);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [request, risk]);

  return (
    <Drawer open={request !== null} onClose={onClose} size={900} title={request ? t('heatmap.cases.title', { name: request.unitName }) : ''} destroyOnHidden>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Segmented<HeatRisk>
          value={risk}
          onChange={setRisk}
          options={[
            { value: 'high', label: t('heatmap.risk.high') },
            { value: 'medium', label: t('heatmap.risk.medium') },
            { value: 'low', label: t('heatmap.risk.low') },
            { value: 'any', label: t('heatmap.risk.any') },
          ]}
          data-testid="heat-cases-risk"
        />
        {error ? <ErrorAlert error={error} testId="heat-cases-error" /> : null}
        {data ? (
          <Typography.Text strong>
            {t('heatmap.cases.total')}
            <span data-testid="heat-cases-total">{data.total}</span>
            {t('dashboard.drill.unit')}
            {data.total > data.items.length ? <Typography.Text type="secondary"> {t('heatmap.cases.shown', { n: data.items.length })}</Typography.Text> : null}
          </Typography.Text>
        ) : null}
        <CaseBriefTable items={data?.items ?? []} loading={loading} testId="heat-cases-table" />
      </Space>
    </Drawer>
  );
}
