// The cases behind a figure: code (a link to the case), matter, status and risk, place, handler.
import { Space, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { CaseListItem } from '../../api/caseTypes';
import { useT } from '../../i18n';
import { RiskTag, StatusTag } from '../cases/shared/CaseTags';
import { formatTime } from '../cases/shared/format';
import { useCategories } from '../cases/shared/useCategories';

export function CaseBriefTable({ items, loading, testId }: { items: CaseListItem[]; loading: boolean; testId?: string }) {
  const t = useT();
  const categories = useCategories();
  const columns: TableColumnsType<CaseListItem> = [
    {
      title: t('case.code'),
      dataIndex: 'code',
      width: 175,
      render: (code: string, row) => (
        <Link to={`/cases/${row.id}`} data-testid="drill-case-link">
          {code}
        </Link>
      ),
    },
    {
      title: t('case.title'),
      key: 'title',
      render: (_, row) => (
        <div style={{ minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: row.title }} style={{ display: 'block' }}>
            {row.title}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {categories.nameOf(row.category, row.categoryName)} · {formatTime(row.registeredAt)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('case.status'),
      key: 'status',
      width: 150,
      render: (_, row) => (
        <Space size={[4, 4]} wrap>
          <StatusTag status={row.status} />
          <RiskTag risk={row.riskLevel} />
        </Space>
      ),
    },
    {
      title: t('case.territory'),
      key: 'territory',
      width: 170,
      render: (_, row) => (
        <div>
          <div>{row.streetName ?? '—'}</div>
          {row.gridName ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.gridName}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    { title: t('dashboard.drill.handler'), key: 'handler', width: 150, render: (_, row) => row.assigneeName ?? row.handlingUnitName ?? '—' },
  ];
  return <Table<CaseListItem> data-testid={testId} size="small" rowKey="id" loading={loading} columns={columns} dataSource={items} pagination={false} scroll={{ x: 760 }} />;
}
