// The dashboard's filter bar: period, grouping, category, channel, territory (street →
// community → grid), handler and handling unit. Values go to the URL as chosen.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Cascader, DatePicker, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { CHANNELS } from '../../api/caseTypes';
import { KPI_GROUP_BYS, type KpiGroupBy } from '../../api/kpis';
import { orgApi } from '../../api/org';
import { filterOptionsApi } from '../../api/reports';
import type { OrgUnit } from '../../api/types';
import type { RouteOptions } from '../../api/caseTypes';
import { useT, type MessageKey } from '../../i18n';
import { channelKey } from '../cases/shared/caseLabels';
import { useCategories } from '../cases/shared/useCategories';
import { DATE, type DashboardState } from './useDashboardQuery';

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

export function DashboardFilters({ state, onChange, onReload, loading }: { state: DashboardState; onChange: (patch: Partial<DashboardState>) => void; onReload: () => void; loading: boolean }) {
  const t = useT();
  const categories = useCategories();
  const territory = useTerritory();
  const [people, setPeople] = useState<RouteOptions | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());

  useEffect(() => {
    const controller = new AbortController();
    // Only center staff may list handlers; others simply do not get these two filters.
    filterOptionsApi.handlersAndUnits(controller.signal).then(setPeople, () => setPeople(null));
    return () => controller.abort();
  }, []);

  // The path of a territory filter that came with the URL, to name it in the cascader.
  const territoryId = state.gridId ?? state.communityId ?? state.streetId;
  useEffect(() => {
    if (!territoryId || names.has(territoryId)) return;
    const controller = new AbortController();
    orgApi.get(territoryId, controller.signal).then(
      (u) => {
        setNames((prev) => new Map([...prev, ...u.ancestors.map((a) => [a.id, a.name] as [string, string]), [u.id, u.name]]));
        setTerritoryPath((path) => (path[path.length - 1] === u.id && path.length > 1 ? path : [...u.ancestors.filter((a) => TERRITORY_KINDS.has(a.kind)).map((a) => a.id), u.id]));
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [territoryId, names]);
  const [territoryPath, setTerritoryPath] = useState<string[]>([]);
  // Follows the URL (a link, the back button) without undoing the path the user picked.
  useEffect(() => {
    setTerritoryPath((path) => (!territoryId ? (path.length ? [] : path) : path[path.length - 1] === territoryId ? path : [territoryId]));
  }, [territoryId]);

  const range = useMemo<[Dayjs, Dayjs]>(() => [dayjs(state.from), dayjs(state.to)], [state.from, state.to]);
  const today = dayjs().startOf('day');
  const presets = [
    { label: t('dashboard.preset.month'), value: [today.startOf('month'), today] as [Dayjs, Dayjs] },
    { label: t('dashboard.preset.quarter'), value: [today.month(Math.floor(today.month() / 3) * 3).startOf('month'), today] as [Dayjs, Dayjs] },
    { label: t('dashboard.preset.year'), value: [today.startOf('year'), today] as [Dayjs, Dayjs] },
    { label: t('dashboard.preset.last12'), value: [today.subtract(12, 'month').add(1, 'day'), today] as [Dayjs, Dayjs] },
  ];

  const categoryOptions = categories.top.map((c) => ({
    label: categories.label(c),
    options: [{ value: c.code, label: categories.label(c) }, ...categories.childrenOf(c.code).map((s) => ({ value: s.code, label: `${categories.label(c)} / ${categories.label(s)}` }))],
  }));

  return (
    <Space wrap size={[16, 8]} style={{ marginBottom: 16 }} data-testid="kpi-filters">
      <Space size={8}>
        <Typography.Text>{t('dashboard.period')}</Typography.Text>
        <DatePicker.RangePicker
          data-testid="kpi-period"
          allowClear={false}
          value={range}
          presets={presets}
          onChange={(value) => {
            if (value?.[0] && value[1]) onChange({ from: value[0].format(DATE), to: value[1].format(DATE) });
          }}
        />
      </Space>
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
      <Select
        data-testid="kpi-filter-category"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 180 }}
        placeholder={t('dashboard.filter.category')}
        value={state.category}
        onChange={(category?: string) => onChange({ category })}
        options={categoryOptions}
      />
      <Select
        data-testid="kpi-filter-channel"
        allowClear
        style={{ width: 150 }}
        placeholder={t('dashboard.filter.channel')}
        value={state.channel}
        onChange={(channel?: string) => onChange({ channel })}
        options={CHANNELS.map((c) => ({ value: c, label: t(channelKey(c)) }))}
      />
      <Cascader<TerritoryOption>
        data-testid="kpi-filter-territory"
        style={{ width: 260 }}
        placeholder={t('dashboard.filter.territory')}
        options={territory.options}
        loadData={territory.load}
        changeOnSelect
        value={territoryPath}
        displayRender={(labels) => labels.map((l) => (typeof l === 'string' ? (names.get(l) ?? l) : l)).join(' / ')}
        onChange={(path, selected) => {
          const list = (selected ?? []) as TerritoryOption[];
          const last = list[list.length - 1];
          setTerritoryPath((path ?? []) as string[]);
          onChange({ streetId: undefined, communityId: undefined, gridId: undefined, ...(last ? { [FIELD[last.kind] ?? 'streetId']: last.value } : {}) });
        }}
      />
      {people ? (
        <>
          <Select
            data-testid="kpi-filter-department"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 190 }}
            placeholder={t('dashboard.filter.department')}
            value={state.departmentId}
            onChange={(departmentId?: string) => onChange({ departmentId })}
            options={people.units.map((u) => ({ value: u.id, label: u.name }))}
          />
          <Select
            data-testid="kpi-filter-handler"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 170 }}
            placeholder={t('dashboard.filter.handler')}
            value={state.handlerId}
            onChange={(handlerId?: string) => onChange({ handlerId })}
            options={people.users.filter((u, i, all) => all.findIndex((x) => x.id === u.id) === i).map((u) => ({ value: u.id, label: `${u.displayName}（${u.unitName}）` }))}
          />
        </>
      ) : null}
      <Button icon={<ReloadOutlined />} onClick={onReload} loading={loading}>
        {t('dashboard.refresh')}
      </Button>
    </Space>
  );
}
