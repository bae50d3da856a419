// 调解协议 on the case page: draft the structured terms, submit them for signing, record each
// party's signature or refusal at the session, mark terms fulfilled; guides to sign before resolving.
import { Alert, Button, Card, Checkbox, Descriptions, Empty, Input, Modal, Space, Table, Tag, Typography, message } from 'antd';
import { useEffect, useState } from 'react';
import { type AgreementState, agreementsApi, fenToYuan, formatYuan, type SignatureStatus, toFen } from '../../../api/agreements';
import type { Case } from '../../../api/caseTypes';
import { isApiError } from '../../../api/client';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';
import { formatTime } from '../shared/format';
import { AgreementTermsEditor, type DraftState, draftSums, newTerm } from './AgreementTermsEditor';

const STATUS_COLOR = { draft: 'default', signing: 'processing', signed: 'success', void: 'error' } as const;
const SIG_COLOR: Record<SignatureStatus, string> = { pending: 'default', signed: 'success', refused: 'error' };
const DRAFTABLE = ['accepted', 'handling'];

export function AgreementCard({ current, state, onChanged }: { current: Case; state: AgreementState; onChanged: (next?: AgreementState) => void }) {
  const t = useT();
  const notify = useErrorNotice();
  const [draft, setDraft] = useState<DraftState | null>(null);
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [refusing, setRefusing] = useState<{ partyId: string; name: string } | null>(null);
  const [voiding, setVoiding] = useState(false);
  const [reason, setReason] = useState('');
  const [hasDocuments, setHasDocuments] = useState(false);
  const a = state.agreement;
  const names = new Map(current.parties.map((p) => [p.partyId, p.name]));

  // 生成协议书 lives in the documents card when that card is on the page.
  useEffect(() => setHasDocuments(document.querySelector('[data-testid="documents-card"]') !== null), [current.version]);

  const run = async (fn: () => Promise<AgreementState>, done?: string) => {
    setBusy(true);
    try {
      const next = await fn();
      if (done) void message.success(done);
      onChanged(next);
      return true;
    } catch (error) {
      notify(error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const startEdit = () => {
    setFieldErrors([]);
    setDraft(
      a && a.status !== 'signing' && a.status !== 'signed'
        ? {
            summary: a.summary,
            totalYuan: fenToYuan(a.totalFen),
            terms: a.terms.map((term) => ({ ...newTerm(current.parties), ...term, obligeePartyId: term.obligeePartyId, amountYuan: fenToYuan(term.amountFen), dueOn: term.dueOn ?? '' })),
          }
        : { summary: '', totalYuan: null, terms: [newTerm(current.parties)] },
    );
  };

  const save = async () => {
    if (!draft) return;
    setBusy(true);
    try {
      const next = await agreementsApi.save(current.id, {
        summary: draft.summary.trim(),
        totalFen: toFen(draft.totalYuan) ?? 0,
        terms: draft.terms.map((r) => ({
          obligorPartyId: r.obligorPartyId ?? '',
          obligeePartyId: r.obligeePartyId,
          kind: r.kind,
          description: r.description.trim(),
          amountFen: r.kind === 'payment' ? toFen(r.amountYuan) : null,
          dueOn: r.dueOn || null,
        })),
        ...(a ? { version: a.version } : {}),
      });
      setDraft(null);
      setFieldErrors([]);
      void message.success(t('agreement.saved'));
      onChanged(next);
    } catch (error) {
      if (isApiError(error) && error.status === 400 && Object.keys(error.fields).length > 0) setFieldErrors(Object.values(error.fields));
      else notify(error);
    } finally {
      setBusy(false);
    }
  };

  const canDraft = state.canEdit && DRAFTABLE.includes(current.status);
  const guide = DRAFTABLE.includes(current.status) && a?.status !== 'signed';

  return (
    <Card
      variant="borderless"
      title={
        <Space size={8}>
          {t('agreement.cardTitle')}
          {a ? (
            <Tag color={STATUS_COLOR[a.status]} data-testid="agreement-status" data-status={a.status}>
              {t(`agreement.status.${a.status}`)}
            </Tag>
          ) : null}
          {a?.enforceable ? <Tag color="gold">{t('agreement.enforceable')}</Tag> : null}
        </Space>
      }
      extra={
        a && hasDocuments ? (
          <Button size="small" type="link" onClick={() => document.querySelector('[data-testid="documents-card"]')?.scrollIntoView({ behavior: 'smooth' })} data-testid="agreement-generate">
            {t('agreement.generate')}
          </Button>
        ) : null
      }
      data-testid="agreement-card"
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {guide ? <Alert type="info" showIcon title={t('agreement.guideSignFirst')} /> : null}
        {draft ? (
          <>
            <AgreementTermsEditor parties={current.parties} value={draft} onChange={setDraft} />
            {fieldErrors.length > 0 ? <Alert type="error" showIcon title={fieldErrors.join('；')} data-testid="agreement-errors" /> : null}
            <Space>
              <Button type="primary" loading={busy} disabled={!draftSums(draft).matches || draft.terms.length === 0} onClick={() => void save()} data-testid="agreement-save">
                {t('agreement.save')}
              </Button>
              <Button onClick={() => setDraft(null)}>{t('agreement.cancelEdit')}</Button>
            </Space>
          </>
        ) : !a ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('agreement.empty')}>
            {canDraft ? (
              <Button type="primary" onClick={startEdit} data-testid="agreement-create">
                {t('agreement.create')}
              </Button>
            ) : null}
          </Empty>
        ) : (
          <>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('agreement.summary')}>{a.summary}</Descriptions.Item>
              <Descriptions.Item label={t('agreement.total')}>
                <span data-testid="agreement-total-view">{formatYuan(a.totalFen)}</span>
              </Descriptions.Item>
              {a.concludedOn ? <Descriptions.Item label={t('agreement.concludedOnLabel')}>{a.concludedOn}</Descriptions.Item> : null}
            </Descriptions>
            <Table
              size="small"
              pagination={false}
              rowKey="ordinal"
              dataSource={a.terms}
              scroll={{ x: 640 }}
              columns={[
                { title: '#', dataIndex: 'ordinal', width: 36 },
                { title: t('agreement.col.obligor'), width: 90, render: (_v, r) => names.get(r.obligorPartyId ?? '') ?? t('agreement.noParty') },
                { title: t('agreement.col.obligee'), width: 90, render: (_v, r) => names.get(r.obligeePartyId ?? '') ?? t('agreement.noParty') },
                { title: t('agreement.col.kind'), width: 70, render: (_v, r) => t(`agreement.kind.${r.kind}`) },
                { title: t('agreement.col.description'), dataIndex: 'description' },
                { title: t('agreement.col.amount'), width: 110, align: 'right', render: (_v, r) => (r.amountFen === null ? '—' : formatYuan(r.amountFen)) },
                { title: t('agreement.col.dueOn'), width: 100, render: (_v, r) => r.dueOn ?? '—' },
                ...(a.status === 'signed'
                  ? [
                      {
                        title: t('agreement.col.fulfilled'),
                        width: 120,
                        render: (_v: unknown, r: (typeof a.terms)[number]) => (
                          <Checkbox
                            checked={r.fulfilledAt !== null}
                            disabled={!state.canEdit || busy}
                            onChange={(e) => void run(() => agreementsApi.fulfilled(current.id, r.ordinal, e.target.checked))}
                            data-testid={`term-fulfilled-${r.ordinal}`}
                          >
                            {r.fulfilledAt ? formatTime(r.fulfilledAt) : t('agreement.markFulfilled')}
                          </Checkbox>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            {a.signatures.length > 0 ? (
              <div>
                <Typography.Text strong>{t('agreement.signatures')}</Typography.Text>
                <Space orientation="vertical" size={4} style={{ width: '100%', marginTop: 4 }}>
                  {a.signatures.map((s, i) => (
                    <Space key={s.partyId} wrap style={{ width: '100%', justifyContent: 'space-between' }} data-testid="agreement-signature" data-status={s.status}>
                      <Space size={4}>
                        <Typography.Text>{s.name}</Typography.Text>
                        <Tag color={SIG_COLOR[s.status]}>{t(`agreement.sig.${s.status}`)}</Tag>
                        {s.signedAt ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatTime(s.signedAt)}</Typography.Text> : null}
                      </Space>
                      {a.status === 'signing' && s.status === 'pending' && state.canEdit ? (
                        <Space size={4}>
                          <Button size="small" type="primary" loading={busy} onClick={() => void run(() => agreementsApi.sign(current.id, s.partyId, { status: 'signed', version: a.version }))} data-testid={`agreement-sign-${i}`}>
                            {t('agreement.sign')}
                          </Button>
                          <Button size="small" danger onClick={() => (setReason(''), setRefusing({ partyId: s.partyId, name: s.name }))} data-testid={`agreement-refuse-${i}`}>
                            {t('agreement.refuse')}
                          </Button>
                        </Space>
                      ) : null}
                    </Space>
                  ))}
                </Space>
              </div>
            ) : null}
            {state.canEdit ? (
              <Space wrap>
                {(a.status === 'draft' || a.status === 'void') && canDraft ? (
                  <Button onClick={startEdit} data-testid="agreement-edit">
                    {t('agreement.edit')}
                  </Button>
                ) : null}
                {a.status === 'draft' && canDraft ? (
                  <Button type="primary" loading={busy} onClick={() => void run(() => agreementsApi.submit(current.id, a.version), t('agreement.submitted'))} data-testid="agreement-submit">
                    {t('agreement.submit')}
                  </Button>
                ) : null}
                {a.status !== 'void' ? (
                  <Button danger onClick={() => (setReason(''), setVoiding(true))} data-testid="agreement-void">
                    {t('agreement.void')}
                  </Button>
                ) : null}
              </Space>
            ) : null}
          </>
        )}
      </Space>
      <Modal
        open={refusing !== null || voiding}
        title={refusing ? t('agreement.refuseTitle', { name: refusing.name }) : t('agreement.voidTitle')}
        okButtonProps={{ disabled: !reason.trim(), loading: busy, danger: true, 'data-testid': 'agreement-reason-ok' }}
        onCancel={() => (setRefusing(null), setVoiding(false))}
        onOk={async () => {
          if (!a) return;
          const ok = refusing
            ? await run(() => agreementsApi.sign(current.id, refusing.partyId, { status: 'refused', reason: reason.trim(), version: a.version }), t('agreement.refusedBack'))
            : await run(() => agreementsApi.void(current.id, reason.trim(), a.version));
          if (ok) {
            setRefusing(null);
            setVoiding(false);
          }
        }}
        destroyOnHidden
      >
        <Input.TextArea rows={3} maxLength={500} placeholder={refusing ? t('agreement.refuseReason') : t('agreement.voidReason')} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="agreement-reason" />
      </Modal>
    </Card>
  );
}
