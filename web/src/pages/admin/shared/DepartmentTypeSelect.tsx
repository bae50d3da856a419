import { Select } from 'antd';
import { DEPARTMENT_TYPES } from '../../../api/types';
import { departmentTypeLabel } from '../../../components/labels';
import { useT } from '../../../i18n';

interface DepartmentTypeSelectProps {
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
}

export function DepartmentTypeSelect({ value, onChange, id }: DepartmentTypeSelectProps) {
  const t = useT();
  return (
    <Select<string>
      id={id}
      value={value}
      onChange={onChange}
      placeholder={t('org.departmentTypePlaceholder')}
      options={DEPARTMENT_TYPES.map((type) => ({ value: type, label: departmentTypeLabel(t, type) }))}
    />
  );
}
