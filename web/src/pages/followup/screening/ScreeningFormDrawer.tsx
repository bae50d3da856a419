// 登记入户排查 at the desk: grid, address, head of household, members and the campaign's
// checklist. One clientId per filled form: a double click or a re-send is recognised by
// the server and answered with the first result. The checklist form is the follow-up module's.
import { Alert, Button, Divider, Drawer, Form, Grid, Input, Result, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../../api/client';
import { type CampaignDetail, type CoverageRow, screeningApi, type ScreeningResult } from '../../../api/screening';
import { applyFieldErrors } from '../../../components/formErrors';
import { DrawerFooter } from '../../../components/DrawerFooter';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { newClientId } from '../../../offline/outbox';
import { RiskChecklistForm } from '../RiskChecklistForm';
import { LevelTag } from './labels';
import { type MemberRow, MembersFields, membersFromRows } from './MembersFields';

interface Values {
  gridId: string;
  address: string;
  headName: string;
  headPhone?: string;
  members?: MemberRow[];
  answers: Record<string, string>;
}

const FIELDS = ['gridId', 'address', 'headName', 'headPhone', 'members', 'answers'];

export function ScreeningFormDrawer({ campaign, grids, open, onClose, onSaved }: { campaign: CampaignDetail; grids: CoverageRow[]; open: boolean; onClose: () => void; onSaved: () => void }) {
  const t = useT();
  const notify = useErrorNotice();
  const narrow = Grid.useBreakpoint().md === false;
  const [form] = Form.useForm<Values>();
  const [clientId, setClientId] = useState(() => newClientId());
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<ScreeningResult | null>(null);

  // A fresh form (and clientId) each time the drawer opens; not when the page reloads behind it.
  useEffect(() => {
    if (!open) return;
    setResult(null);
    setClientId(newClientId());
  }, [open]);

  useEffect(() => {
    if (open && grids.length === 1 && !form.getFieldValue('gridId')) form.setFieldsValue({ gridId: grids[0]!.unitId });
  }, [open, grids, form]);

  const submit = async (v: Values) => {
    setSaving(true);
    try {
      const r = await screeningApi.record(campaign.id, {
        clientId,
        gridId: v.gridId,
        address: v.address,
        headName: v.headName,
        headPhone: v.headPhone?.trim() || null,
        members: membersFromRows(v.members),
        answers: v.answers,
      });
      setResult(r);
      onSaved();
    } catch (error) {
      if (isApiError(error) && error.status === 400) {
        const rest = applyFieldErrors(form, error, FIELDS);
        if (rest.length) notify(error);
      } else notify(error);
    } finally {
      setSaving(false);
    }
  };

  const next = () => {
    const gridId = form.getFieldValue('gridId') as string | undefined;
    form.resetFields();
    form.setFieldsValue({ gridId });
    setClientId(newClientId());
    setResult(null);
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={narrow ? '100%' : 720}
      title={`${t('screening.form.title')} · ${campaign.name}`}
      destroyOnHidden
      footer={result ? null : <DrawerFooter onCancel={onClose} onSubmit={() => form.submit()} submitText={t('screening.form.submit')} saving={saving} submitTestId="screening-submit" />}
    >
      {result ? (
        <Result
          status={result.screening.level === 'low' ? 'success' : 'warning'}
          title={
            <Space>
              {t('screening.form.saved')}
              <LevelTag level={result.screening.level} />
            </Space>
          }
          subTitle={
            <>
              {result.replayed ? <Alert type="info" showIcon title={t('screening.form.replayed')} style={{ marginBottom: 8 }} /> : null}
              {result.household ? t('screening.form.profileCreated') : null}
            </>
          }
          extra={[
            result.household ? (
              <Link key="profile" to={`/follow-ups/households/${result.household.id}`}>
                <Button>{t('screening.form.openProfile')}</Button>
              </Link>
            ) : null,
            <Button key="next" type="primary" onClick={next} data-testid="screening-next">
              {t('screening.form.another')}
            </Button>,
          ]}
          data-testid="screening-result"
        />
      ) : (
        <Form form={form} layout="vertical" onFinish={submit} data-testid="screening-form">
          <Form.Item name="gridId" label={t('screening.form.grid')} rules={[{ required: true, message: t('screening.form.required') }]}>
            <Select showSearch optionFilterProp="label" options={grids.map((g) => ({ value: g.unitId, label: g.name }))} />
          </Form.Item>
          <Form.Item name="address" label={t('screening.form.address')} rules={[{ required: true, whitespace: true, message: t('screening.create.required', { field: t('screening.form.address') }) }]}>
            <Input maxLength={120} placeholder={t('screening.form.addressPlaceholder')} autoComplete="off" />
          </Form.Item>
          <Space wrap>
            <Form.Item name="headName" label={t('screening.form.headName')} rules={[{ required: true, whitespace: true, message: t('screening.create.required', { field: t('screening.form.headName') }) }]}>
              <Input maxLength={30} style={{ width: 200 }} autoComplete="off" />
            </Form.Item>
            <Form.Item name="headPhone" label={t('screening.form.headPhone')}>
              <Input maxLength={20} style={{ width: 200 }} autoComplete="off" />
            </Form.Item>
          </Space>
          <Form.Item label={t('screening.form.members')} extra={t('screening.form.membersHelp')}>
            <MembersFields />
          </Form.Item>
          <Divider titlePlacement="start">{t('screening.form.answers')}</Divider>
          <RiskChecklistForm checklist={campaign.checklist} name="answers" />
        </Form>
      )}
    </Drawer>
  );
}
