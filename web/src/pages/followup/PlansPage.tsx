// 回访计划 (/follow-ups/plans): the plans the caller may see, soonest due first, with
// level, next due day (overdue in red), grid and case; filters and cursor paging.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { followupApi, type PlanListItem, type PlanStatus } from '../../api/followup';
import { RISK_LEVELS, type RiskLevel } from '../../api/risk';
import { PageContainer } from '../../components/PageContainer';
import { UnitPicker, type UnitValue } from '../../components/UnitPicker';
import { useCursorPages } from '../../components/useCursorPages';
import { useT } from '../../i18n';
import { planStatusKey } from './labels';
import { levelKey, RiskLevelTag } from './riskLevel';

const PAGE_SIZE = 30;
const dash = <Typography.Text type="secondary">—</Typography.Text>;

interface Filters {
  status?: PlanStatus;
  level?: RiskLevel;
  grid?: UnitValue | null;
  overdue?: boolean;
}

export default function PlansPage() {
  const t = useT();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Filters>({ status: 'active' });
  const [day, setDay] = useState<string | null>(null);
  const { status, level, grid, overdue } = filters;
  const load = useCallback(
    async (cursor: string | null, signal: AbortSignal) => {
      const page = await followupApi.plans({ status, level, gridId: grid?.value, overdue: overdue || undefined, limit: PAGE_SIZE, cursor }, signal);
      setDay(page.day);
      return page;
    },
    [status, level, grid, overdue],
  );
  const list = useCursorPages(load);
  const patch = (p: Partial<Filters>) => setFilters((f) => ({ ...f, ...p }));

  const columns: TableColumnsType<PlanListItem> = [
    { title: t('followup.level'), key: 'level', width: 90, render: (_, p) => <RiskLevelTag level={p.level} short /> },
    {
      title: t('followup.plans.subject'),
      key: 'subject',
      render: (_, p) =>
        p.case ? (
          <div style={{ minWidth: 0 }}>
            <Link to={`/cases/${p.case.id}`} onClick={(e) => e.stopPropagation()} className="case-code-link">
              {p.case.code}
            </Link>
            <Typography.Text ellipsis={{ tooltip: p.case.title }} style={{ display: 'block' }} type="secondary">
              {p.case.title}
            </Typography.Text>
          </div>
        ) : p.household ? (
          <div>
            <Tag>{t('followup.household')}</Tag>
            {p.household.headName}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {p.household.address}
            </Typography.Text>
          </div>
        ) : (
          dash
        ),
    },
    { title: t('followup.grid'), key: 'grid', width: 180, render: (_, p) => p.grid?.name ?? dash },
    {
      title: t('followup.nextDue'),
      key: 'next',
      width: 190,
      render: (_, p) =>
        p.nextVisit ? (
          <Space size={4} wrap>
            <span>{p.nextVisit.dueOn}</span>
            {p.nextVisit.overdueDays > 0 ? (
              <Tag color="red" data-testid="plan-overdue">
                {t('followup.overdueDays', { days: p.nextVisit.overdueDays })}
              </Tag>
            ) : p.nextVisit.dueOn === day ? (
              <Tag color="gold">{t('followup.dueToday')}</Tag>
            ) : null}
          </Space>
        ) : (
          dash
        ),
    },
    { title: t('followup.visitsDone'), key: 'done', width: 90, render: (_, p) => t('followup.visitsDoneCount', { count: p.visitsDone }) },
    { title: t('followup.status'), key: 'status', width: 100, render: (_, p) => <Tag color={p.status === 'active' ? 'blue' : 'default'}>{t(planStatusKey(p.status))}</Tag> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_, p) => (
        <Link to={`/follow-ups/plans/${p.id}`} onClick={(e) => e.stopPropagation()}>
          {t('followup.view')}
        </Link>
      ),
    },
  ];

  return (
    <PageContainer title={t('menu.followUps.plans')} description={t('menuDesc.followUps.plans')}>
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 16 }}>
          <Select<PlanStatus>
            allowClear
            placeholder={t('followup.plans.filterStatus')}
            style={{ width: 130 }}
            value={status}
            onChange={(s) => patch({ status: s })}
            options={(['active', 'ended'] as const).map((s) => ({ value: s, label: t(planStatusKey(s)) }))}
            data-testid="plans-filter-status"
          />
          <Select<RiskLevel>
            allowClear
            placeholder={t('followup.plans.filterLevel')}
            style={{ width: 130 }}
            value={level}
            onChange={(l) => patch({ level: l })}
            options={[...RISK_LEVELS].reverse().map((l) => ({ value: l, label: t(levelKey(l)) }))}
            data-testid="plans-filter-level"
          />
          <div style={{ width: 240 }}>
            <UnitPicker value={grid ?? null} onChange={(g) => patch({ grid: g })} kinds={['grid']} searchKind="grid" placeholder={t('followup.plans.filterGrid')} />
          </div>
          <Checkbox checked={!!overdue} onChange={(e) => patch({ overdue: e.target.checked || undefined })} data-testid="plans-filter-overdue">
            {t('followup.plans.overdueOnly')}
          </Checkbox>
          <Button icon={<ReloadOutlined />} onClick={list.reload}>
            {t('common.refresh')}
          </Button>
        </Space>
        <Table<PlanListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.items}
          loading={list.loading}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('followup.plans.empty') }}
          onRow={(p) => ({ onClick: () => navigate(`/follow-ups/plans/${p.id}`), style: { cursor: 'pointer' } })}
          data-testid="plans-table"
        />
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 16 }}>
          <Typography.Text type="secondary">{t('followup.plans.loaded', { count: list.items.length })}</Typography.Text>
          {list.hasMore ? (
            <Button onClick={list.loadMore} loading={list.loading}>
              {t('common.loadMore')}
            </Button>
          ) : list.items.length > 0 ? (
            <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
          ) : null}
        </div>
      </Card>
    </PageContainer>
  );
}
