// 帮扶需求 of a visit, one part of both visit forms (回访记录 on a phone, 登记回访 at the
// desk): a switch, the resources to refer the household to, one reason for all of them;
// and the mapping of these fields to the API's `assistance` list and back from its errors.
import { Checkbox, Form, Input, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { assistanceApi, type AssistanceResource } from '../../api/assistance';
import type { RecordVisitInput } from '../../api/followup';
import { useT } from '../../i18n';
import { SwitchRow } from './today/FormParts';
import './assistanceFields.css';

export interface AssistanceValues {
  assistanceOn?: boolean;
  assistanceIds?: string[];
  assistanceReason?: string;
}

/** The form's fields that API errors land on (through `assistanceField`). */
export const ASSISTANCE_FIELDS = ['assistanceIds', 'assistanceReason'] as const;

export const ASSISTANCE_INITIAL: AssistanceValues = { assistanceOn: false, assistanceIds: [] };

/** The referrals of the filled form: one per ticked resource, with the shared reason. */
export function assistanceBody(v: AssistanceValues): RecordVisitInput['assistance'] {
  if (!v.assistanceOn || !v.assistanceIds?.length) return undefined;
  const reason = v.assistanceReason?.trim() ?? '';
  return v.assistanceIds.map((resourceId) => ({ resourceId, reason }));
}

/** A referral's field of the API (`assistance.0.reason`) → the form's. */
export function assistanceField(field: string): string {
  return field.replace(/^assistance\.\d+\.reason$/, 'assistanceReason').replace(/^assistance\.\d+\.resourceId$/, 'assistanceIds');
}

/** The resources a visit may refer to (those in use); none when the catalogue cannot be loaded. */
export function useReferableResources(): { resources: AssistanceResource[]; loading: boolean } {
  const [state, setState] = useState<{ resources: AssistanceResource[]; loading: boolean }>({ resources: [], loading: true });
  useEffect(() => {
    const controller = new AbortController();
    assistanceApi
      .resources({ active: true }, controller.signal)
      .then((r) => setState({ resources: r.items, loading: false }))
      .catch(() => {
        if (!controller.signal.aborted) setState({ resources: [], loading: false }); // no catalogue: the form simply offers none
      });
    return () => controller.abort();
  }, []);
  return state;
}

interface Props {
  resources: readonly AssistanceResource[];
  /** the catalogue is still being fetched: the switch waits */
  loading?: boolean;
  /** 'phone': a switch row and big touch targets (the one-handed form); 'desk': a drawer's switch */
  layout: 'phone' | 'desk';
}

export function AssistanceFields({ resources, loading = false, layout }: Props) {
  const t = useT();
  const on = Form.useWatch<boolean | undefined>('assistanceOn', Form.useFormInstance());
  const none = !loading && resources.length === 0;
  const title = t('assistance.visit.title');
  const hint = none ? t('assistance.visit.none') : t('assistance.visit.hint');

  return (
    <>
      {layout === 'phone' ? (
        <SwitchRow name="assistanceOn" title={title} hint={hint} disabled={loading || none} testId="visit-assistance-on" />
      ) : (
        <div style={{ marginBottom: 12 }}>
          <Space>
            <Form.Item name="assistanceOn" valuePropName="checked" noStyle>
              <Switch disabled={loading || none} data-testid="visit-assistance-on" />
            </Form.Item>
            <span>{title}</span>
            <Typography.Text type="secondary">{hint}</Typography.Text>
          </Space>
        </div>
      )}
      {on ? (
        <>
          <Form.Item name="assistanceIds" style={{ marginTop: 8 }} rules={[{ required: true, type: 'array', min: 1, message: t('assistance.visit.required') }]}>
            <Checkbox.Group className="assistance-pick" data-testid="visit-assistance">
              {resources.map((r) => (
                <Checkbox key={r.id} value={r.id}>
                  <span className="assistance-pick-resource">
                    <span>
                      {r.name}
                      <span className="assistance-pick-sub"> · {t(`assistance.kindShort.${r.kind}`)}</span>
                    </span>
                    <span className="assistance-pick-sub">{r.provider}</span>
                  </span>
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
          <Form.Item name="assistanceReason" label={t('assistance.reason')} rules={[{ required: true, whitespace: true, message: t('assistance.reasonRequired') }, { max: 1000 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} placeholder={t('assistance.reasonPlaceholder')} data-testid="visit-assistance-reason" />
          </Form.Item>
        </>
      ) : null}
    </>
  );
}
