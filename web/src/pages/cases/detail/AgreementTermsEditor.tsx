// The terms editor of a draft agreement: one row per obligation, a live total of the payments
// and the same mismatch message the server gives.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { formatYuan, type TermKind } from '../../../api/agreements';
import type { CaseParty } from '../../../api/caseTypes';
import { useT } from '../../../i18n';

export interface TermRow {
  key: number;
  obligorPartyId: string | null;
  obligeePartyId: string | null;
  kind: TermKind;
  description: string;
  amountYuan: number | null;
  dueOn: string;
}

export interface DraftState {
  summary: string;
  totalYuan: number | null;
  terms: TermRow[];
}

const KINDS: TermKind[] = ['payment', 'action', 'refrain', 'other'];
const fen = (yuan: number | null) => (yuan === null ? 0 : Math.round(yuan * 100));

/** The payments in fen, and whether they match the total. */
export function draftSums(d: DraftState) {
  const sum = d.terms.reduce((s, r) => s + (r.kind === 'payment' ? fen(r.amountYuan) : 0), 0);
  const total = fen(d.totalYuan);
  return { sum, total, matches: sum === total };
}

let nextKey = 1;
export function newTerm(parties: CaseParty[]): TermRow {
  return {
    key: nextKey++,
    obligorPartyId: parties.find((p) => p.role === 'respondent')?.partyId ?? null,
    obligeePartyId: parties.find((p) => p.role === 'applicant')?.partyId ?? null,
    kind: 'payment',
    description: '',
    amountYuan: null,
    dueOn: '',
  };
}

export function AgreementTermsEditor({ parties, value, onChange }: { parties: CaseParty[]; value: DraftState; onChange: (next: DraftState) => void }) {
  const t = useT();
  const partyOptions = parties.map((p) => ({ value: p.partyId, label: p.name }));
  const setRow = (key: number, patch: Partial<TermRow>) => onChange({ ...value, terms: value.terms.map((r) => (r.key === key ? { ...r, ...patch } : r)) });
  const { sum, total, matches } = draftSums(value);

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Input.TextArea
        rows={2}
        maxLength={2000}
        placeholder={t('agreement.summaryPlaceholder')}
        aria-label={t('agreement.summary')}
        value={value.summary}
        onChange={(e) => onChange({ ...value, summary: e.target.value })}
        data-testid="agreement-summary"
      />
      <Space wrap>
        <Typography.Text>{t('agreement.total')}</Typography.Text>
        <InputNumber min={0} precision={2} step={100} style={{ width: 160 }} value={value.totalYuan} onChange={(v) => onChange({ ...value, totalYuan: v })} data-testid="agreement-total" />
      </Space>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={value.terms}
        scroll={{ x: 820 }}
        columns={[
          { title: '#', width: 36, render: (_v, _r, i) => i + 1 },
          {
            title: t('agreement.col.obligor'),
            width: 120,
            render: (_v, r: TermRow) => <Select size="small" style={{ width: '100%' }} options={partyOptions} value={r.obligorPartyId} onChange={(v) => setRow(r.key, { obligorPartyId: v })} />,
          },
          {
            title: t('agreement.col.obligee'),
            width: 120,
            render: (_v, r: TermRow) => <Select size="small" allowClear style={{ width: '100%' }} options={partyOptions} value={r.obligeePartyId} onChange={(v) => setRow(r.key, { obligeePartyId: v ?? null })} />,
          },
          {
            title: t('agreement.col.kind'),
            width: 96,
            render: (_v, r: TermRow) => (
              <Select
                size="small"
                style={{ width: '100%' }}
                options={KINDS.map((k) => ({ value: k, label: t(`agreement.kind.${k}`) }))}
                value={r.kind}
                onChange={(kind) => setRow(r.key, { kind, amountYuan: kind === 'payment' ? r.amountYuan : null })}
              />
            ),
          },
          {
            title: t('agreement.col.description'),
            render: (_v, r: TermRow, i) => <Input size="small" maxLength={1000} value={r.description} onChange={(e) => setRow(r.key, { description: e.target.value })} data-testid={`term-description-${i}`} />,
          },
          {
            title: t('agreement.col.amount'),
            width: 120,
            render: (_v, r: TermRow, i) => (
              <InputNumber size="small" min={0} precision={2} disabled={r.kind !== 'payment'} style={{ width: '100%' }} value={r.amountYuan} onChange={(v) => setRow(r.key, { amountYuan: v })} data-testid={`term-amount-${i}`} />
            ),
          },
          {
            title: t('agreement.col.dueOn'),
            width: 140,
            render: (_v, r: TermRow, i) => <Input size="small" type="date" value={r.dueOn} onChange={(e) => setRow(r.key, { dueOn: e.target.value })} data-testid={`term-due-${i}`} />,
          },
          {
            title: '',
            width: 40,
            render: (_v, r: TermRow) => (
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('agreement.removeTerm')} onClick={() => onChange({ ...value, terms: value.terms.filter((x) => x.key !== r.key) })} />
            ),
          },
        ]}
      />
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Button size="small" icon={<PlusOutlined />} onClick={() => onChange({ ...value, terms: [...value.terms, newTerm(parties)] })} data-testid="agreement-add-term">
          {t('agreement.addTerm')}
        </Button>
        <Typography.Text type={matches ? 'secondary' : 'danger'} data-testid="agreement-terms-total">
          {t('agreement.termsTotal', { sum: formatYuan(sum) })}
        </Typography.Text>
      </Space>
      {!matches ? <Alert type="error" showIcon title={t('agreement.mismatch', { sum: formatYuan(sum), total: formatYuan(total) })} data-testid="agreement-mismatch" /> : null}
    </Space>
  );
}
