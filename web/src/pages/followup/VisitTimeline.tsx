// 回访记录: each visit of a plan with its due day, outcome, level change, photo and rebound.
import { Image, Space, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { type FollowupVisit, followupApi } from '../../api/followup';
import { useT } from '../../i18n';
import { formatTime } from '../cases/shared/format';
import { modeKey, STABILITY_COLORS, stabilityKey, visitStatusKey } from './labels';
import { RiskLevelTag } from './riskLevel';

function color(v: FollowupVisit): string {
  if (v.status === 'cancelled') return 'gray';
  if (v.status === 'due') return v.overdueDays > 0 ? 'red' : 'blue';
  return v.stability ? STABILITY_COLORS[v.stability] : 'green';
}

export function VisitTimeline({ visits, compact = false }: { visits: FollowupVisit[]; compact?: boolean }) {
  const t = useT();
  const ordered = [...visits].sort((a, b) => b.seq - a.seq);
  return (
    <Timeline
      data-testid="visit-timeline"
      items={ordered.map((v) => ({
        key: v.id,
        color: color(v),
        content: (
          <div data-testid={`visit-${v.seq}`} data-status={v.status}>
            <Space wrap size={6}>
              <Typography.Text strong>#{v.seq}</Typography.Text>
              <Typography.Text>{v.dueOn}</Typography.Text>
              <Tag>{t(visitStatusKey(v.status))}</Tag>
              {v.status === 'due' && v.overdueDays > 0 ? <Tag color="red">{t('followup.overdueDays', { days: v.overdueDays })}</Tag> : null}
              {v.status === 'due' && v.escalationLevel > 0 ? <Tag color="volcano">{t('followup.escalated', { level: v.escalationLevel })}</Tag> : null}
              {v.status === 'done' && v.onTime === false ? <Tag color="orange">{t('followup.detail.late')}</Tag> : null}
              {v.stability ? <Tag color={STABILITY_COLORS[v.stability]}>{t(stabilityKey(v.stability))}</Tag> : null}
              {v.levelAfter ? (
                <span>
                  <RiskLevelTag level={v.levelBefore} short />→<RiskLevelTag level={v.levelAfter} short />
                </span>
              ) : (
                <RiskLevelTag level={v.levelBefore} short />
              )}
            </Space>
            {v.status === 'done' ? (
              <div style={{ marginTop: 4 }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatTime(v.doneAt)}
                  {v.mode ? ` · ${t(modeKey(v.mode))}` : ''}
                  {v.doneByName ? ` · ${t('followup.detail.by', { name: v.doneByName })}` : ''}
                </Typography.Text>
                {v.notes ? <div style={{ whiteSpace: 'pre-wrap' }}>{v.notes}</div> : null}
                {v.reboundCaseId ? (
                  <div>
                    <Link to={`/cases/${v.reboundCaseId}`}>{t('followup.detail.rebound')}</Link>
                  </div>
                ) : null}
                {v.hasPhoto && !compact ? <Image src={followupApi.photoUrl(v.id)} alt={t('followup.detail.photo')} width={120} style={{ marginTop: 6, borderRadius: 6 }} /> : null}
              </div>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
