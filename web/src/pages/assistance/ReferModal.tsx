// 转介帮扶: pick a kind of assistance, then one of the resources in use, and say why.
import { App, Empty, Form, Input, Modal, Segmented, Select, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { ASSISTANCE_KINDS, assistanceApi, type AssistanceKind, type AssistanceResource, type Referral } from '../../api/assistance';
import { isApiError } from '../../api/client';
import { applyFieldErrors } from '../../components/formErrors';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';

interface ReferValues {
  resourceId: string;
  reason: string;
}

export function ReferModal({ open, caseId, householdId, onClose, onDone }: { open: boolean; caseId?: string; householdId?: string; onClose: () => void; onDone: (r: Referral) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<ReferValues>();
  const [kind, setKind] = useState<AssistanceKind>('counselling');
  const [resources, setResources] = useState<AssistanceResource[] | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    assistanceApi
      .resources({ active: true }, controller.signal)
      .then((r) => setResources(r.items))
      .catch(notify);
    return () => controller.abort();
  }, [open, notify]);

  const options = useMemo(() => (resources ?? []).filter((r) => r.kind === kind), [resources, kind]);

  const submit = async (values: ReferValues) => {
    setSaving(true);
    try {
      const referral = await assistanceApi.refer({ resourceId: values.resourceId, caseId: caseId ?? null, householdId: householdId ?? null, reason: values.reason.trim() });
      void message.success(t('assistance.referred'));
      onDone(referral);
    } catch (error) {
      if (isApiError(error) && Object.keys(error.fields).length > 0) applyFieldErrors(form, error, ['resourceId', 'reason']).forEach((text) => void message.error(text));
      else notify(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={t('assistance.refer')} onCancel={onClose} onOk={() => form.submit()} okText={t('assistance.referOk')} okButtonProps={{ loading: saving }} destroyOnHidden mask={{ closable: false }}>
      <Segmented<AssistanceKind>
        block
        value={kind}
        onChange={(k) => {
          setKind(k);
          form.setFieldValue('resourceId', undefined);
        }}
        options={ASSISTANCE_KINDS.map((k) => ({ value: k, label: t(`assistance.kindShort.${k}`), title: t(`assistance.kind.${k}`) }))}
        style={{ marginBottom: 16 }}
        data-testid="refer-kind"
      />
      <Form<ReferValues> form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="resourceId" label={t('assistance.resource')} rules={[{ required: true, message: t('assistance.resourceRequired') }]}>
          <Select
            loading={resources === null}
            placeholder={t('assistance.resourcePlaceholder')}
            notFoundContent={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assistance.noResourceOfKind')} />}
            options={options.map((r) => ({
              value: r.id,
              label: (
                <div style={{ lineHeight: 1.35, padding: '2px 0' }}>
                  <div>{r.name}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.provider}
                    {r.contactPhone ? ` · ${r.contactPhone}` : ''}
                  </Typography.Text>
                </div>
              ),
            }))}
            labelRender={({ value }) => options.find((r) => r.id === value)?.name ?? ''}
            data-testid="refer-resource"
          />
        </Form.Item>
        <Form.Item name="reason" label={t('assistance.reason')} rules={[{ required: true, whitespace: true, message: t('assistance.reasonRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} showCount placeholder={t('assistance.reasonPlaceholder')} data-testid="refer-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
