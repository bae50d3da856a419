// Dynamic list of role assignments (role + org unit) for the user form.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Row, Select } from 'antd';
import { ROLES, type Role } from '../../../api/types';
import { roleLabelKey } from '../../../auth';
import { UnitPicker } from '../../../components/UnitPicker';
import { useT } from '../../../i18n';

export function RoleListField() {
  const t = useT();
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(roleLabelKey(role)) }));

  return (
    <Form.List
      name="roles"
      rules={[
        {
          validator: async (_, value: unknown[] | undefined) => {
            if (!value || value.length === 0) throw new Error(t('users.rolesRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('users.roles')} required>
          {fields.map((field) => (
            <Row key={field.key} gutter={8} wrap={false} align="top">
              <Col flex="180px">
                <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: t('users.roleRequired') }]}>
                  <Select<Role> placeholder={t('users.rolePlaceholder')} options={roleOptions} />
                </Form.Item>
              </Col>
              <Col flex="auto" style={{ minWidth: 0 }}>
                <Form.Item name={[field.name, 'unitId']} rules={[{ required: true, message: t('users.unitRequired') }]}>
                  <UnitPicker />
                </Form.Item>
              </Col>
              <Col flex="32px">
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('common.remove')}
                  disabled={fields.length <= 1}
                />
              </Col>
            </Row>
          ))}
          <Button type="dashed" onClick={() => add({})} icon={<PlusOutlined />} block>
            {t('users.addRole')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}
