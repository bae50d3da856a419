// 转介记录: referrals the caller sees (through the case or household, or as the provider's
// liaison), by status and kind, with the steps they may take.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Segmented, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { ASSISTANCE_KINDS, assistanceApi, type AssistanceKind, type Referral } from '../../api/assistance';
import { useLatestLoad } from '../../components/useLatestLoad';
import { useT } from '../../i18n';
import { formatTime } from '../cases/shared/format';
import { KindTag, ReferralStatusTag } from './labels';
import { ReferralActions } from './ReferralActions';

type Filter = 'open' | 'referred' | 'in_progress' | 'closed' | 'all';
const STATUS: Record<Filter, string | undefined> = { open: 'referred,accepted,in_progress', referred: 'referred', in_progress: 'accepted,in_progress', closed: 'completed,declined', all: undefined };

export function ReferralsTab() {
  const t = useT();
  const [filter, setFilter] = useState<Filter>('open');
  const [kind, setKind] = useState<AssistanceKind | undefined>();
  const [items, setItems] = useState<Referral[]>([]);
  const { loading, load } = useLatestLoad(
    useCallback(async (signal: AbortSignal) => setItems((await assistanceApi.referrals({ status: STATUS[filter], kind }, signal)).items), [filter, kind]),
  );

  const columns: TableColumnsType<Referral> = [
    {
      title: t('assistance.subject'),
      key: 'subject',
      width: 200,
      render: (_, r) =>
        r.case ? (
          <div>
            <Link to={`/cases/${r.case.id}`} className="case-code-link">
              {r.case.code}
            </Link>
            <Typography.Text type="secondary" ellipsis={{ tooltip: r.case.title }} style={{ display: 'block', fontSize: 12 }}>
              {r.case.title}
            </Typography.Text>
          </div>
        ) : r.household ? (
          <div>
            <div>{t('assistance.householdOf', { name: r.household.headName })}</div>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {[r.household.gridName, r.household.address].filter(Boolean).join(' · ')}
            </Typography.Text>
          </div>
        ) : (
          '—'
        ),
    },
    {
      title: t('assistance.resource'),
      key: 'resource',
      width: 230,
      render: (_, r) => (
        <div>
          <Space size={6} wrap>
            <KindTag kind={r.resource.kind} />
            <span>{r.resource.name}</span>
          </Space>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {r.resource.provider}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('assistance.reason'),
      key: 'reason',
      minWidth: 220,
      render: (_, r) => (
        <div>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.reason }} style={{ marginBottom: 0 }}>
            {r.reason}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('assistance.referredBy', { name: r.referredByName ?? '—', time: formatTime(r.referredAt) })}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('assistance.statusAndOutcome'),
      key: 'status',
      width: 220,
      render: (_, r) => (
        <div>
          <ReferralStatusTag status={r.status} />
          {r.outcome ? (
            <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.outcome }} style={{ margin: '4px 0 0', fontSize: 12 }}>
              {r.outcome}
            </Typography.Paragraph>
          ) : null}
          {r.closedAt ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('assistance.closedAt', { time: formatTime(r.closedAt) })}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    { title: t('common.actions'), key: 'actions', width: 150, fixed: 'right', render: (_, r) => <ReferralActions referral={r} onChanged={() => void load()} /> },
  ];

  return (
    <>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={(['open', 'referred', 'in_progress', 'closed', 'all'] as const).map((f) => ({ value: f, label: t(`assistance.filter.${f}`) }))}
            data-testid="referral-filter"
          />
          <Select<AssistanceKind | undefined>
            allowClear
            value={kind}
            onChange={setKind}
            placeholder={t('assistance.allKinds')}
            style={{ width: 200 }}
            options={ASSISTANCE_KINDS.map((k) => ({ value: k, label: t(`assistance.kind.${k}`) }))}
          />
        </Space>
        <Button icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
          {t('common.refresh')}
        </Button>
      </Space>
      <Table<Referral>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('assistance.noReferralsFound') }}
        data-testid="referral-table"
      />
    </>
  );
}
