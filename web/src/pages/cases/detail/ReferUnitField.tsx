// 转办的接收单位 (optional): a court when referring to litigation, a department of the
// case's center when referring to a department; nothing to pick for arbitration.
import { Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import { agreementsApi } from '../../../api/agreements';
import type { ReferralDestination } from '../../../api/caseTypes';
import { orgApi } from '../../../api/org';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import type { ActionValues } from './actionForms';

type UnitOption = { value: string; label: string };

function loadUnits(destination: ReferralDestination, centerId: string, signal: AbortSignal): Promise<UnitOption[]> {
  const toOptions = (items: { id: string; name: string }[]) => items.map((unit) => ({ value: unit.id, label: unit.name }));
  if (destination === 'litigation') return agreementsApi.courts().then((page) => toOptions(page.items));
  return orgApi.byKind('department', centerId, signal).then((page) => toOptions(page.items));
}

export function ReferUnitField({ centerId }: { centerId: string }) {
  const t = useT();
  const notify = useErrorNotice();
  const form = Form.useFormInstance<ActionValues>();
  const destination = Form.useWatch('destination', form);
  const [options, setOptions] = useState<UnitOption[] | null>(null);
  const needsUnit = destination === 'litigation' || destination === 'department';

  useEffect(() => {
    // A unit picked for the other destination no longer applies.
    form.setFieldValue('unitId', undefined);
    setOptions(null);
    if (destination !== 'litigation' && destination !== 'department') return;
    const controller = new AbortController();
    loadUnits(destination, centerId, controller.signal).then(
      (items) => !controller.signal.aborted && setOptions(items),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setOptions([]);
        notify(error);
      },
    );
    return () => controller.abort();
  }, [destination, centerId, form, notify]);

  if (!needsUnit) return null;
  return (
    <Form.Item name="unitId" label={t('referUnit.label')} extra={t('referUnit.hint')}>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={options === null}
        placeholder={t(destination === 'litigation' ? 'referUnit.courtPlaceholder' : 'referUnit.departmentPlaceholder')}
        options={options ?? []}
        notFoundContent={options === null ? undefined : t('referUnit.none')}
        data-testid="refer-unit"
      />
    </Form.Item>
  );
}
