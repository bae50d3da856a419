// 安排调解 / 改期: mode and place, start and duration, and who is invited (the case's handler,
// the experts who accepted, the parties). A 409 lists every clash; a 400 marks the fields.
import { Alert, App, type ButtonProps, Checkbox, Form, Input, Modal, Radio, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { isApiError } from '../../../../api/client';
import { type CaseSessions, type MediationSession, type Room, SESSION_MODES, type SessionConflict, type SessionInput, type SessionMode, sessionsApi } from '../../../../api/sessions';
import { CENTER_UTC_OFFSET_MINUTES, formatCenterTime } from '../../../../components/centerTime';
import { applyFieldErrors } from '../../../../components/formErrors';
import { useErrorNotice } from '../../../../components/useErrorNotice';
import { useT } from '../../../../i18n';
import { modeKey } from '../../../handling/sessionLabels';

interface Values {
  mode: SessionMode;
  roomId?: string;
  place?: string;
  onlineUrl?: string;
  startsAt: string;
  duration: number;
  staff: string[];
  experts: string[];
  parties: string[];
}

const DURATIONS = [30, 60, 90, 120, 180, 240];

/** datetime-local value ("2026-12-01T09:30") in center time ↔ ISO instant. */
const toIso = (local: string) => `${local}:00+08:00`;
const toLocal = (iso: string) => dayjs(iso).utcOffset(CENTER_UTC_OFFSET_MINUTES).format('YYYY-MM-DDTHH:mm');

function defaults(info: CaseSessions, session: MediationSession | null, now: Date): Values {
  if (session) {
    const ids = (k: 'staff' | 'expert' | 'party') => session.participants.filter((p) => p.kind === k).map((p) => (k === 'staff' ? p.userId : k === 'expert' ? p.expertId : p.partyId)!);
    return {
      mode: session.mode,
      roomId: session.roomId ?? undefined,
      place: session.mode === 'center' || session.mode === 'online' ? undefined : (session.place ?? undefined),
      onlineUrl: session.onlineUrl ?? undefined,
      startsAt: toLocal(session.startsAt),
      duration: Math.round((new Date(session.endsAt).getTime() - new Date(session.startsAt).getTime()) / 60_000),
      staff: ids('staff'),
      experts: ids('expert'),
      parties: ids('party'),
    };
  }
  // Tomorrow 09:00, center time.
  const tomorrow = dayjs(now).utcOffset(CENTER_UTC_OFFSET_MINUTES).add(1, 'day').format('YYYY-MM-DD');
  return {
    mode: 'center',
    startsAt: `${tomorrow}T09:00`,
    duration: 60,
    staff: info.invitable.staff.slice(0, 1).map((s) => s.userId),
    experts: info.invitable.experts.map((e) => e.expertId),
    parties: info.invitable.parties.map((p) => p.partyId),
  };
}

export function ScheduleSessionModal({
  open,
  caseId,
  caseCode,
  info,
  session,
  onClose,
  onDone,
}: {
  open: boolean;
  caseId: string;
  caseCode: string;
  info: CaseSessions;
  /** the session being moved, or null for a new one */
  session: MediationSession | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<Values>();
  const [rooms, setRooms] = useState<Room[]>([]);
  const [conflicts, setConflicts] = useState<SessionConflict[]>([]);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const mode = Form.useWatch('mode', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(defaults(info, session, new Date()));
    setConflicts([]);
    setOtherErrors([]);
    const controller = new AbortController();
    sessionsApi
      .rooms(info.centerId, controller.signal)
      .then((r) => setRooms(r.items.filter((x) => x.active)))
      .catch(notify);
    return () => controller.abort();
  }, [open, info, session, form, notify]);

  const submit = async () => {
    const v = await form.validateFields();
    const startsAt = toIso(v.startsAt);
    const body: SessionInput = {
      mode: v.mode,
      roomId: v.mode === 'center' ? (v.roomId ?? null) : null,
      place: v.mode === 'circuit' || v.mode === 'enterprise_station' ? (v.place ?? null) : null,
      onlineUrl: v.mode === 'online' ? (v.onlineUrl ?? null) : null,
      startsAt,
      endsAt: new Date(new Date(startsAt).getTime() + v.duration * 60_000).toISOString(),
      participants: [
        ...v.staff.map((userId) => ({ kind: 'staff' as const, userId })),
        ...v.experts.map((expertId) => ({ kind: 'expert' as const, expertId })),
        ...v.parties.map((partyId) => ({ kind: 'party' as const, partyId })),
      ],
    };
    setSaving(true);
    setConflicts([]);
    setOtherErrors([]);
    try {
      if (session) await sessionsApi.reschedule(caseId, session.id, { ...body, version: session.version });
      else await sessionsApi.schedule(caseId, body);
      void message.success(t(session ? 'sessions.rescheduled' : 'sessions.scheduled'));
      onDone();
      onClose();
    } catch (error) {
      if (isApiError(error) && error.code === 'session_conflict') setConflicts((error.details.conflicts as SessionConflict[]) ?? []);
      else if (isApiError(error) && error.status === 400) {
        // The API names the time and place fields as the form does; participants.N go above the form.
        setOtherErrors(applyFieldErrors(form, error, ['mode', 'roomId', 'place', 'onlineUrl', 'startsAt']));
        if (error.fields.endsAt) form.setFields([{ name: 'duration', errors: [error.fields.endsAt] }]);
        if (error.fields.unitId) form.setFields([{ name: 'place', errors: [error.fields.unitId] }]);
      } else notify(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t(session ? 'sessions.rescheduleTitle' : 'sessions.scheduleTitle', { code: caseCode })}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'session-submit' } as ButtonProps}
      width={620}
      destroyOnHidden
    >
      {conflicts.length > 0 ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="session-conflicts"
          title={t('sessions.conflictTitle')}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {conflicts.map((c, i) => (
                <li key={i}>
                  {c.caseCode
                    ? t('sessions.conflictLine', { kind: t(`sessions.conflictKind.${c.kind}`), name: c.name, code: c.caseCode, from: formatCenterTime(c.startsAt), to: formatCenterTime(c.endsAt, 'HH:mm') })
                    : t('sessions.conflictSame', { kind: t(`sessions.conflictKind.${c.kind}`), name: c.name })}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {otherErrors.length > 0 ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={otherErrors.join('；')} /> : null}
      <Form form={form} layout="vertical" requiredMark={false} size="middle">
        <Form.Item name="mode" label={t('sessions.mode')}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="session-mode" options={SESSION_MODES.map((m) => ({ value: m, label: t(modeKey(m)) }))} />
        </Form.Item>
        {mode === 'center' ? (
          <Form.Item name="roomId" label={t('sessions.room')} rules={[{ required: true, message: t('sessions.roomPlaceholder') }]}>
            <Select
              data-testid="session-room"
              placeholder={t('sessions.roomPlaceholder')}
              options={rooms.map((r) => ({ value: r.id, label: `${r.name}（${r.capacity}人${r.equipment ? ` · ${r.equipment}` : ''}）` }))}
            />
          </Form.Item>
        ) : null}
        {mode === 'circuit' || mode === 'enterprise_station' ? (
          <Form.Item name="place" label={t('sessions.place')} rules={[{ required: true, message: t('sessions.required') }]}>
            <Input data-testid="session-place" placeholder={t(mode === 'circuit' ? 'sessions.placeCircuit' : 'sessions.placeStation')} maxLength={200} />
          </Form.Item>
        ) : null}
        {mode === 'online' ? (
          <Form.Item name="onlineUrl" label={t('sessions.onlineUrl')} rules={[{ required: true, message: t('sessions.required') }]}>
            <Input data-testid="session-url" placeholder="https://" maxLength={500} />
          </Form.Item>
        ) : null}
        <Space size={12} wrap>
          <Form.Item name="startsAt" label={t('sessions.startsAt')} rules={[{ required: true, message: t('sessions.required') }]}>
            <Input type="datetime-local" data-testid="session-starts-at" style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="duration" label={t('sessions.duration')}>
            <Select
              data-testid="session-duration"
              style={{ width: 140 }}
              options={DURATIONS.map((m) => ({ value: m, label: m < 60 || m % 60 ? t('sessions.minutesShort', { m }) : t('sessions.hoursShort', { h: m / 60 }) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="staff" label={t('sessions.staff')} rules={[{ required: true, type: 'array', min: 1, message: t('sessions.required') }]}>
          <Checkbox.Group data-testid="session-staff" options={info.invitable.staff.map((s) => ({ value: s.userId, label: s.name }))} />
        </Form.Item>
        <Form.Item name="experts" label={t('sessions.experts')} extra={info.invitable.experts.length === 0 ? t('sessions.noExperts') : undefined}>
          <Checkbox.Group data-testid="session-experts" options={info.invitable.experts.map((e) => ({ value: e.expertId, label: e.name }))} />
        </Form.Item>
        <Form.Item name="parties" label={t('sessions.parties')}>
          <Checkbox.Group data-testid="session-parties" options={info.invitable.parties.map((p) => ({ value: p.partyId, label: p.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
