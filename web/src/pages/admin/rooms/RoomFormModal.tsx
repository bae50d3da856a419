// Add a mediation room to a unit, or edit one's name, capacity, equipment and status.
import { App, Form, Input, InputNumber, Modal, Switch } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { sessionsApi, type Room } from '../../../api/sessions';
import { applyFieldErrors } from '../../../components/formErrors';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';

export type RoomModalState = { mode: 'create'; unitId: string; unitName: string } | { mode: 'edit'; room: Room } | null;

interface RoomValues {
  name: string;
  capacity: number;
  equipment?: string;
  active: boolean;
}

const FIELDS = ['name', 'capacity', 'equipment', 'active'] as const;

export function RoomFormModal({ state, onClose, onSaved }: { state: RoomModalState; onClose: () => void; onSaved: (room: Room) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<RoomValues>();
  const [saving, setSaving] = useState(false);

  const editing = state?.mode === 'edit' ? state.room : null;
  const title = editing
    ? t('rooms.editTitle', { name: editing.name })
    : state?.mode === 'create'
      ? t('rooms.addTitle', { unit: state.unitName })
      : '';

  const submit = async (values: RoomValues) => {
    if (!state) return;
    setSaving(true);
    const fields = { name: values.name.trim(), capacity: values.capacity, equipment: values.equipment?.trim() || null, active: values.active };
    try {
      const room = state.mode === 'edit' ? await sessionsApi.updateRoom(state.room.id, fields) : await sessionsApi.createRoom({ unitId: state.unitId, ...fields });
      void message.success(t('common.saved'));
      onSaved(room);
    } catch (error) {
      if (isApiError(error) && Object.keys(error.fields).length > 0) {
        applyFieldErrors(form, error, FIELDS).forEach((text) => void message.error(text));
      } else {
        notify(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const initial: RoomValues = editing
    ? { name: editing.name, capacity: editing.capacity, equipment: editing.equipment ?? undefined, active: editing.active }
    : { name: '', capacity: 8, active: true };

  return (
    <Modal
      open={state !== null}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ loading: saving }}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<RoomValues> form={form} layout="vertical" initialValues={initial} onFinish={submit} preserve={false}>
        <Form.Item name="name" label={t('rooms.name')} rules={[{ required: true, whitespace: true, message: t('rooms.nameRequired') }, { max: 40 }]}>
          <Input maxLength={40} placeholder={t('rooms.namePlaceholder')} data-testid="room-name" />
        </Form.Item>
        <Form.Item name="capacity" label={t('rooms.capacity')} rules={[{ required: true, message: t('rooms.capacityRequired') }]}>
          <InputNumber min={1} max={200} precision={0} suffix={t('rooms.people')} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="equipment" label={t('rooms.equipment')} rules={[{ max: 200 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} showCount placeholder={t('rooms.equipmentPlaceholder')} />
        </Form.Item>
        <Form.Item name="active" label={t('rooms.status')} valuePropName="checked" extra={t('rooms.activeHint')}>
          <Switch checkedChildren={t('rooms.active')} unCheckedChildren={t('rooms.inactive')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
