// The two lists of 今日任务: visits due today or late (late first, a red badge with the
// days), and the screening campaigns of my grids with their progress. A whole card is
// the touch target.
import { RightOutlined } from '@ant-design/icons';
import { Progress, Tag } from 'antd';
import type { TodayScreening, TodayVisit } from '../../../api/followup';
import { useT } from '../../../i18n';
import type { QueuedSubmission } from '../../../offline/outbox';
import { levelRank, RiskLevelTag } from '../riskLevel';

/** Late first (the latest on top), then by due day, then the higher risk. */
export function orderVisits(visits: readonly TodayVisit[]): TodayVisit[] {
  return [...visits].sort((a, b) => b.overdueDays - a.overdueDays || a.dueOn.localeCompare(b.dueOn) || levelRank(b.level) - levelRank(a.level) || a.id.localeCompare(b.id));
}

export function visitTitle(v: Pick<TodayVisit, 'household' | 'case'>, fallback: string): string {
  if (v.household) return `${v.household.headName} · ${v.household.address}`;
  if (v.case) return v.case.title;
  return fallback;
}

interface VisitListProps {
  visits: TodayVisit[];
  queued: QueuedSubmission[];
  onOpen: (visit: TodayVisit) => void;
}

export function VisitList({ visits, queued, onOpen }: VisitListProps) {
  const t = useT();
  const pending = new Set(queued.filter((q) => q.kind === 'visit').map((q) => q.targetId));
  return (
    <section className="m-section" data-testid="today-visits">
      <h2 className="m-section-title">
        <span>{t('mobile.visits')}</span>
        <span className="m-today-day">{t('mobile.visitsCount', { count: visits.length })}</span>
      </h2>
      {visits.length === 0 ? <div className="m-empty">{t('mobile.noVisits')}</div> : null}
      {orderVisits(visits).map((v) => {
        const isPending = pending.has(v.id);
        return (
          <button
            key={v.id}
            type="button"
            className={`m-card${v.overdueDays > 0 ? ' is-overdue' : ''}`}
            data-testid="today-visit"
            data-visit-id={v.id}
            disabled={isPending}
            onClick={() => onOpen(v)}
          >
            <div className="m-card-main">
              <div className="m-card-title">{visitTitle(v, t('mobile.householdVisit'))}</div>
              <div className="m-card-sub">
                <RiskLevelTag level={v.level} short />
                <span>{t('mobile.visitSeq', { seq: v.seq })}</span>
                <span>{v.grid.name}</span>
                {v.case ? <span>{v.case.code}</span> : null}
              </div>
            </div>
            <div className="m-card-side">
              {isPending ? (
                <Tag color="orange" data-testid="today-visit-pending">
                  {t('mobile.pendingTag')}
                </Tag>
              ) : v.overdueDays > 0 ? (
                <span className="m-overdue-badge" data-testid="today-visit-overdue">
                  {t('mobile.overdue', { days: v.overdueDays })}
                </span>
              ) : (
                <span className="m-due-badge">{t('mobile.dueToday')}</span>
              )}
              {isPending ? null : <RightOutlined style={{ color: '#9aa3b0' }} />}
            </div>
          </button>
        );
      })}
    </section>
  );
}

interface ScreeningListProps {
  screenings: TodayScreening[];
  queued: QueuedSubmission[];
  onOpen: (task: TodayScreening) => void;
}

/** Queued screenings of one campaign and grid (the body carries the grid). */
function pendingFor(queued: QueuedSubmission[], task: TodayScreening): number {
  return queued.filter((q) => q.kind === 'screening' && q.targetId === task.campaignId && (q.body as { gridId?: string }).gridId === task.gridId).length;
}

export function ScreeningList({ screenings, queued, onOpen }: ScreeningListProps) {
  const t = useT();
  return (
    <section className="m-section" data-testid="today-screenings">
      <h2 className="m-section-title">{t('mobile.screenings')}</h2>
      {screenings.length === 0 ? <div className="m-empty">{t('mobile.noScreenings')}</div> : null}
      {screenings.map((s) => {
        const pending = pendingFor(queued, s);
        const percent = s.targetHouseholds > 0 ? Math.min(100, Math.round((s.screened / s.targetHouseholds) * 100)) : 0;
        return (
          <button
            key={`${s.campaignId}:${s.gridId}`}
            type="button"
            className="m-card m-campaign"
            data-testid="today-screening"
            data-campaign-id={s.campaignId}
            onClick={() => onOpen(s)}
          >
            <div className="m-card-main">
              <div className="m-card-title">{s.campaignName}</div>
              <div className="m-card-sub">
                <span>{s.gridName}</span>
                <span>{t('mobile.screeningEnds', { day: s.endsOn })}</span>
              </div>
              <Progress percent={percent} size="small" showInfo={false} />
              <div className="m-card-sub">
                <span data-testid="today-screening-progress">{t('mobile.screeningProgress', { screened: s.screened, target: s.targetHouseholds })}</span>
                {pending > 0 ? (
                  <Tag color="orange" data-testid="today-screening-pending">
                    {t('mobile.outbox.pending', { count: pending })}
                  </Tag>
                ) : null}
              </div>
            </div>
            <div className="m-card-side">
              <span className="m-due-badge">{t('mobile.screenAction')}</span>
              <RightOutlined style={{ color: '#9aa3b0' }} />
            </div>
          </button>
        );
      })}
    </section>
  );
}
