// 家庭成员 as a form list (name, relation, ID number, phone). When editing a profile the
// stored ID numbers and phones are only known masked: they show as placeholders, and a
// field left empty keeps the stored value.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { RELATIONS } from '../../../api/householdProfiles';
import type { MemberInput } from '../../../api/screening';
import { type TFunction, useT } from '../../../i18n';

export interface MemberRow {
  id?: string;
  name?: string;
  relation?: string;
  idNumber?: string;
  phone?: string;
  /** the stored values, masked, shown as placeholders */
  maskedIdNumber?: string | null;
  maskedPhone?: string | null;
}

/** Rows of the form → members for the API: empty fields of stored members are left out (kept). */
export function membersFromRows(rows: MemberRow[] | undefined): MemberInput[] {
  return (rows ?? []).map((r) => {
    const idNumber = r.idNumber?.trim();
    const phone = r.phone?.trim();
    return {
      ...(r.id ? { id: r.id } : {}),
      name: (r.name ?? '').trim(),
      relation: r.relation ?? 'other',
      ...(idNumber ? { idNumber } : r.id ? {} : { idNumber: null }),
      ...(phone ? { phone } : r.id ? {} : { phone: null }),
    };
  });
}

/** The relations to the head of household, for a select (here and on the phone form). */
export function relationOptions(t: TFunction): { value: string; label: string }[] {
  return RELATIONS.map((r) => ({ value: r, label: t(`hp.relation.${r}`) }));
}

export function MembersFields() {
  const t = useT();
  const form = Form.useFormInstance();
  return (
    <Form.List name="members">
      {(fields, { add, remove }) => (
        <div data-testid="members-fields">
          {fields.map((field) => {
            const row = (form.getFieldValue(['members', field.name]) ?? {}) as MemberRow;
            return (
              <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
                <Form.Item name={[field.name, 'name']} rules={[{ required: true, message: t('screening.create.required', { field: t('screening.form.memberName') }) }]} style={{ marginBottom: 8 }}>
                  <Input placeholder={t('screening.form.memberName')} style={{ width: 110 }} maxLength={30} />
                </Form.Item>
                <Form.Item name={[field.name, 'relation']} initialValue="spouse" style={{ marginBottom: 8 }}>
                  <Select style={{ width: 140 }} options={relationOptions(t)} />
                </Form.Item>
                <Form.Item name={[field.name, 'idNumber']} style={{ marginBottom: 8 }}>
                  <Input placeholder={row.maskedIdNumber ?? t('screening.form.idNumber')} style={{ width: 190 }} maxLength={18} autoComplete="off" />
                </Form.Item>
                <Form.Item name={[field.name, 'phone']} style={{ marginBottom: 8 }}>
                  <Input placeholder={row.maskedPhone ?? t('screening.form.phone')} style={{ width: 140 }} maxLength={20} autoComplete="off" />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />
              </Space>
            );
          })}
          <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add({ relation: 'spouse' })} data-testid="member-add">
            {t('screening.form.addMember')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
