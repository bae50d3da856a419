// 回访计划详情 (/follow-ups/plans/:id): the plan, its visits, assessments, referrals and
// changes; desk staff and the grid trio record visits, change the level or end it here.
import { Button, Card, Col, Descriptions, List, Result, Row, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { followupApi, type PlanEvent, type PlanView } from '../../api/followup';
import { isApiError } from '../../api/client';
import { FullPageSpin } from '../../components/FullPageSpin';
import { PageContainer } from '../../components/PageContainer';
import { useT, type TFunction } from '../../i18n';
import { formatTime } from '../cases/shared/format';
import { AssessmentList } from './AssessmentList';
import { endReasonKey, planStatusKey } from './labels';
import { ChangeLevelModal, EndPlanModal } from './PlanActionModals';
import { RecordVisitDrawer } from './RecordVisitDrawer';
import { VisitTimeline } from './VisitTimeline';
import { isRiskLevel, levelKey, RiskLevelTag } from './riskLevel';

export function usePlan(id: string | undefined) {
  const [plan, setPlan] = useState<PlanView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(async () => {
    if (!id) return;
    try {
      setPlan(await followupApi.plan(id));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [id]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { plan, setPlan, error, reload };
}

function eventText(t: TFunction, e: PlanEvent): string {
  const d = e.data;
  const lv = (v: unknown) => (isRiskLevel(v) ? t(levelKey(v)) : '—');
  if (e.type === 'level_changed') {
    const text = t('followup.event.level_changed', { from: lv(d.from), to: lv(d.to) });
    return typeof d.dueOn === 'string' ? `${text}${t('followup.event.level_changed.due', { day: d.dueOn })}` : text;
  }
  if (e.type === 'escalated') return t('followup.event.escalated', { days: Number(d.lateDays ?? 0), step: Number(d.step ?? 0) });
  if (e.type === 'ended') return t('followup.event.ended');
  return e.type;
}

export function PlanSummary({ plan }: { plan: PlanView }) {
  const t = useT();
  const open = plan.visits.find((v) => v.status === 'due');
  const endReason = endReasonKey(plan.endReason);
  return (
    <Descriptions column={1} size="small" data-testid="plan-summary">
      <Descriptions.Item label={t('followup.level')}>
        <RiskLevelTag level={plan.level} />
      </Descriptions.Item>
      <Descriptions.Item label={t('followup.status')}>
        <Tag color={plan.status === 'active' ? 'blue' : 'default'}>{t(planStatusKey(plan.status))}</Tag>
        {endReason ? <Typography.Text type="secondary">{t(endReason)}</Typography.Text> : null}
      </Descriptions.Item>
      {plan.case ? (
        <Descriptions.Item label={t('followup.case')}>
          <Link to={`/cases/${plan.case.id}`}>{plan.case.code}</Link> {plan.case.title}
        </Descriptions.Item>
      ) : null}
      {plan.household ? (
        <Descriptions.Item label={t('followup.household')}>
          {plan.household.headName} · {plan.household.address}
        </Descriptions.Item>
      ) : null}
      {plan.grid ? <Descriptions.Item label={t('followup.grid')}>{plan.grid.name}</Descriptions.Item> : null}
      <Descriptions.Item label={t('followup.startedAt')}>{formatTime(plan.startedAt)}</Descriptions.Item>
      {plan.endedAt ? <Descriptions.Item label={t('followup.endedAt')}>{formatTime(plan.endedAt)}</Descriptions.Item> : null}
      {open ? (
        <Descriptions.Item label={t('followup.nextDue')}>
          <Space wrap size={4}>
            <span data-testid="plan-next-due">{open.dueOn}</span>
            {open.overdueDays > 0 ? <Tag color="red">{t('followup.overdueDays', { days: open.overdueDays })}</Tag> : open.dueOn === plan.day ? <Tag color="gold">{t('followup.dueToday')}</Tag> : null}
          </Space>
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('followup.visitsDone')}>
        {t('followup.visitsDoneCount', { count: plan.visits.filter((v) => v.status === 'done').length })} · {t('followup.stableRun', { run: plan.stableRun, needed: plan.stableVisitsToEnd[plan.level] })}
      </Descriptions.Item>
    </Descriptions>
  );
}

export default function PlanDetailPage() {
  const t = useT();
  const { id } = useParams();
  const { plan, setPlan, error, reload } = usePlan(id);
  const [recording, setRecording] = useState(false);
  const [levelOpen, setLevelOpen] = useState(false);
  const [endOpen, setEndOpen] = useState(false);

  if (!plan) {
    if (!error) return <FullPageSpin />;
    const status = isApiError(error) ? error.status : 0;
    return (
      <Result
        status={status === 403 ? '403' : status === 404 ? '404' : 'error'}
        title={status === 403 ? t('followup.detail.forbidden') : status === 404 ? t('followup.detail.notFound') : t('error.unexpected')}
        extra={
          <Link to="/follow-ups/plans">
            <Button type="primary">{t('followup.detail.back')}</Button>
          </Link>
        }
      />
    );
  }

  const open = plan.visits.find((v) => v.status === 'due') ?? null;
  const after = (next: PlanView | null) => (next ? setPlan(next) : void reload());

  return (
    <PageContainer
      title={plan.case ? `${t('followup.detail.title')} · ${plan.case.code}` : plan.household ? `${t('followup.detail.title')} · ${plan.household.headName}` : t('followup.detail.title')}
      description={t('followup.intervalHint', { ...plan.intervalDays })}
      extra={
        <Space wrap>
          {plan.canRecord && open ? (
            <Button type="primary" onClick={() => setRecording(true)} data-testid="plan-record">
              {t('followup.detail.record')}
            </Button>
          ) : null}
          {plan.canChangeLevel ? (
            <Button onClick={() => setLevelOpen(true)} data-testid="plan-change-level">
              {t('followup.detail.changeLevel')}
            </Button>
          ) : null}
          {plan.canEnd ? (
            <Button danger onClick={() => setEndOpen(true)} data-testid="plan-end">
              {t('followup.detail.end')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card variant="borderless" title={t('followup.detail.visits')}>
              <VisitTimeline visits={plan.visits} />
            </Card>
            <Card variant="borderless" title={t('followup.detail.assessments')}>
              <AssessmentList items={plan.assessments} />
            </Card>
            <Card variant="borderless" title={t('followup.detail.referrals')} data-testid="plan-referrals">
              {plan.referrals.length === 0 ? (
                <Typography.Text type="secondary">{t('followup.detail.noReferrals')}</Typography.Text>
              ) : (
                <List
                  size="small"
                  dataSource={plan.referrals}
                  renderItem={(r) => (
                    <List.Item key={r.id}>
                      <Space orientation="vertical" size={0}>
                        <Typography.Text strong>
                          {r.resourceName} · {r.provider}
                        </Typography.Text>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {formatTime(r.referredAt)} · {r.reason}
                        </Typography.Text>
                      </Space>
                    </List.Item>
                  )}
                />
              )}
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card variant="borderless" title={t('followup.detail.basic')}>
              <PlanSummary plan={plan} />
            </Card>
            {plan.events.length > 0 ? (
              <Card variant="borderless" title={t('followup.detail.events')}>
                <List
                  size="small"
                  dataSource={[...plan.events].reverse()}
                  data-testid="plan-events"
                  renderItem={(e) => (
                    <List.Item key={e.id}>
                      <Space orientation="vertical" size={0}>
                        <Typography.Text>{eventText(t, e)}</Typography.Text>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {formatTime(e.at)}
                          {e.actorName ? ` · ${e.actorName}` : ''}
                          {e.reason ? ` · ${e.reason}` : ''}
                        </Typography.Text>
                      </Space>
                    </List.Item>
                  )}
                />
              </Card>
            ) : null}
          </Space>
        </Col>
      </Row>
      <RecordVisitDrawer visit={recording ? open : null} onClose={() => setRecording(false)} onRecorded={() => void reload()} />
      <ChangeLevelModal plan={plan} open={levelOpen} onClose={() => setLevelOpen(false)} onDone={after} />
      <EndPlanModal plan={plan} open={endOpen} onClose={() => setEndOpen(false)} onDone={after} />
    </PageContainer>
  );
}
