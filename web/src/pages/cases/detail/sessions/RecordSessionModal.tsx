// 记录调解结果: outcome, minutes and who came, during or after the session.
import { App, type ButtonProps, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type Attendance, type MediationSession, SESSION_OUTCOMES, type SessionOutcome, sessionsApi } from '../../../../api/sessions';
import { applyFieldErrors } from '../../../../components/formErrors';
import { isApiError } from '../../../../api/client';
import { useErrorNotice } from '../../../../components/useErrorNotice';
import { useT } from '../../../../i18n';
import { outcomeKey, sessionTime } from '../../../handling/sessionLabels';

interface Values {
  outcome: SessionOutcome;
  minutes: string;
  attendance: Record<string, Attendance>;
}

export function RecordSessionModal({ caseId, session, onClose, onDone }: { caseId: string; session: MediationSession | null; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!session) return;
    form.resetFields();
    form.setFieldsValue({
      outcome: session.outcome ?? undefined,
      minutes: session.minutes ?? '',
      attendance: Object.fromEntries(session.participants.map((p) => [String(p.ordinal), p.attendance === 'invited' ? 'present' : p.attendance])),
    });
  }, [session, form]);

  const submit = async () => {
    if (!session) return;
    const v = await form.validateFields();
    setSaving(true);
    try {
      await sessionsApi.record(caseId, session.id, {
        outcome: v.outcome,
        minutes: v.minutes,
        attendance: Object.entries(v.attendance ?? {}).map(([ordinal, attendance]) => ({ ordinal: Number(ordinal), attendance })),
        version: session.version,
      });
      void message.success(t('sessions.recorded'));
      onDone();
      onClose();
    } catch (error) {
      if (isApiError(error) && error.status === 400) applyFieldErrors(form, error, ['outcome', 'minutes']);
      notify(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={!!session}
      title={session ? t('sessions.recordTitle', { time: sessionTime(session) }) : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'session-record-submit' } as ButtonProps}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="outcome" label={t('sessions.outcome')} rules={[{ required: true, message: t('sessions.required') }]}>
          <Radio.Group data-testid="session-outcome">
            {SESSION_OUTCOMES.map((o) => (
              <Radio key={o} value={o} data-testid={`session-outcome-${o}`}>
                {t(outcomeKey(o))}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="minutes" label={t('sessions.minutes')} rules={[{ required: true, min: 2, message: t('sessions.required') }]}>
          <Input.TextArea data-testid="session-minutes" autoSize={{ minRows: 5, maxRows: 14 }} placeholder={t('sessions.minutesPlaceholder')} maxLength={20000} />
        </Form.Item>
        {session && session.participants.length > 0 ? (
          <Form.Item label={t('sessions.attendance')}>
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              {session.participants.map((p) => (
                <Space key={p.ordinal} style={{ width: '100%', justifyContent: 'space-between' }}>
                  <Typography.Text>
                    {p.name} <Typography.Text type="secondary">{t(`sessions.kind.${p.kind}`)}</Typography.Text>
                  </Typography.Text>
                  <Form.Item name={['attendance', String(p.ordinal)]} noStyle>
                    <Radio.Group
                      size="small"
                      optionType="button"
                      data-testid={`session-attendance-${p.ordinal}`}
                      options={[
                        { value: 'present', label: t('sessions.attendance.present') },
                        { value: 'absent', label: t('sessions.attendance.absent') },
                      ]}
                    />
                  </Form.Item>
                </Space>
              ))}
            </Space>
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
