// The open cases of a unit of the heat map (its high-risk ones first), from GET /api/kpis/heatmap/cases.
import { Drawer, Segmented, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { heatmapApi, type HeatRisk } from '../../api/heatmap';
import { useT } from '../../i18n';
import { CaseBriefTable } from './CaseBriefTable';
import { ErrorAlert } from './ErrorAlert';
import { useLoad } from './useLoad';

export interface HeatCasesRequest {
  unitId: string;
  unitName: string;
  from: string;
  to: string;
}

export function HeatCasesDrawer({ request, onClose }: { request: HeatCasesRequest | null; onClose: () => void }) {
  const t = useT();
  // The risk picked for this request; a new request starts again from the high-risk cases.
  const [picked, setPicked] = useState<{ request: HeatCasesRequest | null; risk: HeatRisk }>({ request: null, risk: 'high' });
  const risk = picked.request === request ? picked.risk : 'high';
  const read = useMemo(
    () => (request ? (signal: AbortSignal) => heatmapApi.cases({ unitId: request.unitId, riskLevel: risk, from: request.from, to: request.to }, signal) : null),
    [request, risk],
  );
  const { data, loading, error } = useLoad(read);

  return (
    <Drawer open={request !== null} onClose={onClose} size={900} title={request ? t('heatmap.cases.title', { name: request.unitName }) : ''} destroyOnHidden>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Segmented<HeatRisk>
          value={risk}
          onChange={(value) => setPicked({ request, risk: value })}
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
