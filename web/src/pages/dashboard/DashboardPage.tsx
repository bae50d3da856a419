// 统计分析: the KPI dashboard (cards, trends, SLA, breakdowns, grouped table, monthly report)
// and the risk heat map, as two tabs; the tab, period and filters live in the URL.
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PageContainer } from '../../components/PageContainer';
import { useT } from '../../i18n';
import { HeatMapPanel } from './HeatMapPanel';
import { KpiOverview } from './KpiOverview';

export default function DashboardPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'heatmap' ? 'heatmap' : 'kpis';
  return (
    <PageContainer title={t('menu.reports')} description={t('menuDesc.reports')}>
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          setParams(
            (prev) => {
              const next = new URLSearchParams(prev);
              if (key === 'heatmap') next.set('tab', 'heatmap');
              else next.delete('tab');
              return next;
            },
            { replace: true },
          )
        }
        destroyOnHidden
        items={[
          { key: 'kpis', label: <span data-testid="tab-kpis">{t('dashboard.tab.kpis')}</span>, children: <KpiOverview /> },
          { key: 'heatmap', label: <span data-testid="tab-heatmap">{t('dashboard.tab.heatmap')}</span>, children: <HeatMapPanel /> },
        ]}
      />
    </PageContainer>
  );
}
