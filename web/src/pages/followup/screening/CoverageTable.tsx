// 排查覆盖率 as a tree: street → community → grid, each with target, screened, flagged and a
// progress bar; units behind (the one overdue rule of the server) are red.
import { Progress, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { type HTMLAttributes, useEffect, useMemo, useState } from 'react';
import { type Coverage, type CoverageRow, screeningApi } from '../../../api/screening';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { percent } from './labels';

interface TreeRow extends CoverageRow {
  key: string;
  level: 'street' | 'community' | 'grid';
  children?: TreeRow[];
}

/** Streets with their communities with their grids, from the three flat lists. */
export function coverageTree(streets: CoverageRow[], communities: CoverageRow[], grids: CoverageRow[]): TreeRow[] {
  const gridsOf = (communityId: string): TreeRow[] => grids.filter((g) => g.parentId === communityId).map((g) => ({ ...g, key: `g:${g.unitId}`, level: 'grid' }));
  const communitiesOf = (streetId: string): TreeRow[] =>
    communities.filter((c) => c.parentId === streetId).map((c) => ({ ...c, key: `c:${c.unitId}`, level: 'community', children: gridsOf(c.unitId) }));
  return streets.map((s) => ({ ...s, key: `s:${s.unitId}`, level: 'street', children: communitiesOf(s.unitId) }));
}

export function CoverageTable({ campaignId, reloadKey, onGrids }: { campaignId: string; reloadKey: number; onGrids?: (grids: CoverageRow[]) => void }) {
  const t = useT();
  const notify = useErrorNotice();
  const [data, setData] = useState<{ streets: Coverage; communities: Coverage; grids: Coverage } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([
      screeningApi.coverage(campaignId, 'street', controller.signal),
      screeningApi.coverage(campaignId, 'community', controller.signal),
      screeningApi.coverage(campaignId, 'grid', controller.signal),
    ]).then(([streets, communities, grids]) => {
      setData({ streets, communities, grids });
      onGrids?.(grids.rows);
    }, notify);
    return () => controller.abort();
  }, [campaignId, reloadKey, notify, onGrids]);

  const tree = useMemo(() => (data ? coverageTree(data.streets.rows, data.communities.rows, data.grids.rows) : []), [data]);
  // Streets open on their communities (a community with grids behind says so and opens on a
  // click); a small campaign (a grid worker's view) opens down to the grids.
  const expanded = useMemo(() => {
    const small = (data?.grids.rows.length ?? 0) <= 20;
    return tree.flatMap((s) => [s.key, ...(small ? (s.children ?? []).map((c) => c.key) : [])]);
  }, [tree, data]);

  const columns: TableColumnsType<TreeRow> = [
    {
      title: t('screening.coverage.unit'),
      key: 'name',
      render: (_, r) => (
        <Typography.Text strong={r.level !== 'grid'} type={r.overdue ? 'danger' : undefined}>
          {r.name}
        </Typography.Text>
      ),
    },
    { title: t('screening.coverage.target'), dataIndex: 'targetHouseholds', width: 100, align: 'right' },
    { title: t('screening.coverage.screened'), dataIndex: 'screened', width: 90, align: 'right' },
    { title: t('screening.coverage.flagged'), dataIndex: 'flagged', width: 80, align: 'right' },
    {
      title: t('screening.coverage.rate'),
      key: 'rate',
      width: 220,
      render: (_, r) => <Progress percent={Math.round(r.coverage * 1000) / 10} size="small" status={r.overdue ? 'exception' : r.coverage >= 1 ? 'success' : 'normal'} format={() => percent(r.coverage)} />,
    },
    {
      title: t('screening.coverage.overdue'),
      key: 'overdue',
      width: 130,
      render: (_, r) =>
        r.overdue ? <Tag color="red">{t('screening.coverage.overdueTag')}</Tag> : r.level !== 'grid' && r.overdueGrids > 0 ? <Tag color="orange">{t('screening.overdueGrids', { count: r.overdueGrids })}</Tag> : null,
    },
  ];

  return (
    <>
      {data ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('screening.coverage.legend', { expected: percent(data.grids.expectedProgress) })}
        </Typography.Paragraph>
      ) : null}
      <Table<TreeRow>
        key={expanded.join(',')}
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={tree}
        loading={!data}
        pagination={false}
        expandable={{ defaultExpandedRowKeys: expanded }}
        rowClassName={(r) => (r.overdue ? 'coverage-overdue' : '')}
        onRow={(r) => ({ style: r.overdue ? { background: '#fff1f0' } : undefined, 'data-testid': `coverage-${r.level}-${r.overdue ? 'overdue' : 'ok'}` }) as HTMLAttributes<HTMLElement>}
        data-testid="coverage-table"
      />
    </>
  );
}
