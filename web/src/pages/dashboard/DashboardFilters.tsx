// The dashboard's filter bar: period, grouping, category, channel, territory (street →
// community → grid), handler and handling unit. Values go to the URL as chosen.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Cascader, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { CHANNELS, type RouteOptions } from '../../api/caseTypes';
import { KPI_GROUP_BYS, type KpiFilters, type KpiGroupBy } from '../../api/kpis';
import { orgApi } from '../../api/org';
import { filterOptionsApi } from '../../api/reports';
import type { OrgUnit } from '../../api/types';
import { useT, type MessageKey } from '../../i18n';
import { channelKey } from '../cases/shared/caseLabels';
import { useCategories } from '../cases/shared/useCategories';
import { PeriodPicker } from './PeriodPicker';
import type { DashboardState } from './useDashboardQuery';

interface TerritoryOption {
  value: string;
  label: string;
  kind: string;
  isLeaf: boolean;
  children?: TerritoryOption[];
}

const TERRITORY_KINDS = new Set(['street', 'town', 'community', 'grid']);
const FIELD: Record<string, 'streetId' | 'communityId' | 'gridId'> = { street: 'streetId', town: 'streetId', community: 'communityId', grid: 'gridId' };

const option = (u: OrgUnit): TerritoryOption => ({ value: u.id, label: u.name, kind: u.kind, isLeaf: u.kind === 'grid' || u.childCount === 0 });

/** The territory cascader: streets of the district, loaded level by level. */
function useTerritory() {
  const [options, setOptions] = useState<TerritoryOption[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      const roots = (await orgApi.children('root', controller.signal)).items;
      const district = roots.find((u) => u.kind === 'district');
      const top = district ? (await orgApi.children(district.id, controller.signal)).items : roots;
      setOptions(top.filter((u) => TERRITORY_KINDS.has(u.kind)).map(option));
    })().catch(() => undefined);
    return () => controller.abort();
  }, []);
  const load = async (selected: TerritoryOption[]) => {
    const target = selected[selected.length - 1];
    if (!target || target.children) return;
    const children = (await orgApi.children(target.value)).items.filter((u) => TERRITORY_KINDS.has(u.kind)).map(option);
    target.children = children;
    target.isLeaf = children.length === 0;
    setOptions((prev) => [...prev]);
  };
  return { options, load };
}

/**
 * The territory as the cascader shows it: the path the user picked, or the unit of the URL
 * (a shared link, the back button) with its ancestors, read once it differs from that path.
 */
function useTerritoryPath(territoryId: string | undefined) {
  const [path, setPath] = useState<{ id: string; name: string }[]>([]);
  const last = path[path.length - 1]?.id;
  useEffect(() => {
    if (territoryId === last) return;
    if (!territoryId) {
      setPath([]);
      return;
    }
    const controller = new AbortController();
    orgApi.get(territoryId, controller.signal).then(
      (u) => setPath([...u.ancestors.filter((a) => TERRITORY_KINDS.has(a.kind)), u].map((x) => ({ id: x.id, name: x.name }))),
      () => undefined,
    );
    return () => controller.abort();
  }, [territoryId, last]);
  return [path, setPath] as const;
}

export function DashboardFilters({ state, onChange, onReload, loading }: { state: DashboardState; onChange: (patch: Partial<DashboardState>) => void; onReload: () => void; loading: boolean }) {
  const t = useT();
  const categories = useCategories();
  const territory = useTerritory();
  const [territoryPath, setTerritoryPath] = useTerritoryPath(state.gridId ?? state.communityId ?? state.streetId);
  const [people, setPeople] = useState<RouteOptions | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    // Only center staff may list handlers; others simply do not get these two filters.
    filterOptionsApi.handlersAndUnits(controller.signal).then(setPeople, () => setPeople(null));
    return () => controller.abort();
  }, []);

  /** A filter list; its test id and placeholder follow the filter's name. */
  const filter = (key: keyof KpiFilters, name: string, width: number, options: { label: string; value?: string; options?: { value: string; label: string }[] }[], search = true) => (
    <Select
      data-testid={`kpi-filter-${name}`}
      allowClear
      showSearch={search ? { optionFilterProp: 'label' } : undefined}
      style={{ width }}
      placeholder={t(`dashboard.filter.${name}` as MessageKey)}
      value={state[key]}
      onChange={(value?: string) => onChange({ [key]: value })}
      options={options}
    />
  );

  const categoryOptions = categories.top.map((c) => ({
    label: categories.label(c),
    options: [{ value: c.code, label: categories.label(c) }, ...categories.childrenOf(c.code).map((s) => ({ value: s.code, label: `${categories.label(c)} / ${categories.label(s)}` }))],
  }));

  return (
    <Space wrap size={[16, 8]} style={{ marginBottom: 16 }} data-testid="kpi-filters">
      <PeriodPicker from={state.from} to={state.to} onChange={onChange} testId="kpi-period" />
      <Space size={8}>
        <Typography.Text>{t('dashboard.groupBy')}</Typography.Text>
        <Select<KpiGroupBy>
          data-testid="kpi-group-by"
          style={{ width: 120 }}
          value={state.groupBy}
          onChange={(groupBy) => onChange({ groupBy })}
          options={KPI_GROUP_BYS.map((value) => ({ value, label: t(`dashboard.groupBy.${value}` as MessageKey) }))}
        />
      </Space>
      {filter('category', 'category', 180, categoryOptions)}
      {filter('channel', 'channel', 150, CHANNELS.map((c) => ({ value: c, label: t(channelKey(c)) })), false)}
      <Cascader<TerritoryOption>
        data-testid="kpi-filter-territory"
        style={{ width: 260 }}
        placeholder={t('dashboard.filter.territory')}
        options={territory.options}
        loadData={territory.load}
        changeOnSelect
        value={territoryPath.map((p) => p.id)}
        displayRender={() => territoryPath.map((p) => p.name).join(' / ')}
        onChange={(_, selected) => {
          const list = (selected ?? []) as TerritoryOption[];
          const last = list[list.length - 1];
          setTerritoryPath(list.map((o) => ({ id: o.value, name: o.label })));
          onChange({ streetId: undefined, communityId: undefined, gridId: undefined, ...(last ? { [FIELD[last.kind] ?? 'streetId']: last.value } : {}) });
        }}
      />
      {people ? (
        <>
          {filter('departmentId', 'department', 190, people.units.map((u) => ({ value: u.id, label: u.name })))}
          {filter('handlerId', 'handler', 170, people.users.filter((u, i, all) => all.findIndex((x) => x.id === u.id) === i).map((u) => ({ value: u.id, label: `${u.displayName}（${u.unitName}）` })))}
        </>
      ) : null}
      <Button icon={<ReloadOutlined />} onClick={onReload} loading={loading}>
        {t('dashboard.refresh')}
      </Button>
    </Space>
  );
}
