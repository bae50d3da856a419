// The parties of the intake form (Form.List): at least one applicant; add or remove rows.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Space } from 'antd';
import type { PartyRole } from '../../../api/caseTypes';
import { useT } from '../../../i18n';
import { partyRoleKey } from '../shared/caseLabels';
import { emptyParty, type PartyValues } from './intakeForm';
import { PartyRow } from './PartyRow';

const ADDABLE: readonly PartyRole[] = ['applicant', 'respondent', 'third_party'];

export function PartyList() {
  const t = useT();
  return (
    <Form.List
      name="parties"
      rules={[
        {
          validator: async (_rule, parties: PartyValues[] | undefined) => {
            const hasApplicant = (parties ?? []).some((party) => party.role === 'applicant' && party.name?.trim());
            if (!hasApplicant) throw new Error(t('intake.applicantRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, index) => (
            <PartyRow
              key={field.key}
              field={field}
              index={index}
              autoFocus={index === 0}
              onRemove={fields.length > 1 ? () => remove(field.name) : undefined}
            />
          ))}
          <Form.ErrorList errors={errors} />
          <Space wrap style={{ marginTop: 4 }}>
            {ADDABLE.map((role) => (
              <Button key={role} icon={<PlusOutlined />} onClick={() => add(emptyParty(role))} data-testid={`party-add-${role}`}>
                {t('intake.addParty', { role: t(partyRoleKey(role)) })}
              </Button>
            ))}
          </Space>
        </>
      )}
    </Form.List>
  );
}
