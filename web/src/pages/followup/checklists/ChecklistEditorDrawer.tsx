// 发布新版本 of a 风险清单: a wide drawer pre-filled from the active version, a live check
// of the maximum score against the thresholds, and a confirmation that the new version
// is active at once. The form's fields are named as the API's, so a 400's field errors
// (items.2.answers.1.weight …) land beside the inputs they are about.
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Divider, Drawer, Form, Grid, Input, InputNumber, Row, Typography, type ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import { isApiError } from '../../../api/client';
import { type Checklist, riskApi } from '../../../api/risk';
import { DrawerFooter } from '../../../components/DrawerFooter';
import { setFieldErrors, toNamePath } from '../../../components/formErrors';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useLocale, useT } from '../../../i18n';
import { type ChecklistDraft, draftOf, formPathOf, reachable, sameAs, summarize, toPublishInput } from './checklistDraft';
import { ChecklistItemFields, newItem } from './ChecklistItemFields';
import { ChecklistSummary } from './ChecklistSummary';

/** The server's limit of items per checklist. */
const MAX_ITEMS = 50;
const SCROLL = { block: 'center' } as const;

interface Props {
  /** the active version the new one starts from; null: closed */
  base: Checklist | null;
  onClose: () => void;
  onPublished: (saved: Checklist) => void;
}

