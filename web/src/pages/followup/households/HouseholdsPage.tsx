// 重点家庭档案 (/follow-ups/households): flagged households of my grids with level, members
// and the next follow-up visit; filter by level and search head of household or address.
import { Button, Card, Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { householdProfilesApi } from '../../../api/householdProfiles';
import { type ProfileSummary, RISK_LEVELS, type RiskLevel } from '../../../api/screening';
import { PageContainer } from '../../../components/PageContainer';
import { useCursorPages } from '../../../components/useCursorPages';
import { useT } from '../../../i18n';
import { levelKey } from '../riskLevel';
import { formatTime } from '../../cases/shared/format';
import { gridLabel, LevelTag } from '../screening/labels';

export default function HouseholdsPage() {
  const t = useT();
  const [level, setLevel] = useState<RiskLevel | undefined>();
  const [q, setQ] = useState('');

  const load = useCallback((cursor: string | null, signal: AbortSignal) => householdProfilesApi.list({ level, q: q || undefined, cursor, limit: 50 }, signal), [level, q]);
  const { items, loading, hasMore, loadMore } = useCursorPages(load);

  const columns: TableColumnsType<ProfileSummary> = [
    {
      title: t('hp.col.head'),
      key: 'head',
      width: 130,
      fixed: 'left',
      render: (_, h) => (
        <Link to={`/follow-ups/households/${h.id}`} data-testid="household-link">
          {h.headName}
        </Link>
      ),
    },
    { title: t('hp.col.address'), dataIndex: 'address' },
    {
      title: t('hp.col.grid'),
      key: 'grid',
      width: 220,
      render: (_, h) => (
<Typography.Text>{gridLabel(h)}</Typography.Text>
      ),
    },
    { title: t('hp.col.level'), key: 'level', width: 100, render: (_, h) => <LevelTag level={h.level} /> },
    { title: t('hp.col.members'), key: 'members', width: 80, align: 'right', render: (_, h) => t('hp.membersCount', { count: h.memberCount }) },
    { title: t('hp.col.nextVisit'), key: 'next', width: 120, render: (_, h) => h.plan?.nextDueOn ?? <Typography.Text type="secondary">{t('hp.detail.noPlan')}</Typography.Text> },
    { title: t('hp.col.assessed'), key: 'assessed', width: 160, render: (_, h) => formatTime(h.lastAssessedAt) },
  ];

  return (
    <PageContainer title={t('menu.followUps.households')} description={t('menuDesc.followUps.households')}>
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 12 }}>
          <Select<RiskLevel>
            allowClear
            placeholder={t('hp.level')}
            value={level}
            onChange={setLevel}
            style={{ width: 140 }}
            options={RISK_LEVELS.map((l) => ({ value: l, label: t(levelKey(l)) }))}
            data-testid="household-level"
          />
          <Input.Search allowClear placeholder={t('hp.search')} onSearch={(v) => setQ(v.trim())} style={{ width: 260 }} maxLength={60} data-testid="household-search" />
        </Space>
        <Table<ProfileSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={loading}
          pagination={false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('hp.empty') }}
          data-testid="household-table"
        />
        {hasMore ? (
          <div style={{ textAlign: 'center', marginTop: 12 }}>
            <Button onClick={loadMore} loading={loading}>
              {t('common.loadMore')}
            </Button>
          </div>
        ) : null}
      </Card>
    </PageContainer>
  );
}
