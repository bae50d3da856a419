// Select an org unit by typing part of its name; the value is { value: id, label: name }
// so that a known unit shows its name before any search.
import { Select, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import type { OrgKind } from '../api/types';
import { useT } from '../i18n';
import { kindLabel } from './labels';
import { OrgKindIcon } from './OrgKindIcon';
import { ancestorPath, useOrgSearch } from './useOrgSearch';

export interface UnitValue {
  value: string;
  label: string;
}

interface UnitPickerProps {
  value?: UnitValue | null;
  onChange?: (value: UnitValue | null) => void;
  placeholder?: string;
  /** Only offer units of these kinds. */
  kinds?: readonly OrgKind[];
  /** Ask the server for units of this kind only (GET /api/org/units?kind=). */
  searchKind?: OrgKind;
  'data-testid'?: string;
  id?: string;
  status?: 'error' | 'warning';
}

export function UnitPicker({ value, onChange, placeholder, kinds, searchKind, id, status, ...rest }: UnitPickerProps) {
  const t = useT();
  const { results, loading, search } = useOrgSearch(20, searchKind);

  const options = useMemo(
    () =>
      results
        .filter((unit) => !kinds || kinds.includes(unit.kind))
        .map((unit) => ({
          value: unit.id,
          label: unit.name,
          display: (
            <div style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.35, padding: '2px 0' }}>
              <span>
                <OrgKindIcon kind={unit.kind} /> {unit.name}
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
    [results, kinds, t],
  );

  return (
    <Select<UnitValue | null>
      id={id}
      data-testid={rest['data-testid']}
      status={status}
      labelInValue
      allowClear
      value={value ?? null}
      placeholder={placeholder ?? t('unitPicker.placeholder')}
      showSearch={{ filterOption: false, onSearch: search }}
      optionRender={(option) => option.data.display}
      notFoundContent={loading ? <Spin size="small" /> : t('unitPicker.empty')}
      options={options}
      onChange={(next) => onChange?.(next ? { value: next.value, label: String(next.label) } : null)}
      style={{ width: '100%' }}
    />
  );
}