export function ChecklistEditorDrawer({ base, onClose, onPublished }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const { message, modal } = App.useApp();
  const notify = useErrorNotice();
  const narrow = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<ChecklistDraft>();
  const [saving, setSaving] = useState(false);
  const initial = useMemo(() => (base ? draftOf(base) : undefined), [base]);

  /** A duplicate flagged earlier may be gone now that another code changed: check those again. */
  const recheckDuplicates = () => {
    const duplicate = t('checklists.duplicateCode');
    const stale = form.getFieldsError().filter((f) => f.errors.includes(duplicate));
    if (stale.length) void form.validateFields(stale.map((f) => f.name)).catch(() => undefined);
  };

  const publish = async (checklist: Checklist, values: ChecklistDraft) => {
    setSaving(true);
    try {
      const saved = await riskApi.publish(toPublishInput(checklist.code, values));
      void message.success(t('checklists.published', { version: saved.version }));
      onPublished(saved);
    } catch (error) {
      if (isApiError(error) && Object.keys(error.fields).length > 0) {
        const entries: { name: (string | number)[]; errors: string[] }[] = [];
        for (const [field, text] of Object.entries(error.fields)) {
          const name = formPathOf(toNamePath(field));
          if (name) entries.push({ name, errors: [text] });
          else void message.error(text);
        }
        setFieldErrors(form, entries);
        if (entries[0]) {
          form.scrollToField(entries[0].name, SCROLL);
          void message.error(t('checklists.fixFields'));
        }
      } else notify(error);
    } finally {
      setSaving(false);
    }
  };

  /** Closing throws the draft away: asked first once anything was edited. */
  const close = () => {
    if (!form.isFieldsTouched()) return onClose();
    modal.confirm({
      title: t('checklists.discardTitle'),
      content: t('checklists.discardText'),
      okText: t('checklists.discardOk'),
      okButtonProps: { danger: true, 'data-testid': 'checklist-discard-ok' } as ButtonProps,
      cancelText: t('checklists.keepEditing'),
      onOk: onClose,
    });
  };

  const confirm = (values: ChecklistDraft) => {
    if (!base) return;
    if (sameAs(base, values)) {
      void message.info(t('common.noChanges'));
      return;
    }
    const s = summarize(values);
    modal.confirm({
      title: t('checklists.confirmTitle'),
      width: 480,
      content: (
        <>
          <Typography.Paragraph>{t('checklists.confirmText')}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {t('checklists.summary.max', { count: s.items, score: s.maxScore })} · {t('followup.policy.thresholds', { medium: s.medium ?? 0, high: s.high ?? 0 })}
          </Typography.Paragraph>
          {reachable(s, 'medium') === false || reachable(s, 'high') === false ? <Alert type="warning" showIcon title={t('checklists.confirmUnreachable')} /> : null}
        </>
      ),
      okText: t('checklists.confirmOk'),
      okButtonProps: { 'data-testid': 'checklist-confirm-ok' } as ButtonProps,
      cancelText: t('common.cancel'),
      onOk: () => publish(base, values),
    });
  };

  return (
    <Drawer
      open={base !== null}
      onClose={close}
      size={narrow ? '100%' : 1080}
      title={base ? t('checklists.editorTitle', { name: locale === 'en' ? base.nameEn : base.name }) : null}
      destroyOnHidden
      maskClosable={false}
      footer={<DrawerFooter onCancel={close} onSubmit={() => form.submit()} submitText={t('checklists.publish')} saving={saving} submitTestId="checklist-publish-submit" />}
    >
      {base ? (
        <Form<ChecklistDraft>
          form={form}
          layout="vertical"
          initialValues={initial}
          onFinish={confirm}
          onValuesChange={recheckDuplicates}
          scrollToFirstError={SCROLL}
          data-testid="checklist-editor"
        >
          <Alert type="info" showIcon title={t('checklists.editorHint', { version: base.version })} style={{ marginBottom: 16 }} />
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('checklists.name')} rules={[{ required: true, whitespace: true, message: t('checklists.required', { field: t('checklists.name') }) }]}>
                <Input maxLength={60} data-testid="checklist-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="nameEn" label={t('checklists.nameEn')} rules={[{ required: true, whitespace: true, message: t('checklists.required', { field: t('checklists.nameEn') }) }]}>
                <Input maxLength={100} data-testid="checklist-name-en" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name={['thresholds', 'medium']} label={t('checklists.thresholdMedium')} rules={[{ required: true, message: t('checklists.required', { field: t('checklists.thresholdMedium') }) }]}>
                <InputNumber min={1} max={100000} precision={0} suffix={t('checklists.pointsUnit')} style={{ width: '100%' }} data-testid="checklist-threshold-medium" />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name={['thresholds', 'high']}
                label={t('checklists.thresholdHigh')}
                dependencies={[['thresholds', 'medium']]}
                rules={[
                  { required: true, message: t('checklists.required', { field: t('checklists.thresholdHigh') }) },
                  ({ getFieldValue }) => ({
                    validator: async (_rule, high: number | null | undefined) => {
                      const medium = getFieldValue(['thresholds', 'medium']) as number | null | undefined;
                      if (typeof high === 'number' && typeof medium === 'number' && high <= medium) throw new Error(t('checklists.highAboveMedium'));
                    },
                  }),
                ]}
              >
                <InputNumber min={1} max={100000} precision={0} suffix={t('checklists.pointsUnit')} style={{ width: '100%' }} data-testid="checklist-threshold-high" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Typography.Paragraph type="secondary" style={{ marginTop: narrow ? 0 : 30 }}>
                {t('checklists.thresholdsHint')}
              </Typography.Paragraph>
            </Col>
          </Row>
          <div style={{ position: 'sticky', top: 0, zIndex: 3, marginBottom: 16 }}>
            <ChecklistSummary />
          </div>
          <Divider titlePlacement="start">{t('checklists.items')}</Divider>
          <Form.List
            name="items"
            rules={[
              {
                validator: async (_rule, list: unknown[] | undefined) => {
                  if (!list?.length) throw new Error(t('checklists.minItems'));
                },
              },
            ]}
          >
            {(fields, { add, remove, move }, { errors }) => (
              <>
                {fields.map((field, index) => (
                  <div key={field.key} style={{ marginBottom: 12 }}>
                    <ChecklistItemFields field={field} index={index} last={index === fields.length - 1} narrow={narrow} onMove={(to) => move(index, to)} onRemove={() => remove(field.name)} />
                  </div>
                ))}
                <Form.ErrorList errors={errors} />
                <Button
                  type="dashed"
                  block
                  icon={<PlusOutlined />}
                  disabled={fields.length >= MAX_ITEMS}
                  onClick={() => {
                    add(newItem());
                    // the new card is below the fold of a long list: bring it into view
                    requestAnimationFrame(() => document.getElementById(`checklist-item-${fields.length}`)?.scrollIntoView(SCROLL));
                  }}
                  data-testid="checklist-add-item"
                >
                  {t('checklists.addItem')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      ) : null}
    </Drawer>
  );
}
