// 入户排查 on a phone: address, head of household, phone, members and the campaign's
// checklist. Like the visit form: a clientId per filled form, kept on the device without
// network — the whole body, members' ID numbers and phones as the head's phone.
import { Alert, App, Form, Input, Spin } from 'antd';
import { useState } from 'react';
import type { TodayScreening } from '../../../api/followup';
import type { CampaignDetail, ScreeningInput, ScreeningResult } from '../../../api/screening';
import { useT } from '../../../i18n';
import { newClientId } from '../../../offline/outbox';
import type { UseOutbox } from '../../../offline/useOutbox';
import { phoneRule } from '../../cases/intake/partyRules';
import { pickAnswers, RiskChecklistForm } from '../RiskChecklistForm';
import { levelKey } from '../riskLevel';
import { type MemberRow, membersFromRows } from '../screening/MembersFields';
import { FormHead, SubmitBar, useSubmitFailure } from './FormParts';
import { MemberCards, withoutSpaces } from './MemberCards';

interface Values {
  address: string;
  headName: string;
  headPhone?: string;
  members?: MemberRow[];
  answers?: Record<string, string>;
}

const FIELDS = ['address', 'headName', 'headPhone', 'members', 'answers'];

interface Props {
  task: TodayScreening;
  /** the campaign with its checklist (loaded with the list, so the form also works offline) */
  campaign: CampaignDetail | null | undefined;
  outbox: UseOutbox;
  onBack: () => void;
  onDone: () => void;
}

export function ScreeningForm({ task, campaign, outbox, onBack, onDone }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [clientId] = useState(newClientId);
  const [saving, setSaving] = useState(false);
  const failed = useSubmitFailure(form, FIELDS);

  const submit = async (values: Values) => {
    if (!campaign) return;
    const body: ScreeningInput = {
      clientId,
      gridId: task.gridId,
      address: values.address.trim(),
      headName: values.headName.trim(),
      headPhone: values.headPhone?.trim() || null,
      members: membersFromRows(values.members),
      answers: pickAnswers(campaign.checklist, values.answers),
    };
    setSaving(true);
    try {
      const result = await outbox.submit<ScreeningResult>({
        clientId,
        kind: 'screening',
        targetId: task.campaignId,
        body,
        title: `${body.headName} · ${body.address}`,
        createdAt: new Date().toISOString(),
      });
      if (result.status === 'queued') void message.info(t('mobile.screening.queued'));
      else void message.success(t('mobile.screening.savedLevel', { level: t(levelKey(result.response.screening.level)) }));
      onDone();
    } catch (error) {
      failed(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="m-today" data-testid="screening-form">
      <FormHead title={t('mobile.screening.title')} onBack={onBack} />
      <div className="m-form-subject">
        <div className="m-card-title" style={{ whiteSpace: 'normal' }}>
          {task.campaignName}
        </div>
        <div className="m-card-sub">
          <span>{t('mobile.screening.grid', { name: task.gridName })}</span>
          <span>{t('mobile.screeningProgress', { screened: task.screened, target: task.targetHouseholds })}</span>
        </div>
      </div>

      <Form<Values> form={form} layout="vertical" className="m-form" onFinish={(v) => void submit(v)} scrollToFirstError={{ block: 'center' }} requiredMark={false}>
        <div className="m-form-block">
          <Form.Item name="address" label={t('mobile.screening.address')} rules={[{ required: true, whitespace: true, message: t('mobile.screening.addressRequired') }, { max: 200 }]}>
            <Input size="large" maxLength={200} placeholder={t('mobile.screening.addressPlaceholder')} data-testid="screening-address" />
          </Form.Item>
          <Form.Item name="headName" label={t('mobile.screening.headName')} rules={[{ required: true, whitespace: true, message: t('mobile.screening.headNameRequired') }, { max: 30 }]}>
            <Input size="large" maxLength={30} data-testid="screening-head-name" />
          </Form.Item>
          <Form.Item name="headPhone" label={t('mobile.screening.headPhone')} normalize={withoutSpaces} rules={[phoneRule(t)]}>
            <Input size="large" type="tel" inputMode="tel" maxLength={20} data-testid="screening-head-phone" />
          </Form.Item>
        </div>
        <div className="m-form-block">
          <div className="m-section-title" style={{ marginTop: 0 }}>
            {t('screening.form.members')}
          </div>
          <div className="m-hint">{t('screening.form.membersHelp')}</div>
          <MemberCards />
          <div style={{ height: 12 }} />
        </div>
        <div className="m-form-block">
          <div className="m-section-title" style={{ marginTop: 0 }}>
            {t('mobile.screening.checklist')}
          </div>
          {campaign ? (
            <RiskChecklistForm checklist={campaign.checklist} name="answers" />
          ) : campaign === undefined ? (
            <Spin />
          ) : (
            <Alert type="warning" showIcon title={t('mobile.visit.checklistUnavailable')} />
          )}
          <div style={{ height: 12 }} />
        </div>
        <SubmitBar text={t('mobile.screening.submit')} saving={saving} disabled={!campaign} testId="screening-submit" />
      </Form>
    </div>
  );
}
