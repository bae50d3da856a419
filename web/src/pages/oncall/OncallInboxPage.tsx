// 随驻请求 (/oncall): requests to the caller's unit (a law firm's or social organisation's liaison
// answers here), or — for dispatchers and directors — every request on the center's cases.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { staffingApi, type OncallRequest } from '../../api/staffing';
import { PageContainer } from '../../components/PageContainer';
import { useLatestLoad } from '../../components/useLatestLoad';
import { useT } from '../../i18n';
import { formatTime } from '../cases/shared/format';
import { OncallActions } from './OncallActions';
import { OncallCountdown, OncallStatusTag } from './oncallLabels';
import { RespondModal } from './RespondModal';

type Filter = 'pending' | 'accepted' | 'closed' | 'all';
const STATUS: Record<Filter, string | undefined> = { pending: 'pending', accepted: 'accepted', closed: 'declined,expired,done,cancelled', all: undefined };

export default function OncallInboxPage() {
  const t = useT();
  const [filter, setFilter] = useState<Filter>('pending');
  const [items, setItems] = useState<OncallRequest[]>([]);
  const [responding, setResponding] = useState<{ request: OncallRequest; decision: 'accepted' | 'declined' } | null>(null);
  const { loading, load } = useLatestLoad(
    useCallback(async (signal: AbortSignal) => setItems((await staffingApi.inbox(STATUS[filter], signal)).items), [filter]),
  );

  const columns: TableColumnsType<OncallRequest> = [
    {
      title: t('oncall.case'),
      key: 'case',
      width: 220,
      render: (_, r) => (
        <div>
          {r.caseOpen ? (
            <Link to={`/cases/${r.caseId}`} className="case-code-link">
              {r.caseCode}
            </Link>
          ) : (
            r.caseCode
          )}
          <Typography.Text type="secondary" ellipsis={{ tooltip: r.caseTitle }} style={{ display: 'block', fontSize: 12 }}>
            {r.caseTitle}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('oncall.unit'), dataIndex: 'unitName', width: 150 },
    {
      title: t('oncall.message'),
      key: 'message',
      minWidth: 260,
      render: (_, r) => (
        <div>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.message }} style={{ marginBottom: 0 }}>
            {r.message}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('oncall.requestedBy', { name: r.requestedByName ?? '—', time: formatTime(r.requestedAt) })}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('oncall.status'),
      key: 'status',
      width: 150,
      render: (_, r) => (
        <Space orientation="vertical" size={4}>
          <OncallStatusTag status={r.status} />
          <OncallCountdown request={r} />
        </Space>
      ),
    },
    {
      title: t('oncall.response'),
      key: 'response',
      width: 190,
      render: (_, r) =>
        r.respondedAt ? (
          <div>
            {r.responseNote ? <div>{r.responseNote}</div> : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('oncall.respondedBy', { name: r.responderName ?? '—', time: formatTime(r.respondedAt) })}
            </Typography.Text>
          </div>
        ) : (
          <Typography.Text type="secondary">{t('oncall.respondBy', { time: formatTime(r.respondBy) })}</Typography.Text>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, r) => <OncallActions request={r} onRespond={(request, decision) => setResponding({ request, decision })} onChanged={() => void load()} />,
    },
  ];

  return (
    <PageContainer title={t('oncall.title')} description={t('oncall.inboxHint')}>
      <Card variant="borderless">
        <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={(['pending', 'accepted', 'closed', 'all'] as const).map((f) => ({ value: f, label: t(`oncall.filter.${f}`) }))}
            data-testid="oncall-filter"
          />
          <Button icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
            {t('staffing.refresh')}
          </Button>
        </Space>
        <Table<OncallRequest>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={loading}
          pagination={false}
          scroll={{ x: 1140 }}
          locale={{ emptyText: t('oncall.empty') }}
          data-testid="oncall-table"
        />
      </Card>
      <RespondModal request={responding?.request ?? null} decision={responding?.decision ?? 'accepted'} onClose={() => setResponding(null)} onDone={() => void load()} />
    </PageContainer>
  );
}
