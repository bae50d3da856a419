// Several streets, communities or grids, found by typing part of a name (属地 condition).
import { Select, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { kindLabel } from '../../../components/labels';
import { ancestorPath, useOrgSearch } from '../../../components/useOrgSearch';
import { useT } from '../../../i18n';
import type { UnitOption } from './ruleForm';

const KINDS = ['street', 'town', 'community', 'grid'];

export function TerritorySelect({ value, onChange, id }: { value?: UnitOption[]; onChange?: (value: UnitOption[]) => void; id?: string }) {
  const t = useT();
  const { results, loading, search } = useOrgSearch(20);
  const options = useMemo(
    () =>
      results
        .filter((unit) => KINDS.includes(unit.kind))
        .map((unit) => ({
          value: unit.id,
          label: unit.name,
          display: (
            <div style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.35 }}>
              <span>
                {unit.name}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                  {kindLabel(t, unit.kind)}
                </Typography.Text>
              </span>
              {unit.ancestors.length > 0 ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                  {ancestorPath(unit)}
                </Typography.Text>
              ) : null}
            </div>
          ),
        })),
    [results, t],
  );
  return (
    <Select<UnitOption[]>
      id={id}
      mode="multiple"
      labelInValue
      allowClear
      value={value ?? []}
      placeholder={t('routingRules.field.territoryPlaceholder')}
      showSearch={{ filterOption: false, onSearch: search }}
      optionRender={(option) => option.data.display}
      notFoundContent={loading ? <Spin size="small" /> : t('unitPicker.empty')}
      options={options}
      onChange={(next) => onChange?.(next.map((unit) => ({ value: unit.value, label: String(unit.label) })))}
      data-testid="rule-territory"
      style={{ width: '100%' }}
    />
  );
}
