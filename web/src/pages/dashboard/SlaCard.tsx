// SLA compliance: the on-time response rate against the response time limit (30 working
// minutes by default, the case policy's), as a gauge, with the on-time and late cases.
import { Card, Space, Typography } from 'antd';
import { useMemo } from 'react';
import type { KpiDefinition, KpiDrillMetric, Kpis } from '../../api/kpis';
import { useT } from '../../i18n';
import { useClockSettings } from '../cases/shared/useClockSettings';
import { EChart } from './EChart';
import type { EChartsCoreOption } from './echarts';
import { formatNumber, formatRate } from './format';
import { DefinitionTip } from './KpiCards';

export function SlaCard({ kpis, definition, onDrill }: { kpis: Kpis | undefined; definition: KpiDefinition | undefined; onDrill: (metric: KpiDrillMetric, label: string, figure: string) => void }) {
  const t = useT();
  const clock = useClockSettings();
  const limit = clock.budgetMinutes('response', undefined);
  const bases = kpis?.bases;
  const rate = kpis?.onTimeResponseRate ?? null;
  const late = bases ? bases.responded - bases.respondedOnTime : undefined;

  const option = useMemo<EChartsCoreOption>(
    () => ({
      series: [
        {
          type: 'gauge',
          min: 0,
          max: 100,
          startAngle: 210,
          endAngle: -30,
          radius: '95%',
          center: ['50%', '58%'],
          progress: { show: true, width: 14, itemStyle: { color: '#52c41a' } },
          axisLine: { lineStyle: { width: 14, color: [[1, '#f0f0f0']] } },
          splitNumber: 4,
          axisTick: { show: false },
          splitLine: { length: 6, distance: 2, lineStyle: { width: 1, color: '#bbb' } },
          axisLabel: { distance: 20, fontSize: 10, color: '#999', formatter: '{value}%' },
          pointer: { show: false },
          anchor: { show: false },
          title: { offsetCenter: [0, '30%'], fontSize: 12, color: '#888' },
          detail: { valueAnimation: false, offsetCenter: [0, '-8%'], fontSize: 26, fontWeight: 600, formatter: () => formatRate(rate) },
          data: [{ value: rate === null ? 0 : Math.round(rate * 1000) / 10, name: t('dashboard.sla.gaugeName') }],
        },
      ],
    }),
    [rate, t],
  );

  return (
    <Card size="small" title={t('dashboard.sla.title')} extra={<DefinitionTip definition={definition} />} style={{ height: '100%' }}>
      <EChart option={option} height={200} testId="kpi-sla-gauge" />
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('dashboard.sla.target', { minutes: limit })}
        </Typography.Text>
        {bases ? (
          <Space size={16} wrap>
            <span>
              {t('dashboard.sla.onTime')}{' '}
              <Typography.Link data-testid="kpi-sla-on-time" onClick={() => onDrill('respondedOnTime', t('dashboard.sla.onTime'), formatNumber(bases.respondedOnTime))}>
                {formatNumber(bases.respondedOnTime)}
              </Typography.Link>
            </span>
            <span>
              {t('dashboard.sla.late')}{' '}
              <Typography.Link type="danger" data-testid="kpi-sla-late" onClick={() => onDrill('respondedLate', t('dashboard.sla.late'), formatNumber(late))}>
                {formatNumber(late)}
              </Typography.Link>
            </span>
            <span>
              {t('dashboard.sla.median')} {formatNumber(kpis?.responseMinutes.median, 1)}
            </span>
          </Space>
        ) : null}
      </Space>
    </Card>
  );
}
