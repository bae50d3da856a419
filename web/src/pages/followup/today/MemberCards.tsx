// 家庭成员 on a phone: a compact card per member (name and relation on one line, the
// optional ID number and phone below), added one at a time. The format checks mirror
// the server's, so that a form kept offline is not refused later for a typo; what only
// the server knows (the same ID number twice) comes back on the member's own field.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select } from 'antd';
import { useT } from '../../../i18n';
import { idNumberRule, phoneRule } from '../../cases/intake/partyRules';
import { normalizeCode } from '../../cases/shared/validators';
import { relationOptions } from '../screening/MembersFields';

/** The API's limit of members per household. */
const MAX_MEMBERS = 20;

// What is sent is what was checked: ID numbers upper-case, no spaces in either.
const asCode = (value: string | undefined) => (value === undefined ? value : normalizeCode(value));
export const withoutSpaces = (value: string | undefined) => value?.replace(/\s+/g, '');

export function MemberCards() {
  const t = useT();
  return (
    <Form.List name="members">
      {(fields, { add, remove }) => (
        <div data-testid="member-cards">
          {fields.map((field, i) => (
            <div key={field.key} className="m-member" data-testid="member-card">
              <div className="m-member-head">
                <span>{t('screening.form.memberNo', { n: i + 1 })}</span>
                <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} data-testid="member-remove" />
              </div>
              <div className="m-member-row">
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: t('screening.create.required', { field: t('screening.form.memberName') }) }, { max: 30 }]}
                >
                  <Input size="large" maxLength={30} placeholder={t('screening.form.memberName')} aria-label={t('screening.form.memberName')} data-testid="member-name" />
                </Form.Item>
                <Form.Item name={[field.name, 'relation']}>
                  <Select size="large" options={relationOptions(t)} aria-label={t('screening.form.relation')} data-testid="member-relation" />
                </Form.Item>
              </div>
              <Form.Item name={[field.name, 'idNumber']} normalize={asCode} rules={[idNumberRule(t)]}>
                <Input size="large" maxLength={18} autoComplete="off" placeholder={t('screening.form.idNumberOptional')} aria-label={t('screening.form.idNumber')} data-testid="member-id-number" />
              </Form.Item>
              <Form.Item name={[field.name, 'phone']} normalize={withoutSpaces} rules={[phoneRule(t)]}>
                <Input size="large" type="tel" inputMode="tel" maxLength={20} autoComplete="off" placeholder={t('screening.form.phoneOptional')} aria-label={t('screening.form.phone')} data-testid="member-phone" />
              </Form.Item>
            </div>
          ))}
          <Button block size="large" type="dashed" icon={<PlusOutlined />} disabled={fields.length >= MAX_MEMBERS} onClick={() => add({ relation: 'spouse' })} data-testid="member-add">
            {t('screening.form.addMember')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
