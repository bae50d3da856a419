// 专家团队 (组团服务) on the case page: each invited expert with their answer, the lead,
// countdowns of pending invitations; staff invite from ranked suggestions, set the
// lead and withdraw; the invited expert answers here too.
import { CrownFilled, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, Modal, Space, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Case } from '../../../api/caseTypes';
import { expertsApi, type CaseTeam, type TeamMember } from '../../../api/experts';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { Countdown } from '../../experts/Countdown';
import { ENGAGEMENT_COLORS, engagementKey, expertKindKey, KIND_COLORS, proposerKey } from '../../experts/expertLabels';
import { RespondButtons } from '../../experts/RespondButtons';
import { formatTime } from '../shared/format';
import { ProposeExpertsModal } from './ProposeExpertsModal';
import '../../experts/experts.css';

const SEATED = new Set(['accepted', 'proposed']);
/** Serving first (the lead on top), then pending, then those no longer on the team. */
const order = (m: TeamMember) => (m.status === 'accepted' ? (m.lead ? 0 : 1) : m.status === 'proposed' ? 2 : 3);

export function ExpertTeamCard({ current, onChanged }: { current: Case; onChanged: () => void }) {
  const caseId = current.id;
  const t = useT();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const navigate = useNavigate();
  const [team, setTeam] = useState<CaseTeam | null>(null);
  const [proposing, setProposing] = useState(false);
  const [withdrawing, setWithdrawing] = useState<TeamMember | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const load = useCallback(async () => {
    try {
      setTeam(await expertsApi.team(caseId));
    } catch (error) {
      notify(error);
    }
  }, [caseId, notify]);

  // Read again when the case moves on (a concluded case's team can no longer change).
  useEffect(() => {
    void load();
  }, [load, current.status]);

  const changed = (next?: CaseTeam) => {
    if (next) setTeam(next);
    else void load();
    onChanged();
  };

  const makeLead = async (m: TeamMember) => {
    try {
      changed(await expertsApi.setLead(caseId, m.expertId));
      void message.success(t('team.leadSet'));
    } catch (error) {
      notify(error);
    }
  };

  const withdraw = async ({ reason }: { reason: string }) => {
    if (!withdrawing) return;
    setBusy(true);
    try {
      changed(await expertsApi.withdraw(caseId, withdrawing.expertId, reason.trim()));
      void message.success(t('team.withdrawn'));
      setWithdrawing(null);
    } catch (error) {
      notify(error);
    } finally {
      setBusy(false);
    }
  };

  const members = [...(team?.items ?? [])].sort((a, b) => order(a) - order(b));
  const free = team ? team.maxTeam - team.seats : 0;

  return (
    <Card
      variant="borderless"
      title={
        <span>
          <TeamOutlined /> {t('team.title')}
        </span>
      }
      extra={
        team ? (
          <Space size={8}>
            <Tag>{t('team.seats', { seats: team.seats, max: team.maxTeam })}</Tag>
            {team.canManage ? (
              <Button size="small" type="primary" icon={<PlusOutlined />} disabled={free <= 0} onClick={() => setProposing(true)} data-testid="expert-team-propose">
                {t('team.propose')}
              </Button>
            ) : null}
          </Space>
        ) : null
      }
      data-testid="expert-team-card"
    >
      {team && members.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('team.empty')} /> : null}
      <div className="expert-team">
        {members.map((m) => (
          <div key={m.expertId} className={`expert-member${SEATED.has(m.status) ? '' : ' is-gone'}`} data-testid="expert-member" data-expert-id={m.expertId} data-status={m.status} data-lead={m.lead}>
            <div className="expert-member-head">
              <Space size={6} wrap>
                {m.lead ? (
                  <Tooltip title={t('team.lead')}>
                    <CrownFilled style={{ color: '#d48806' }} />
                  </Tooltip>
                ) : null}
                <Typography.Text strong>{m.name}</Typography.Text>
                {m.isMe ? <Tag>{t('team.you')}</Tag> : null}
                <Tag color={KIND_COLORS[m.kind]}>{t(expertKindKey(m.kind))}</Tag>
                {m.lead ? <Tag color="gold" data-testid="expert-lead-badge">{t('team.lead')}</Tag> : null}
                {m.designatedLead ? <Tag color="gold">{t('team.designatedLead')}</Tag> : null}
              </Space>
              <Tag color={ENGAGEMENT_COLORS[m.status]} style={{ marginInlineEnd: 0 }} data-testid="expert-member-status">
                {t(engagementKey(m.status))}
              </Tag>
            </div>
            <div className="expert-member-meta">
              <Typography.Text type="secondary">
                {m.organization ? `${m.organization} · ` : ''}
                {t(proposerKey(m.proposedBy))}
                {m.replacesName ? ` · ${t('team.replaces', { name: m.replacesName })}` : ''}
              </Typography.Text>
            </div>
            {m.status === 'proposed' && m.respondBy ? (
              <div className="expert-member-meta">
                <Countdown due={m.respondBy} /> <Typography.Text type="secondary">{t('team.respondBy', { time: formatTime(m.respondBy) })}</Typography.Text>
              </div>
            ) : m.respondedAt ? (
              <div className="expert-member-meta">
                <Typography.Text type="secondary">{t('team.respondedAt', { time: formatTime(m.respondedAt) })}</Typography.Text>
              </div>
            ) : null}
            {m.declineReason ? <div className="expert-member-meta">{t('team.declineReason', { text: m.declineReason })}</div> : null}
            {m.isMe && m.status === 'proposed' ? (
              <div className="expert-member-actions">
                <RespondButtons
                  caseId={caseId}
                  expertId={m.expertId}
                  code={current.code}
                  size="small"
                  onDone={(decision) => (decision === 'declined' ? navigate('/experts/invitations') : changed())}
                />
              </div>
            ) : null}
            {team?.canManage && SEATED.has(m.status) ? (
              <div className="expert-member-actions">
                {m.status === 'accepted' && !m.lead ? (
                  <Button type="link" size="small" onClick={() => void makeLead(m)} data-testid="expert-set-lead">
                    {t('team.setLead')}
                  </Button>
                ) : null}
                <Button type="link" size="small" danger onClick={() => setWithdrawing(m)} data-testid="expert-withdraw">
                  {t('team.withdraw')}
                </Button>
              </div>
            ) : null}
          </div>
        ))}
      </div>
      {team ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {team.fallback ? t('team.fallbackOn') : t('team.fallbackOff')}
        </Typography.Text>
      ) : null}
      {team ? (
        <ProposeExpertsModal
          caseId={caseId}
          open={proposing}
          free={free}
          responseWorkingHours={team.responseWorkingHours}
          onClose={() => setProposing(false)}
          onProposed={(next) => {
            setProposing(false);
            changed(next);
          }}
        />
      ) : null}
      <Modal
        open={withdrawing !== null}
        title={withdrawing ? t('team.withdrawTitle', { name: withdrawing.name }) : ''}
        okText={t('team.withdraw')}
        okButtonProps={{ danger: true, loading: busy }}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setWithdrawing(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => void withdraw(values)} preserve={false}>
          <Form.Item name="reason" label={t('team.withdrawReason')} rules={[{ required: true, whitespace: true, min: 2, message: t('team.withdrawReasonRequired') }, { max: 500 }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
