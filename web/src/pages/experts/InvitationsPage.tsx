// 专家邀请 (/experts/invitations): the expert answers invitations (双向选择) with a live
// countdown, sees the cases they serve on, and sets their own availability.
import { CrownFilled } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Col, Empty, Form, Input, Row, Space, Switch, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { expertsApi, SERVICE_MODES, type Expert, type ExpertServiceMode, type Invitation } from '../../api/experts';
import { FullPageSpin } from '../../components/FullPageSpin';
import { PageContainer } from '../../components/PageContainer';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';
import { STATUS_COLORS, statusKey } from '../cases/shared/caseLabels';
import { formatTime } from '../cases/shared/format';
import { Countdown } from './Countdown';
import { ENGAGEMENT_COLORS, engagementKey, expertModeKey, proposerKey } from './expertLabels';
import { RespondButtons } from './RespondButtons';
import './experts.css';

function MyStatus({ profile, onSaved }: { profile: Expert; onSaved: (e: Expert) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<{ available: boolean; availabilityNote?: string; serviceModes: ExpertServiceMode[] }>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    form.setFieldsValue({ available: profile.available, availabilityNote: profile.availabilityNote ?? undefined, serviceModes: profile.serviceModes });
  }, [form, profile]);

  const save = async (values: { available: boolean; availabilityNote?: string; serviceModes: ExpertServiceMode[] }) => {
    setSaving(true);
    try {
      onSaved(await expertsApi.updateMe({ version: profile.version, available: values.available, availabilityNote: values.availabilityNote?.trim() || null, serviceModes: values.serviceModes }));
      void message.success(t('invitations.statusSaved'));
    } catch (error) {
      if (isApiError(error) && error.status === 409) {
        void message.warning(t('common.conflictReloaded'));
        onSaved(await expertsApi.me());
      } else notify(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card variant="borderless" title={t('invitations.myStatus')} data-testid="expert-my-status">
      <Typography.Paragraph type="secondary">{t('experts.inCases', { open: profile.openCases, pending: profile.pendingInvitations })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item name="available" valuePropName="checked" label={t('experts.status')}>
          <Switch checkedChildren={t('invitations.acceptNew')} unCheckedChildren={t('invitations.paused')} />
        </Form.Item>
        <Form.Item name="availabilityNote" label={t('experts.note')} rules={[{ max: 200 }]}>
          <Input maxLength={200} placeholder={t('experts.notePlaceholder')} />
        </Form.Item>
        <Form.Item name="serviceModes" label={t('experts.modes')} rules={[{ required: true, type: 'array', min: 1, message: t('experts.modesRequired') }]}>
          <Checkbox.Group options={SERVICE_MODES.map((value) => ({ value, label: t(expertModeKey(value)) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('invitations.saveStatus')}
        </Button>
      </Form>
    </Card>
  );
}

function InvitationCard({ item, expertId, onDone }: { item: Invitation; expertId: string; onDone: () => void }) {
  const t = useT();
  const pending = item.status === 'proposed';
  return (
    <Card size="small" className="expert-invitation" data-testid="expert-invitation" data-case-code={item.code} data-status={item.status}>
      <Space wrap size={8} style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap size={6}>
          <Typography.Text strong>{item.code}</Typography.Text>
          <Tag>{item.categoryName}</Tag>
          {item.serviceMode ? <Tag>{t(expertModeKey(item.serviceMode))}</Tag> : null}
          <Tag color={STATUS_COLORS[item.caseStatus]}>{t(statusKey(item.caseStatus))}</Tag>
          {item.lead ? (
            <Tag color="gold" icon={<CrownFilled />}>
              {t('invitations.youLead')}
            </Tag>
          ) : null}
          {item.designatedLead ? <Tag color="gold">{t('invitations.youDesignated')}</Tag> : null}
        </Space>
        {pending && item.respondBy ? <Countdown due={item.respondBy} /> : <Tag color={ENGAGEMENT_COLORS[item.status]}>{t(engagementKey(item.status))}</Tag>}
      </Space>
      <div className="expert-invitation-desc">
        <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }} style={{ marginBottom: 0 }}>
          {item.description}
        </Typography.Paragraph>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(proposerKey(item.proposedBy))}
        {pending && item.respondBy ? ` · ${t('invitations.respondBy', { time: formatTime(item.respondBy) })}` : ''}
        {item.team.length > 0 ? ` · ${t('invitations.team')}：${item.team.map((m) => `${m.name}${m.lead ? `（${t('team.lead')}）` : ''}`).join(t('common.listSeparator'))}` : ''}
      </Typography.Text>
      <div style={{ marginTop: 8 }}>
        <Space wrap size={8}>
          {pending ? item.canRespond ? <RespondButtons caseId={item.caseId} expertId={expertId} code={item.code} onDone={onDone} /> : <Tag>{t('invitations.closed')}</Tag> : null}
          <Link to={`/cases/${item.caseId}`}>{t('invitations.openCase')}</Link>
        </Space>
      </div>
    </Card>
  );
}

export default function InvitationsPage() {
  const t = useT();
  const notify = useErrorNotice();
  const [data, setData] = useState<{ profile: Expert; items: Invitation[] } | null>(null);

  const load = useCallback(async () => {
    try {
      setData(await expertsApi.invitations());
    } catch (error) {
      notify(error);
    }
  }, [notify]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!data) return <FullPageSpin />;
  const pending = data.items.filter((i) => i.status === 'proposed');
  const serving = data.items.filter((i) => i.status === 'accepted');

  return (
    <PageContainer title={t('menu.expertInvitations')} description={t('menuDesc.expertInvitations')}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card variant="borderless" title={`${t('invitations.pending')}（${pending.length}）`} data-testid="expert-invitations-pending">
              {pending.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('invitations.empty')} /> : pending.map((item) => <InvitationCard key={item.caseId} item={item} expertId={data.profile.id} onDone={() => void load()} />)}
            </Card>
            <Card variant="borderless" title={`${t('invitations.serving')}（${serving.length}）`} data-testid="expert-invitations-serving">
              {serving.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('invitations.servingEmpty')} /> : serving.map((item) => <InvitationCard key={item.caseId} item={item} expertId={data.profile.id} onDone={() => void load()} />)}
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <MyStatus profile={data.profile} onSaved={(profile) => setData((prev) => (prev ? { ...prev, profile } : prev))} />
        </Col>
      </Row>
    </PageContainer>
  );
}
