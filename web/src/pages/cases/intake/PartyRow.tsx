// One party of the intake form: role, person/organization, name and phone with lookup,
// ID number or USCC, address. A party picked from the lookup shows its masked values.
import { DeleteOutlined, LinkOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Segmented, Select, Space, Tag, Typography, type FormListFieldData } from 'antd';
import { PARTY_KINDS, PARTY_ROLES, type PartyKind, type PartyMatch } from '../../../api/caseTypes';
import { useT } from '../../../i18n';
import { partyKindKey, partyRoleKey } from '../shared/caseLabels';
import type { IntakeValues, PartyValues } from './intakeForm';
import { idNumberRule, partyNameRule, phoneRule, usccRule } from './partyRules';
import { PartyLookupInput } from './PartyLookupInput';

interface PartyRowProps {
  field: FormListFieldData;
  index: number;
  onRemove?: () => void;
  autoFocus?: boolean;
}

export function PartyRow({ field, index, onRemove, autoFocus }: PartyRowProps) {
  const t = useT();
  const form = Form.useFormInstance<IntakeValues>();
  // preserve: also the fields without a Form.Item (partyId, linked).
  const party = Form.useWatch(['parties', index], { form, preserve: true }) as PartyValues | undefined;
  const kind: PartyKind = party?.kind ?? 'person';
  const linked = party?.partyId ? party.linked : undefined;
  const path = (name: keyof PartyValues) => ['parties', index, name];

  const pick = (match: PartyMatch) => {
    form.setFieldValue(['parties', index], {
      role: party?.role ?? 'applicant',
      address: party?.address,
      kind: match.kind,
      name: match.name,
      partyId: match.partyId,
      linked: { idNumber: match.idNumber, phone: match.phone, uscc: match.uscc, caseCount: match.caseCount },
      idNumber: undefined,
      phone: undefined,
      uscc: undefined,
    } satisfies PartyValues);
    void form.validateFields([path('name')]);
  };

  const unlink = () =>
    form.setFieldValue(['parties', index], { role: party?.role ?? 'respondent', kind, name: party?.name, address: party?.address } satisfies PartyValues);

  return (
    <div className="intake-party" data-testid={`party-${index}`}>
      <Row gutter={12} align="top">
        <Col xs={12} md={5} lg={4}>
          <Form.Item name={[field.name, 'role']} label={t('intake.partyRole')}>
            <Select
              data-testid={`party-role-${index}`}
              options={PARTY_ROLES.map((role) => ({ value: role, label: t(partyRoleKey(role)) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={5} lg={4}>
          <Form.Item name={[field.name, 'kind']} label={t('intake.partyKind')}>
            <Segmented<PartyKind>
              block
              disabled={!!linked}
              options={PARTY_KINDS.map((value) => ({ value, label: t(partyKindKey(value)) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={7} lg={8}>
          <Form.Item
            name={[field.name, 'name']}
            label={kind === 'person' ? t('intake.personName') : t('intake.orgName')}
            rules={[partyNameRule(t, form, index), { max: 60 }]}
            required={party?.role === 'applicant'}
          >
            {linked ? (
              <Input readOnly data-testid={`party-name-${index}`} />
            ) : (
              <PartyLookupInput
                minLength={2}
                maxLength={60}
                autoFocus={autoFocus}
                onPick={pick}
                placeholder={t('intake.namePlaceholder')}
                data-testid={`party-name-${index}`}
              />
            )}
          </Form.Item>
        </Col>
        <Col xs={24} md={7} lg={8}>
          <Form.Item name={[field.name, 'phone']} label={t('intake.phone')} rules={linked ? [] : [phoneRule(t)]}>
            {linked ? (
              <Input readOnly placeholder={linked.phone ?? t('common.none')} data-testid={`party-phone-${index}`} />
            ) : (
              <PartyLookupInput
                minLength={7}
                maxLength={20}
                onPick={pick}
                placeholder={t('intake.phonePlaceholder')}
                data-testid={`party-phone-${index}`}
              />
            )}
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12} align="top">
        <Col xs={24} md={10} lg={8}>
          {kind === 'person' ? (
            <Form.Item name={[field.name, 'idNumber']} label={t('intake.idNumber')} rules={linked ? [] : [idNumberRule(t)]}>
              <Input
                readOnly={!!linked}
                placeholder={linked ? (linked.idNumber ?? t('common.none')) : t('intake.idNumberPlaceholder')}
                maxLength={18}
                autoComplete="off"
                data-testid={`party-id-${index}`}
              />
            </Form.Item>
          ) : (
            <Form.Item name={[field.name, 'uscc']} label={t('intake.uscc')} rules={linked ? [] : [usccRule(t)]}>
              <Input
                readOnly={!!linked}
                placeholder={linked ? (linked.uscc ?? t('common.none')) : t('intake.usccPlaceholder')}
                maxLength={18}
                autoComplete="off"
                data-testid={`party-uscc-${index}`}
              />
            </Form.Item>
          )}
        </Col>
        <Col xs={24} md={14} lg={16}>
          <Form.Item name={[field.name, 'address']} label={t('intake.partyAddress')} rules={[{ max: 200 }]}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <div className="intake-party-footer">
        {linked ? (
          <Space size={6} wrap>
            <Tag icon={<LinkOutlined />} color="blue">
              {t('intake.linkedParty')}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[linked.idNumber ?? linked.uscc, linked.phone].filter(Boolean).join(' · ')}
              {linked.caseCount > 0 ? ` · ${t('intake.lookupCaseCount', { count: linked.caseCount })}` : ''}
            </Typography.Text>
            <Button type="link" size="small" onClick={unlink} tabIndex={-1}>
              {t('intake.unlink')}
            </Button>
          </Space>
        ) : (
          <span />
        )}
        {onRemove ? (
          <Button type="text" size="small" danger icon={<DeleteOutlined />} onClick={onRemove} tabIndex={-1}>
            {t('intake.removeParty')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
