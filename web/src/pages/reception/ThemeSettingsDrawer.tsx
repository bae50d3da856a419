// 接待日设置: the five themes of a center in one form — weekday, host department, slots,
// places per slot, note — saved at once; a 409 reloads what someone else saved.
import { Alert, App, Button, Col, Drawer, Form, Grid, Input, InputNumber, Row, Select, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/client';
import { receptionApi, type ThemeInput, type ThemeSettings } from '../../api/reception';
import { setFieldErrors, toNamePath } from '../../components/formErrors';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';
import { SLOT_PATTERN, THEME_COLORS, themeLabel, weekdayLabel } from './themeStyle';

interface Values {
  themes: Omit<ThemeInput, 'version' | 'theme'>[];
}

function toValues(settings: ThemeSettings): Values {
  return {
    themes: settings.themes.map((t, i) => ({
      weekday: t.weekday ?? i + 1,
      hostUnitId: t.hostUnitId ?? '',
      slots: t.slots,
      capacity: t.capacity,
      note: t.note ?? '',
    })),
  };
}

export function ThemeSettingsDrawer({ settings, open, onClose, onSaved }: { settings: ThemeSettings | null; open: boolean; onClose: () => void; onSaved: (next: ThemeSettings) => void }) {
  const t = useT();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const narrow = !Grid.useBreakpoint().md;
  const [form] = Form.useForm<Values>();
  const [current, setCurrent] = useState<ThemeSettings | null>(settings);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    if (open && settings) {
      setCurrent(settings);
      setProblems([]);
      form.setFieldsValue(toValues(settings));
    }
  }, [open, settings, form]);

  const save = async (values: Values) => {
    if (!current) return;
    setSaving(true);
    setProblems([]);
    try {
      const themes = values.themes.map((v, i) => ({ ...v, theme: current.themes[i]!.theme, note: v.note || null, version: current.themes[i]!.version }));
      const next = await receptionApi.saveThemes(current.center.id, themes);
      void message.success(t('reception.saved'));
      onSaved(next);
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        const fresh = error.details.current as ThemeSettings | undefined;
        if (fresh) {
          setCurrent(fresh);
          form.setFieldsValue(toValues(fresh));
        }
        void message.warning(t('common.conflictReloaded'));
      } else if (isApiError(error) && error.status === 400 && Object.keys(error.fields).length) {
        const onForm = Object.entries(error.fields).filter(([field]) => field.startsWith('themes.'));
        // A slot's message goes on the slots field of its theme.
        setFieldErrors(form, onForm.map(([field, text]) => ({ name: toNamePath(field).slice(0, 3), errors: [text] })));
        setProblems(Object.entries(error.fields).filter(([field]) => !field.startsWith('themes.')).map(([, text]) => text));
      } else notify(error);
    } finally {
      setSaving(false);
    }
  };

  const weekdays = [1, 2, 3, 4, 5].map((value) => ({ value, label: weekdayLabel(t, value) }));
  const hosts = (current?.hostOptions ?? []).map((h) => ({ value: h.id, label: h.name }));

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={narrow ? '100%' : 640}
      title={`${t('reception.settingsTitle')} · ${current?.center.name ?? ''}`}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid="reception-settings-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Alert type="info" showIcon title={t('reception.settingsHint')} style={{ marginBottom: 16 }} />
      {problems.length ? <Alert type="error" showIcon title={problems.join('；')} style={{ marginBottom: 16 }} /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={save} requiredMark={false}>
        <Form.List name="themes">
          {(fields) =>
            fields.map((field, i) => {
              const theme = current?.themes[i]?.theme;
              return (
                <div key={field.key} className="reception-settings-theme" data-testid={`reception-settings-${theme ?? i}`}>
                  <div className="reception-settings-head">
                    {theme ? <Tag color={THEME_COLORS[theme]}>{themeLabel(t, theme)}</Tag> : null}
                  </div>
                  <Row gutter={12}>
                    <Col xs={12} sm={6}>
                      <Form.Item name={[field.name, 'weekday']} label={t('reception.weekday')} rules={[{ required: true, message: t('reception.weekdayRequired') }]}>
                        <Select options={weekdays} data-testid={`reception-settings-weekday-${i}`} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={6}>
                      <Form.Item name={[field.name, 'capacity']} label={t('reception.capacity')} rules={[{ required: true }]}>
                        <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12}>
                      <Form.Item name={[field.name, 'hostUnitId']} label={t('reception.hostUnit')} rules={[{ required: true, message: t('reception.hostRequired') }]}>
                        <Select options={hosts} showSearch={{ optionFilterProp: 'label' }} />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.Item
                    name={[field.name, 'slots']}
                    label={t('reception.slots')}
                    rules={[
                      { required: true, type: 'array', min: 1, message: t('reception.slotsRequired') },
                      { validator: async (_, slots: string[] = []) => (slots.every((s) => SLOT_PATTERN.test(s)) ? undefined : Promise.reject(new Error(t('reception.slotFormat')))) },
                    ]}
                  >
                    <Select mode="tags" tokenSeparators={[',', '，', ' ']} placeholder={t('reception.slotsPlaceholder')} options={[]} notFoundContent={null} suffixIcon={null} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'note']} label={t('reception.note')}>
                    <Input maxLength={200} placeholder={t('reception.notePlaceholder')} />
                  </Form.Item>
                </div>
              );
            })
          }
        </Form.List>
      </Form>
    </Drawer>
  );
}
