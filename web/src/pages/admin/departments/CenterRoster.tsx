// Table of the departments and stations of one center, with tier filters and editing.
import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { OrgUnit, StaffingTier } from '../../../api/types';
import { STAFFING_TIERS } from '../../../api/types';
import { tierLabel, TIER_COLORS, weekdaysLabel } from '../../../components/labels';
import { OrgKindIcon } from '../../../components/OrgKindIcon';
import { useT } from '../../../i18n';
import { DepartmentDrawer } from './DepartmentDrawer';
import { unitTypeLabel } from './unitType';
import { useCenterUnits } from './useCenterUnits';

type Filter = 'all' | StaffingTier;

export function CenterRoster({ centerId }: { centerId: string }) {
  const t = useT();
  const { units, loading, reload, replace } = useCenterUnits(centerId);
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<OrgUnit | null>(null);

  const counts = useMemo(() => {
    const result: Record<StaffingTier, number> = { resident: 0, rotating: 0, on_call: 0 };
    for (const unit of units) if (unit.staffingTier) result[unit.staffingTier] += 1;
    return result;
  }, [units]);

  const rows = filter === 'all' ? units : units.filter((unit) => unit.staffingTier === filter);

  const columns: TableColumnsType<OrgUnit> = [
    {
      title: t('org.name'),
      dataIndex: 'name',
      render: (_, unit) => (
        <span>
          <OrgKindIcon kind={unit.kind} /> {unit.name}
        </span>
      ),
    },
    { title: t('departments.type'), key: 'type', render: (_, unit) => unitTypeLabel(t, unit), width: 180 },
    {
      title: t('org.staffingTier'),
      key: 'tier',
      width: 120,
      render: (_, unit) =>
        unit.staffingTier ? (
          <Tag color={TIER_COLORS[unit.staffingTier]}>{tierLabel(t, unit.staffingTier)}</Tag>
        ) : (
          <Typography.Text type="secondary">{t('departments.tierUnset')}</Typography.Text>
        ),
    },
    {
      title: t('org.rosterWeekdays'),
      key: 'roster',
      render: (_, unit) => {
        if (unit.staffingTier === 'resident') return t('departments.everyWorkday');
        if (unit.staffingTier === 'on_call') return t('departments.onRequest');
        return weekdaysLabel(t, unit.rosterWeekdays) || <Typography.Text type="secondary">—</Typography.Text>;
      },
    },
    { title: t('org.code'), dataIndex: 'code', width: 160, responsive: ['lg'] },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, unit) => (
        <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(unit)}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Space style={{ marginBottom: 12, display: 'flex', justifyContent: 'space-between' }} wrap>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `${t('common.all')} ${units.length}` },
            ...STAFFING_TIERS.map((tier) => ({ value: tier, label: `${tierLabel(t, tier)} ${counts[tier]}` })),
          ]}
        />
        <Button icon={<ReloadOutlined />} onClick={() => void reload()} loading={loading}>
          {t('common.refresh')}
        </Button>
      </Space>
      <Table<OrgUnit>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('departments.empty') }}
      />
      <DepartmentDrawer
        unit={editing}
        onClose={() => setEditing(null)}
        onSaved={(unit) => {
          replace(unit);
          setEditing(null);
        }}
        onConflict={() => {
          setEditing(null);
          void reload();
        }}
      />
    </>
  );
}
