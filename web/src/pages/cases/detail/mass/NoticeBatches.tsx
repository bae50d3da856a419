// 通知记录: each batch with its delivery counts; per household on demand (phones masked).
import { Card, List, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { householdsApi, type NoticeBatch, type NoticeDelivery } from '../../../../api/households';
import { useErrorNotice } from '../../../../components/useErrorNotice';
import { useT } from '../../../../i18n';
import { formatTime } from '../../shared/format';

const COLOR = { pending: 'processing', sent: 'success', failed: 'error' } as const;

function Deliveries({ caseId, batchId }: { caseId: string; batchId: string }) {
  const t = useT();
  const notify = useErrorNotice();
  const [items, setItems] = useState<NoticeDelivery[] | null>(null);
  useEffect(() => {
    householdsApi.deliveries(caseId, batchId).then((r) => setItems(r.items), notify);
  }, [caseId, batchId, notify]);
  return (
    <Table<NoticeDelivery>
      size="small"
      rowKey="id"
      loading={items === null}
      dataSource={items ?? []}
      pagination={{ pageSize: 10, size: 'small', showSizeChanger: false }}
      columns={[
        { title: t('households.col.no'), dataIndex: 'rowNo', width: 60 },
        { title: t('households.col.name'), dataIndex: 'name', width: 100 },
        { title: t('households.col.phone'), dataIndex: 'phone', width: 120 },
        {
          key: 'status',
          render: (_, d) => (
            <>
              <Tag color={COLOR[d.status]}>{t(`households.delivery.${d.status}`)}</Tag>
              {d.attempts > 1 ? <Typography.Text type="secondary">{t('households.delivery.attempts', { count: d.attempts })} </Typography.Text> : null}
              {d.nextAttemptAt && d.attempts > 0 ? <Typography.Text type="secondary">{t('households.delivery.next', { time: formatTime(d.nextAttemptAt) })}</Typography.Text> : null}
              {d.sentAt ? <Typography.Text type="secondary">{formatTime(d.sentAt)}</Typography.Text> : null}
            </>
          ),
        },
      ]}
    />
  );
}

export function NoticeBatches({ caseId, reloadKey }: { caseId: string; reloadKey: number }) {
  const t = useT();
  const notify = useErrorNotice();
  const [items, setItems] = useState<NoticeBatch[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    const ac = new AbortController();
    householdsApi.notices(caseId, ac.signal).then((r) => setItems(r.items), notify);
    return () => ac.abort();
  }, [caseId, reloadKey, notify]);
  return (
    <Card size="small" type="inner" title={t('households.notices')} data-testid="notice-batches">
      <List<NoticeBatch>
        size="small"
        dataSource={items}
        locale={{ emptyText: t('households.notices.empty') }}
        renderItem={(b) => (
          <List.Item
            key={b.id}
            actions={[
              <Typography.Link key="show" onClick={() => setOpen(open === b.id ? null : b.id)}>
                {t('households.delivery.show')}
              </Typography.Link>,
            ]}
          >
            <div style={{ width: '100%' }}>
              <Typography.Text strong>{b.title}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {formatTime(b.createdAt)} {b.createdByName ?? ''}
              </Typography.Text>
              <div>
                <Tag color={b.failed ? 'error' : b.pending ? 'processing' : 'success'}>{t('households.notices.counts', { total: b.total, sent: b.sent, pending: b.pending, failed: b.failed })}</Tag>
              </div>
              {open === b.id ? <Deliveries caseId={caseId} batchId={b.id} /> : null}
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
