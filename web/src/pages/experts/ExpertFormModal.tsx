// Add an expert to the pool (admin) or edit a profile (admin, director); the account link is the admin's.
import { App, Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Switch } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { EXPERT_KINDS, expertsApi, SERVICE_MODES, type Expert, type ExpertInput } from '../../api/experts';
import { applyFieldErrors } from '../../components/formErrors';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';
import { useCategories } from '../cases/shared/useCategories';
import { expertKindKey, expertModeKey } from './expertLabels';

export type ExpertModalState = { mode: 'create' } | { mode: 'edit'; expert: Expert } | null;

type Values = Required<Pick<ExpertInput, 'name' | 'kind' | 'specialties' | 'serviceModes'>> & {
  gender?: 'M' | 'F' | null;
  organization?: string;
  years?: number | null;
  bio?: string;
  active: boolean;
  available: boolean;
  availabilityNote?: string;
  maxOpenCases: number;
  userId?: string;
};

const FIELDS = ['name', 'gender', 'kind', 'organization', 'specialties', 'serviceModes', 'years', 'bio', 'active', 'available', 'availabilityNote', 'maxOpenCases', 'userId'] as const;
const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);

interface ExpertFormModalProps {
  state: ExpertModalState;
  isAdmin: boolean;
  onClose: () => void;
  onSaved: (expert: Expert) => void;
}

export function ExpertFormModal({ state, isAdmin, onClose, onSaved }: ExpertFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const categories = useCategories();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const editing = state?.mode === 'edit' ? state.expert : null;

  const submit = async (values: Values) => {
    setSaving(true);
    const input: ExpertInput = {
      name: values.name.trim(),
      gender: values.gender ?? null,
      kind: values.kind,
      organization: text(values.organization),
      specialties: values.specialties,
      serviceModes: values.serviceModes,
      years: values.years ?? null,
      bio: text(values.bio),
      active: values.active,
      available: values.available,
      availabilityNote: text(values.availabilityNote),
      maxOpenCases: values.maxOpenCases,
      ...(isAdmin ? { userId: text(values.userId) } : {}),
    };
    try {
      const saved = editing ? await expertsApi.update(editing.id, { ...input, version: editing.version }) : await expertsApi.create(input);
      void message.success(editing ? t('common.saved') : t('experts.created', { name: saved.name }));
      onSaved(saved);
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        void message.warning(t('common.conflictReloaded'));
        const fresh = (error.details.current as Expert | undefined) ?? null;
        if (fresh) onSaved(fresh);
      } else if (isApiError(error) && Object.keys(error.fields).length > 0) {
        applyFieldErrors(form, error, FIELDS).forEach((line) => void message.error(line));
      } else {
        notify(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const initial: Partial<Values> = editing
    ? {
        name: editing.name,
        gender: editing.gender,
        kind: editing.kind,
        organization: editing.organization ?? undefined,
        specialties: editing.specialties,
        serviceModes: editing.serviceModes,
        years: editing.years,
        bio: editing.bio ?? undefined,
        active: editing.active,
        available: editing.available,
        availabilityNote: editing.availabilityNote ?? undefined,
        maxOpenCases: editing.maxOpenCases,
        userId: editing.userId ?? undefined,
      }
    : { active: true, available: true, maxOpenCases: 5, serviceModes: ['online', 'offline'], specialties: [] };

  return (
    <Modal
      open={state !== null}
      width={720}
      title={editing ? t('experts.editTitle', { name: editing.name }) : t('experts.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: saving }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit} preserve={false}>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label={t('experts.name')} rules={[{ required: true, whitespace: true, message: t('experts.nameRequired') }, { max: 40 }]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t('experts.kind')} rules={[{ required: true, message: t('experts.kindRequired') }]}>
              <Select options={EXPERT_KINDS.map((value) => ({ value, label: t(expertKindKey(value)) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="gender" label={t('experts.gender')}>
              <Radio.Group options={[{ value: 'M', label: t('expertGender.M') }, { value: 'F', label: t('expertGender.F') }]} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="years" label={t('experts.years')}>
              <InputNumber min={0} max={70} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="organization" label={t('experts.organization')} rules={[{ max: 100 }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="specialties" label={t('experts.specialties')} rules={[{ required: true, type: 'array', min: 1, message: t('experts.specialtiesRequired') }]}>
              <Select mode="multiple" options={categories.top.map((c) => ({ value: c.code, label: categories.label(c) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="serviceModes" label={t('experts.modes')} rules={[{ required: true, type: 'array', min: 1, message: t('experts.modesRequired') }]}>
              <Select mode="multiple" options={SERVICE_MODES.map((value) => ({ value, label: t(expertModeKey(value)) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="maxOpenCases" label={t('experts.maxOpenCases')} rules={[{ required: true }]}>
              <InputNumber min={1} max={50} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="available" label={t('experts.status')} valuePropName="checked">
              <Switch checkedChildren={t('experts.available')} unCheckedChildren={t('experts.unavailable')} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="active" label={t('experts.active')} valuePropName="checked">
              <Switch checkedChildren={t('experts.activeYes')} unCheckedChildren={t('experts.inactive')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="availabilityNote" label={t('experts.note')} rules={[{ max: 200 }]}>
              <Input maxLength={200} placeholder={t('experts.notePlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="bio" label={t('experts.bio')} rules={[{ max: 1000 }]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount />
            </Form.Item>
          </Col>
          {isAdmin ? (
            <Col span={24}>
              <Form.Item name="userId" label={t('experts.accountId')} extra={t('experts.accountHint')}>
                <Input maxLength={36} allowClear />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </Modal>
  );
}
