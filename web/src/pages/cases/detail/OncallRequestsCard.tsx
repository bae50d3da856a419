// 随驻请求 on the case page: the requests to law firms and social organisations with their status and
// answer countdown; the handler or a dispatcher asks for more, the requester closes them, the unit answers.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { Case } from '../../../api/caseTypes';
import { staffingApi, type OncallRequest } from '../../../api/staffing';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { OncallActions } from '../../oncall/OncallActions';
import { OncallCountdown, OncallStatusTag } from '../../oncall/oncallLabels';
import { type OncallUnitOption, OncallRequestModal } from '../../oncall/OncallRequestModal';
import { RespondModal } from '../../oncall/RespondModal';
import { formatTime } from '../shared/format';

export function OncallRequestsCard({ current, onChanged }: { current: Case; onChanged: () => void }) {
  const t = useT();
  const notify = useErrorNotice();
  const [items, setItems] = useState<OncallRequest[]>([]);
  const [units, setUnits] = useState<OncallUnitOption[]>([]);
  const [canRequest, setCanRequest] = useState(false);
  const [asking, setAsking] = useState(false);
  const [responding, setResponding] = useState<{ request: OncallRequest; decision: 'accepted' | 'declined' } | null>(null);

  const load = useCallback(async () => {
    try {
      const r = await staffingApi.caseRequests(current.id);
      setItems(r.items);
      setUnits(r.units);
      setCanRequest(r.canRequest);
    } catch (error) {
      notify(error);
    }
    // Listed so that a new version of the case (an action, a timeline event) reloads the list too.
  }, [current.id, current.version, notify]);

  useEffect(() => {
    void load();
  }, [load]);

  const changed = () => {
    void load();
    onChanged();
  };

  return (
    <Card
      variant="borderless"
      title={t('oncall.cardTitle')}
      extra={
        canRequest ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAsking(true)} data-testid="oncall-request">
            {t('oncall.request')}
          </Button>
        ) : null
      }
      data-testid="oncall-card"
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('oncall.empty')} />
      ) : (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {items.map((r) => (
            <div key={r.id} className="case-oncall" data-testid="oncall-item" data-status={r.status}>
              <Space size={4} wrap style={{ width: '100%', justifyContent: 'space-between' }}>
                <Typography.Text strong>{r.unitName}</Typography.Text>
                <Space size={4}>
                  <OncallStatusTag status={r.status} />
                  <OncallCountdown request={r} />
                </Space>
              </Space>
              <Typography.Paragraph style={{ margin: '4px 0' }} ellipsis={{ rows: 3, expandable: true, symbol: '…' }}>
                {r.message}
              </Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {t('oncall.requestedBy', { name: r.requestedByName ?? '—', time: formatTime(r.requestedAt) })}
                {r.status === 'pending' ? ` · ${t('oncall.respondBy', { time: formatTime(r.respondBy) })}` : ''}
              </Typography.Text>
              {r.respondedAt ? (
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {t('oncall.respondedBy', { name: r.responderName ?? '—', time: formatTime(r.respondedAt) })}
                  {r.responseNote ? `：${r.responseNote}` : ''}
                </Typography.Text>
              ) : null}
              <div style={{ marginTop: 4 }}>
                <OncallActions request={r} onRespond={(request, decision) => setResponding({ request, decision })} onChanged={changed} />
              </div>
            </div>
          ))}
        </Space>
      )}
      <OncallRequestModal open={asking} caseId={current.id} caseCode={current.code} units={units} centerId={current.centerId} onClose={() => setAsking(false)} onSent={changed} />
      <RespondModal request={responding?.request ?? null} decision={responding?.decision ?? 'accepted'} onClose={() => setResponding(null)} onDone={changed} />
    </Card>
  );
}
