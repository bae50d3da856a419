// 排查活动 (/follow-ups/screening): campaigns covering my grids with their progress, the
// flagged households and the grids behind; directors and dispatchers open new ones.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Segmented, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type Campaign, screeningApi } from '../../../api/screening';
import { hasAnyRole } from '../../../auth/roles';
import { useAuth } from '../../../auth/useAuth';
import { PageContainer } from '../../../components/PageContainer';
import { useCursorPages } from '../../../components/useCursorPages';
import { useT } from '../../../i18n';
import { CreateCampaignDrawer } from './CreateCampaignDrawer';
import { CampaignStatusTag, percent } from './labels';

type StatusFilter = 'open' | 'closed' | 'all';

export default function CampaignsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useAuth();
  const canCreate = hasAnyRole(user, ['admin', 'director', 'dispatcher']);
  const [status, setStatus] = useState<StatusFilter>('open');
  const [creating, setCreating] = useState(false);

  const load = useCallback(
    (cursor: string | null, signal: AbortSignal) => screeningApi.list({ status: status === 'all' ? undefined : status, cursor, limit: 20 }, signal),
    [status],
  );
  const { items, loading, hasMore, loadMore } = useCursorPages(load);

  const columns: TableColumnsType<Campaign> = [
    {
      title: t('screening.col.name'),
      key: 'name',
      width: 280,
      render: (_, c) => (
        <Space direction="vertical" size={0}>
          <Link to={`/follow-ups/screening/${c.id}`} data-testid="campaign-link">
            {c.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.centerName}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('screening.col.checklist'),
      key: 'checklist',
      width: 200,
      render: (_, c) => <Tag>{t('screening.checklistVersion', { name: c.checklist.name, version: c.checklist.version })}</Tag>,
    },
    { title: t('screening.col.period'), key: 'period', width: 200, render: (_, c) => t('screening.detail.period', { from: c.startsOn, to: c.endsOn }) },
    {
      title: t('screening.col.progress'),
      key: 'progress',
      width: 240,
      render: (_, c) => (
        <Tooltip title={`${t('screening.stat.expected')} ${percent(c.totals.expectedProgress)}`}>
          <div>
            <Progress
              percent={Math.round(c.totals.coverage * 1000) / 10}
              size="small"
              status={c.totals.overdueGrids > 0 ? 'exception' : c.totals.coverage >= 1 ? 'success' : 'active'}
              format={() => percent(c.totals.coverage)}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('screening.progressText', { screened: c.totals.screened, target: c.totals.targetHouseholds })}
            </Typography.Text>
          </div>
        </Tooltip>
      ),
    },
    { title: t('screening.col.flagged'), key: 'flagged', width: 100, align: 'right', render: (_, c) => c.totals.flagged },
    {
      title: t('screening.col.overdue'),
      key: 'overdue',
      width: 130,
      render: (_, c) => (c.totals.overdueGrids > 0 ? <Tag color="red">{t('screening.overdueGrids', { count: c.totals.overdueGrids })}</Tag> : <Tag color="green">{t('screening.noOverdue')}</Tag>),
    },
    { title: t('screening.col.status'), key: 'status', width: 90, render: (_, c) => <CampaignStatusTag status={c.status} /> },
  ];

  return (
    <PageContainer
      title={t('menu.followUps.screening')}
      description={t('menuDesc.followUps.screening')}
      extra={
        canCreate ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="campaign-new">
            {t('screening.new')}
          </Button>
        ) : null
      }
    >
      <Card variant="borderless">
        <Segmented<StatusFilter>
          value={status}
          onChange={setStatus}
          options={(['open', 'closed', 'all'] as const).map((s) => ({ value: s, label: t(`screening.status.${s}`) }))}
          style={{ marginBottom: 12 }}
        />
        <Table<Campaign>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={loading}
          pagination={false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('screening.empty') }}
          data-testid="campaign-table"
        />
        {hasMore ? (
          <div style={{ textAlign: 'center', marginTop: 12 }}>
            <Button onClick={loadMore} loading={loading}>
              {t('common.loadMore')}
            </Button>
          </div>
        ) : null}
      </Card>
      <CreateCampaignDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(c) => {
          setCreating(false);
          navigate(`/follow-ups/screening/${c.id}`);
        }}
      />
    </PageContainer>
  );
}
