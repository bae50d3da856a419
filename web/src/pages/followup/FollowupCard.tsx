// 回访巩固 on the case page: the risk level and its assessments, the follow-up plan the
// resolution opened with its visits; the handler assesses, staff record visits here.
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Case } from '../../api/caseTypes';
import { type CaseFollowup, followupApi } from '../../api/followup';
import { useErrorNotice } from '../../components/useErrorNotice';
import { useT } from '../../i18n';
import { formatTime } from '../cases/shared/format';
import { AssessModal } from './AssessModal';
import { RecordVisitDrawer } from './RecordVisitDrawer';
import { RiskLevelTag } from './riskLevel';
import { VisitTimeline } from './VisitTimeline';

export function FollowupCard({ current, onChanged }: { current: Pick<Case, 'id' | 'version' | 'status'>; onChanged: () => void }) {
  const t = useT();
  const notify = useErrorNotice();
  const [data, setData] = useState<CaseFollowup | null>(null);
  const [assessing, setAssessing] = useState(false);
  const [recording, setRecording] = useState(false);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setData(await followupApi.caseFollowup(current.id, signal));
      } catch (error) {
        notify(error);
      }
    },
    [current.id, notify],
  );
  // Reloaded whenever the case changes (a resolution opens the plan).
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load, current.version]);

  if (!data) return null;
  const plan = data.plans.find((p) => p.status === 'active') ?? data.plans[0] ?? null;
  const open = plan?.visits.find((v) => v.status === 'due') ?? null;
  const last = data.assessments[0];
  const earlier = data.plans.length - (plan ? 1 : 0);
  const changed = () => {
    void load();
    onChanged();
  };

  return (
    <Card
      variant="borderless"
      title={t('followup.card.title')}
      data-testid="followup-card"
      extra={
        data.canAssess ? (
          <Button size="small" onClick={() => setAssessing(true)} data-testid="followup-assess">
            {t('followup.card.assess')}
          </Button>
        ) : null
      }
    >
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <Space wrap size={6}>
          <Typography.Text type="secondary">{t('followup.card.riskLevel')}</Typography.Text>
          <RiskLevelTag level={data.riskLevel} />
        </Space>
        {last ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('followup.card.lastAssessment', { time: formatTime(last.assessedAt), score: last.score })}
          </Typography.Text>
        ) : null}
        {plan ? (
          <>
            <Space wrap size={6} data-testid="followup-card-plan">
              <Tag color={plan.status === 'active' ? 'blue' : 'default'}>{t(plan.status === 'active' ? 'followup.status.active' : 'followup.status.ended')}</Tag>
              <RiskLevelTag level={plan.level} short />
              {open ? (
                <Typography.Text>
                  {t('followup.nextDue')} {open.dueOn}
                </Typography.Text>
              ) : null}
              {open && open.overdueDays > 0 ? <Tag color="red">{t('followup.overdueDays', { days: open.overdueDays })}</Tag> : null}
            </Space>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('followup.stableRun', { run: plan.stableRun, needed: plan.stableVisitsToEnd[plan.level] })}
            </Typography.Text>
            <VisitTimeline visits={plan.visits} compact />
            <Space wrap>
              {plan.canRecord && open ? (
                <Button type="primary" size="small" onClick={() => setRecording(true)} data-testid="followup-card-record">
                  {t('followup.detail.record')}
                </Button>
              ) : null}
              <Link to={`/follow-ups/plans/${plan.id}`}>{t('followup.card.openPlan')}</Link>
            </Space>
            {earlier > 0 ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('followup.card.previousPlans', { count: earlier })}
              </Typography.Text>
            ) : null}
          </>
        ) : (
          <Typography.Text type="secondary">{['resolved', 'archived'].includes(current.status) ? t('followup.noPlan') : t('followup.card.noPlanYet')}</Typography.Text>
        )}
      </Space>
      <AssessModal caseId={current.id} open={assessing} onClose={() => setAssessing(false)} onDone={changed} />
      <RecordVisitDrawer visit={recording ? open : null} onClose={() => setRecording(false)} onRecorded={changed} />
    </Card>
  );
}
