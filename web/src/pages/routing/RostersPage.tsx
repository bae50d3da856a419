// 值班表 (/routing/rosters): a center's unit, a week or a month of days × handlers with a tick per
// shift; holidays and 调休 days from the working calendar; copy last week; save with the version read.
import { CopyOutlined, LeftOutlined, RightOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Empty, Segmented, Select, Skeleton, Space, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CenterUnit } from '../../api/staffing';
import { departmentTypeLabel, tierLabel, weekdaysLabel } from '../../components/labels';
import { PageContainer } from '../../components/PageContainer';
import { useT, type TFunction } from '../../i18n';
import { CenterSelect } from './CenterSelect';
import { centerToday, rangeOf, type RosterView, shift } from './rosterDates';
import { RosterGrid } from './RosterGrid';
import { useDutyCenters } from './useDutyCenters';
import { useRoster } from './useRoster';
import './routing.css';

function tierText(t: TFunction, unit: CenterUnit): string {
  switch (unit.staffingTier) {
    case 'resident':
      return t('rosters.tier.resident');
    case 'rotating':
      return t('rosters.tier.rotating', { days: weekdaysLabel(t, unit.rosterWeekdays) });
    case 'on_call':
      return t('rosters.tier.on_call');
    default:
      return t('rosters.tier.none');
  }
}

export default function RostersPage() {
  const t = useT();
  const { centers, center, choose } = useDutyCenters(false);
  const [params, setParams] = useSearchParams();
  const [view, setView] = useState<RosterView>('week');
  const today = centerToday();
  const [anchor, setAnchor] = useState(today);
  const { from, to } = rangeOf(view, anchor);

  const unit = useMemo(() => center?.units.find((u) => u.id === params.get('unit')) ?? center?.units[0] ?? null, [center, params]);
  const r = useRoster(unit?.id, from, to);

  const chooseUnit = (id: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('unit', id);
        return next;
      },
      { replace: true },
    );

  const unitLabel = (u: CenterUnit) => [u.name, u.staffingTier ? tierLabel(t, u.staffingTier) : null, departmentTypeLabel(t, u.departmentType) || null].filter(Boolean).join(' · ');

  if (centers !== null && centers.length === 0) {
    return (
      <PageContainer title={t('rosters.title')} description={t('menuDesc.routing.rosters')}>
        <Card variant="borderless">
          <Empty description={t('staffing.noCenters')} />
        </Card>
      </PageContainer>
    );
  }

  const editable = !!r.roster?.canManage;
  return (
    <PageContainer title={t('rosters.title')} description={t('menuDesc.routing.rosters')} extra={<CenterSelect centers={centers ?? []} value={center?.id} onChange={choose} />}>
      <Card variant="borderless">
        {!center || !unit ? (
          <Skeleton active />
        ) : (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Space wrap size={12} style={{ width: '100%', justifyContent: 'space-between' }}>
              <Space wrap>
                <Select
                  aria-label={t('staffing.unit')}
                  value={unit.id}
                  onChange={chooseUnit}
                  options={center.units.map((u) => ({ value: u.id, label: unitLabel(u) }))}
                  showSearch={{ optionFilterProp: 'label' }}
                  style={{ minWidth: 320 }}
                  data-testid="roster-unit"
                />
                <Segmented<RosterView>
                  value={view}
                  onChange={setView}
                  options={[
                    { value: 'week', label: t('rosters.view.week') },
                    { value: 'month', label: t('rosters.view.month') },
                  ]}
                />
                <Space.Compact>
                  <Tooltip title={t('rosters.prev')}>
                    <Button icon={<LeftOutlined />} onClick={() => setAnchor(shift(view, anchor, -1))} aria-label={t('rosters.prev')} />
                  </Tooltip>
                  <Button onClick={() => setAnchor(today)}>{t('staffing.today')}</Button>
                  <Tooltip title={t('rosters.next')}>
                    <Button icon={<RightOutlined />} onClick={() => setAnchor(shift(view, anchor, 1))} aria-label={t('rosters.next')} />
                  </Tooltip>
                </Space.Compact>
                <Typography.Text strong data-testid="roster-range">
                  {t('rosters.range', { from, to })}
                </Typography.Text>
              </Space>
              {editable ? (
                <Space wrap>
                  {r.dirty ? <Badge status="warning" text={t('rosters.unsaved')} /> : null}
                  <Tooltip title={view === 'week' ? t('rosters.copyLastWeekHint') : undefined}>
                    <Button icon={<CopyOutlined />} disabled={view !== 'week' || !r.roster} onClick={() => void r.copyLastWeek()} data-testid="roster-copy">
                      {t('rosters.copyLastWeek')}
                    </Button>
                  </Tooltip>
                  <Button icon={<UndoOutlined />} disabled={!r.dirty} onClick={r.discard}>
                    {t('rosters.discard')}
                  </Button>
                  <Button type="primary" icon={<SaveOutlined />} disabled={!r.dirty} loading={r.saving} onClick={() => void r.save()} data-testid="roster-save">
                    {t('rosters.save')}
                  </Button>
                </Space>
              ) : null}
            </Space>
            <Alert type="info" showIcon title={tierText(t, unit)} description={t('rosters.rosterRule')} />
            {r.roster && !editable ? <Alert type="warning" showIcon title={t('rosters.readOnly')} /> : null}
            {!r.roster ? (
              <Skeleton active />
            ) : r.roster.handlers.length === 0 ? (
              <Empty description={t('rosters.noHandlers')} />
            ) : (
              <RosterGrid roster={r.roster} ticks={r.ticks} today={today} editable={editable} loading={r.loading} onToggle={r.toggle} />
            )}
          </Space>
        )}
      </Card>
    </PageContainer>
  );
}
