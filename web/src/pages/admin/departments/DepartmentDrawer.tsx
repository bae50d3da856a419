// Drawer for editing a department or station of a center.
import { Drawer, Grid, Typography } from 'antd';
import type { OrgUnit } from '../../../api/types';
import { useT } from '../../../i18n';
import { DepartmentEditForm } from './DepartmentEditForm';
import { unitTypeLabel } from './unitType';

interface DepartmentDrawerProps {
  unit: OrgUnit | null;
  onClose: () => void;
  onSaved: (unit: OrgUnit) => void;
  onConflict: () => void;
}

export function DepartmentDrawer({ unit, onClose, onSaved, onConflict }: DepartmentDrawerProps) {
  const t = useT();
  const narrow = Grid.useBreakpoint().sm === false;
  return (
    <Drawer open={!!unit} onClose={onClose} size={narrow ? '100%' : 460} title={unit ? unit.name : t('departments.editTitle')} destroyOnHidden>
      {unit ? (
        <>
          <Typography.Paragraph type="secondary">
            {t('departments.editTitle')} · {unitTypeLabel(t, unit)} · {t('org.code')} {unit.code}
          </Typography.Paragraph>
          <DepartmentEditForm
            key={`${unit.id}:${unit.version}`}
            unit={unit}
            onCancel={onClose}
            onSaved={onSaved}
            onConflict={onConflict}
          />
        </>
      ) : null}
    </Drawer>
  );
}
