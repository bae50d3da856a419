// Mark a date as a holiday (休) or a make-up workday (班), or clear the mark.
import { App, Button, DatePicker, Form, Input, Modal, Popconfirm, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { calendarApi, type CalendarDay, type CalendarDayKind } from '../../../api/settings';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';

export interface DayModalState {
  date: string | null;
  existing: CalendarDay | null;
}

interface DayValues {
  date: Dayjs;
  kind: CalendarDayKind;
  name: string;
}

export function CalendarDayModal({ state, onClose, onSaved }: { state: DayModalState | null; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<DayValues>();
  const [saving, setSaving] = useState(false);
  const existing = state?.existing ?? null;

  const run = async (task: () => Promise<unknown>) => {
    setSaving(true);
    try {
      await task();
      void message.success(t('common.saved'));
      onSaved();
    } catch (error) {
      notify(error);
    } finally {
      setSaving(false);
    }
  };

  const submit = (values: DayValues) => run(() => calendarApi.put(values.date.format('YYYY-MM-DD'), values.kind, values.name.trim()));

  return (
    <Modal
      open={state !== null}
      title={existing ? t('calendar.editTitle') : t('calendar.addTitle')}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={[
        existing ? (
          <Popconfirm key="delete" title={t('calendar.deleteConfirm')} onConfirm={() => run(() => calendarApi.remove(existing.date))}>
            <Button danger disabled={saving} style={{ float: 'left' }}>
              {t('calendar.delete')}
            </Button>
          </Popconfirm>
        ) : null,
        <Button key="cancel" onClick={onClose} disabled={saving}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={saving} onClick={() => form.submit()}>
          {t('common.save')}
        </Button>,
      ]}
    >
      <Form<DayValues>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={{
          date: state?.date ? dayjs(state.date) : undefined,
          kind: existing?.kind ?? 'holiday',
          name: existing?.name ?? '',
        }}
      >
        <Form.Item name="date" label={t('calendar.date')} rules={[{ required: true, message: t('calendar.dateRequired') }]}>
          <DatePicker disabled={!!existing} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="kind" label={t('calendar.kind')}>
          <Radio.Group>
            <Radio value="holiday">{t('calendar.kind.holiday')}</Radio>
            <Radio value="workday">{t('calendar.kind.workday')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="name" label={t('calendar.name')} rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }, { max: 40 }]}>
          <Input maxLength={40} placeholder={t('calendar.namePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
