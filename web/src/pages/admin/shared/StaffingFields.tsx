// Form items for a department's staffing tier (常驻/轮驻/随驻) and, for rotating
// staff, the weekdays of the duty roster. Must be rendered inside an antd <Form>.
import { Checkbox, Form, Radio } from 'antd';
import { STAFFING_TIERS, type StaffingTier } from '../../../api/types';
import { tierLabel, WEEKDAYS, weekdayKey } from '../../../components/labels';
import { useT } from '../../../i18n';

export interface StaffingValues {
  staffingTier?: StaffingTier | null;
  rosterWeekdays?: number[] | null;
}

/** The roster only means something for rotating staff. */
export function rosterFor(values: StaffingValues): number[] | null {
  if (values.staffingTier !== 'rotating') return null;
  return [...(values.rosterWeekdays ?? [])].sort((a, b) => a - b);
}

export function StaffingFields() {
  const t = useT();
  const form = Form.useFormInstance<StaffingValues>();
  const tier = Form.useWatch('staffingTier', form);

  return (
    <>
      <Form.Item name="staffingTier" label={t('org.staffingTier')} extra={tier ? t(`tierHint.${tier}`) : undefined}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={STAFFING_TIERS.map((value) => ({ value, label: tierLabel(t, value) }))}
        />
      </Form.Item>
      {tier === 'rotating' ? (
        <Form.Item
          name="rosterWeekdays"
          label={t('org.rosterWeekdays')}
          rules={[{ required: true, type: 'array', min: 1, message: t('org.rosterRequired') }]}
        >
          <Checkbox.Group
            options={WEEKDAYS.map((day) => {
              const key = weekdayKey(day);
              return { value: day, label: key ? t(key) : String(day) };
            })}
          />
        </Form.Item>
      ) : null}
    </>
  );
}
