// Right panel: details of the selected unit, with the edit and add-child forms.
import { Card, Descriptions, Empty, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { orgApi } from '../../../api/org';
import type { OrgUnit, OrgUnitWithAncestors } from '../../../api/types';
import { departmentTypeLabel, kindLabel, tierLabel, TIER_COLORS, weekdaysLabel } from '../../../components/labels';
import { OrgKindIcon } from '../../../components/OrgKindIcon';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { AddChildForm } from './AddChildForm';
import { topDown } from './orgRules';
import { UnitEditForm } from './UnitEditForm';

interface UnitDetailsProps {
  unitId: string;
  /** Fresh data for the tree (name, childCount, version). */
  onLoaded: (unit: OrgUnit) => void;
  onChildCreated: (parentId: string, child: OrgUnit) => void;
}

export function UnitDetails({ unitId, onLoaded, onChildCreated }: UnitDetailsProps) {
  const t = useT();
  const notify = useErrorNotice();
  const [unit, setUnit] = useState<OrgUnitWithAncestors | null>(null);
  const [missing, setMissing] = useState(false);

  const load = useCallback(async () => {
    try {
      const fresh = await orgApi.get(unitId);
      setUnit(fresh);
      setMissing(false);
      onLoaded(fresh);
    } catch (error) {
      setMissing(true);
      notify(error);
    }
  }, [unitId, onLoaded, notify]);

  useEffect(() => {
    setUnit(null);
    void load();
  }, [load]);

  if (missing && !unit) return <Card variant="borderless"><Empty description={t('org.loadFailed')} /></Card>;
  if (!unit || unit.id !== unitId) return <Card variant="borderless"><Skeleton active /></Card>;

  const ancestors = topDown(unit.ancestors);
  const parent = ancestors[ancestors.length - 1];
  const isStaffed = unit.staffingTier !== undefined && unit.staffingTier !== null;

  const saved = (next: OrgUnit) => {
    setUnit({ ...next, ancestors: unit.ancestors });
    onLoaded(next);
  };

  return (
    <Card
      variant="borderless"
      title={
        <span>
          <OrgKindIcon kind={unit.kind} /> {unit.name}
          <Tag color="blue" style={{ marginLeft: 8 }}>
            {kindLabel(t, unit.kind)}
          </Tag>
        </span>
      }
    >
      {ancestors.length > 0 ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {t('org.belongsTo')}：{ancestors.map((ancestor) => ancestor.name).join(' / ')}
        </Typography.Paragraph>
      ) : null}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'name', label: t('org.name'), children: unit.name },
          { key: 'kind', label: t('org.kind'), children: kindLabel(t, unit.kind) },
          { key: 'code', label: t('org.code'), children: <Typography.Text copyable>{unit.code}</Typography.Text> },
          { key: 'parent', label: t('org.parent'), children: parent ? parent.name : t('org.topLevel') },
          { key: 'children', label: t('org.childCount'), children: unit.childCount },
          ...(unit.departmentType
            ? [{ key: 'type', label: t('org.departmentType'), children: departmentTypeLabel(t, unit.departmentType) }]
            : []),
          ...(isStaffed && unit.staffingTier
            ? [
                {
                  key: 'tier',
                  label: t('org.staffingTier'),
                  children: <Tag color={TIER_COLORS[unit.staffingTier]}>{tierLabel(t, unit.staffingTier)}</Tag>,
                },
              ]
            : []),
          ...(unit.staffingTier === 'rotating'
            ? [{ key: 'roster', label: t('org.rosterWeekdays'), children: weekdaysLabel(t, unit.rosterWeekdays) || '—' }]
            : []),
        ]}
      />
      <Tabs
        style={{ marginTop: 16 }}
        items={[
          {
            key: 'edit',
            label: t('org.editTab'),
            children: <UnitEditForm key={`${unit.id}:${unit.version}`} unit={unit} onSaved={saved} onConflict={() => void load()} />,
          },
          {
            key: 'add',
            label: t('org.addChildTab'),
            children: (
              <AddChildForm
                key={unit.id}
                parent={unit}
                onCreated={(child) => {
                  onChildCreated(unit.id, child);
                  void load();
                }}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
