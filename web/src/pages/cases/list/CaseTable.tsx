// The case table: code, matter, status with urgency/risk, live deadline, territory, handler.
import { Space, Table, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../../i18n';
import { channelKey } from '../shared/caseLabels';
import { PausedTag, RiskTag, StatusTag, UrgencyTag } from '../shared/CaseTags';
import { DeadlineBadge } from '../shared/DeadlineBadge';
import { formatTime } from '../shared/format';
import { useCategories } from '../shared/useCategories';
import type { CaseRow } from './useCaseList';

interface CaseTableProps {
  items: CaseRow[];
  loading: boolean;
  emptyText: string;
}

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export function CaseTable({ items, loading, emptyText }: CaseTableProps) {
  const t = useT();
  const navigate = useNavigate();
  const categories = useCategories();

  const columns: TableColumnsType<CaseRow> = [
    {
      title: t('case.code'),
      dataIndex: 'code',
      width: 160,
      fixed: 'left',
      render: (code: string, row) => (
        <Link to={`/cases/${row.id}`} onClick={(event) => event.stopPropagation()} className="case-code-link">
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
            {categories.nameOf(row.category, row.categoryName)} · {t(channelKey(row.channel))} · {formatTime(row.registeredAt)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('case.status'),
      key: 'status',
      width: 170,
      render: (_, row) => (
        <Space size={[4, 4]} wrap>
          <StatusTag status={row.status} />
          {row.paused ? <PausedTag /> : null}
          <UrgencyTag urgency={row.urgency} hideNormal />
          <RiskTag risk={row.riskLevel} />
        </Space>
      ),
    },
    {
      title: t('caseList.deadline'),
      key: 'deadline',
      width: 190,
      render: (_, row) =>
        row.deadline ? <DeadlineBadge deadline={row.deadline} category={row.category} fetchedAt={row.fetchedAt} /> : dash,
    },
    {
      title: t('case.territory'),
      key: 'territory',
      width: 170,
      render: (_, row) =>
        row.streetName || row.gridName ? (
          <div>
            <div>{row.streetName ?? '—'}</div>
            {row.gridName ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: true }}>
                {row.gridName}
              </Typography.Text>
            ) : null}
          </div>
        ) : (
          dash
        ),
    },
    {
      title: t('caseList.handler'),
      key: 'handler',
      width: 160,
      render: (_, row) =>
        row.handlingUnitName || row.assigneeName ? (
          <div>
            <div>{row.assigneeName ?? row.handlingUnitName}</div>
            {row.assigneeName && row.handlingUnitName ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: true }}>
                {row.handlingUnitName}
              </Typography.Text>
            ) : null}
          </div>
        ) : (
          <Typography.Text type="secondary">{t('caseList.unassigned')}</Typography.Text>
        ),
    },
  ];

  return (
    <Table<CaseRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 1100 }}
      locale={{ emptyText }}
      onRow={(row) => ({ onClick: () => navigate(`/cases/${row.id}`), style: { cursor: 'pointer' } })}
      data-testid="case-table"
    />
  );
}
