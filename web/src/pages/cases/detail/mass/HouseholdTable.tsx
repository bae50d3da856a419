// The households table: filter by step, search, multi-select, bulk steps and batch notices
// for the selection or for everybody the filter shows. Amounts in 元; identifiers masked.
import { NotificationOutlined } from '@ant-design/icons';
import { App, Button, Input, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { isApiError } from '../../../../api/client';
import {
  HOUSEHOLD_STEPS,
  type Household,
  type HouseholdFilter,
  type HouseholdStatusFilter,
  householdsApi,
  MANUAL_STEPS,
  type ManualStep,
  type NotReadyHousehold,
  type Selection,
} from '../../../../api/households';
import { useErrorNotice } from '../../../../components/useErrorNotice';
import { useT } from '../../../../i18n';
import { formatFen } from '../../shared/validators';
import { AmountModal, showNotReady } from './HouseholdStepModals';
import { NoticeComposer } from './NoticeComposer';

const PAGE = 100;
const STEP_COLOR = { notified: 'blue', attended: 'cyan', agreed: 'geekblue', signed: 'purple', paid: 'green' } as const;

interface Props {
  caseId: string;
  canEdit: boolean;
  reloadKey: number;
  onChanged: () => void;
}

export function HouseholdTable({ caseId, canEdit, reloadKey, onChanged }: Props) {
  const t = useT();
  const { message, modal } = App.useApp();
  const notify = useErrorNotice();
  const [filter, setFilter] = useState<HouseholdFilter>({});
  const [items, setItems] = useState<Household[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [scope, setScope] = useState<'selected' | 'filtered'>('selected');
  const [amountStep, setAmountStep] = useState<ManualStep | null>(null);
  const [composing, setComposing] = useState(false);

  const load = useCallback(
    async (after: string | null, signal?: AbortSignal) => {
      setLoading(true);
      try {
        const r = await householdsApi.list(caseId, { ...filter, cursor: after ?? undefined, limit: PAGE }, signal);
        setItems((prev) => (after ? [...prev, ...r.items] : r.items));
        setCursor(r.nextCursor);
      } catch (error) {
        notify(error);
      } finally {
        setLoading(false);
      }
    },
    [caseId, filter, notify],
  );

  useEffect(() => {
    const ac = new AbortController();
    void load(null, ac.signal);
    return () => ac.abort();
  }, [load, reloadKey]);

  const selection = (): Selection => (scope === 'selected' ? { householdIds: selected } : { all: true, filter });
  const target = scope === 'selected' ? t('households.selected', { count: selected.length }) : t('households.applyTo.filtered');
  const ready = scope === 'filtered' || selected.length > 0;

  const runStep = async (step: ManualStep, amountFen?: number) => {
    try {
      const r = await householdsApi.progress(caseId, selection(), step, amountFen);
      void message.success(t('households.bulkDone', { step: t(`households.action.${step}`), changed: r.changed }));
      setSelected([]);
      onChanged();
    } catch (error) {
      const list = isApiError(error) && Array.isArray(error.details.households) ? (error.details.households as NotReadyHousehold[]) : null;
      if (list) showNotReady(modal, `${error instanceof Error ? error.message : ''} ${t('households.notReady', { count: list.length })}`, list);
      else notify(error);
    }
  };

  const toggleRepresentative = async (h: Household) => {
    try {
      await householdsApi.patch(h.id, { version: h.version, representative: !h.representative });
      onChanged();
    } catch (error) {
      notify(error);
      onChanged();
    }
  };

  const statusOptions = [
    { value: '', label: t('households.filter.all') },
    ...HOUSEHOLD_STEPS.map((s) => ({ value: s, label: t(`households.step.${s}`) })),
    ...HOUSEHOLD_STEPS.map((s) => ({ value: `not_${s}`, label: t('households.filter.not', { step: t(`households.step.${s}`) }) })),
    { value: 'representative', label: t('households.filter.representative') },
  ];

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Space wrap>
        <Select<string>
          style={{ width: 150 }}
          value={filter.status ?? ''}
          options={statusOptions}
          onChange={(v) => setFilter((f) => ({ ...f, status: (v || undefined) as HouseholdStatusFilter | undefined }))}
          data-testid="households-filter"
        />
        <Input.Search allowClear style={{ width: 280 }} placeholder={t('households.search')} onSearch={(q) => setFilter((f) => ({ ...f, q: q.trim() || undefined }))} data-testid="households-search" />
      </Space>
      {canEdit ? (
        <Space wrap>
          <Typography.Text type="secondary">{t('households.applyTo')}</Typography.Text>
          <Segmented<'selected' | 'filtered'>
            value={scope}
            onChange={setScope}
            options={[
              { value: 'selected', label: t('households.selected', { count: selected.length }) },
              { value: 'filtered', label: t('households.applyTo.filtered') },
            ]}
          />
          {MANUAL_STEPS.map((step) => (
            <Button
              key={step}
              size="small"
              disabled={!ready}
              onClick={() => (step === 'agreed' || step === 'paid' ? setAmountStep(step) : void runStep(step))}
              data-testid={`households-step-${step}`}
            >
              {t(`households.action.${step}`)}
            </Button>
          ))}
          <Button size="small" icon={<NotificationOutlined />} disabled={!ready} onClick={() => setComposing(true)} data-testid="households-notice">
            {t('households.notice')}
          </Button>
        </Space>
      ) : null}
      <Table<Household>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={items}
        pagination={false}
        scroll={{ x: 900, y: 420 }}
        rowSelection={canEdit ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) } : undefined}
        columns={[
          { title: t('households.col.no'), dataIndex: 'rowNo', width: 60 },
          {
            title: t('households.col.name'),
            key: 'name',
            width: 120,
            render: (_, h) => (
              <Space size={4}>
                {h.name}
                {h.representative ? <Tag color="volcano">{t('households.representative.yes')}</Tag> : null}
              </Space>
            ),
          },
          { title: t('households.col.idNumber'), dataIndex: 'idNumber', width: 170 },
          { title: t('households.col.phone'), dataIndex: 'phone', width: 115 },
          { title: t('households.col.address'), dataIndex: 'address', ellipsis: true },
          { title: t('households.col.claim'), key: 'claim', width: 100, align: 'right', render: (_, h) => formatFen(h.claimFen) },
          { title: t('households.col.agreed'), key: 'agreed', width: 100, align: 'right', render: (_, h) => (h.agreedFen === null ? '—' : formatFen(h.agreedFen)) },
          { title: t('households.col.paid'), key: 'paid', width: 100, align: 'right', render: (_, h) => formatFen(h.paidFen) },
          {
            title: t('households.col.step'),
            key: 'step',
            width: 90,
            render: (_, h) => (h.step ? <Tag color={STEP_COLOR[h.step]}>{t(`households.step.${h.step}`)}</Tag> : <Tag>{t('households.step.none')}</Tag>),
          },
          ...(canEdit
            ? [
                {
                  key: 'rep',
                  width: 96,
                  render: (_: unknown, h: Household) => (
                    <Typography.Link onClick={() => void toggleRepresentative(h)}>
                      {h.representative ? t('households.representative.unset') : t('households.representative.set')}
                    </Typography.Link>
                  ),
                },
              ]
            : []),
        ]}
      />
      {cursor ? (
        <Button block size="small" loading={loading} onClick={() => void load(cursor)}>
          {t('households.loadMore')}
        </Button>
      ) : null}
      <AmountModal step={amountStep} onClose={() => setAmountStep(null)} onSubmit={(amountFen) => runStep(amountStep!, amountFen)} />
      <NoticeComposer
        open={composing}
        target={target}
        onClose={() => setComposing(false)}
        onSubmit={async (title, body) => {
          const r = await householdsApi.sendNotice(caseId, selection(), title, body);
          void message.success(t('households.notice.queued', { recipients: r.recipients, withoutPhone: r.withoutPhone }));
          onChanged();
        }}
      />
    </Space>
  );
}
