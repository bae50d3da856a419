// 司法确认 on the case page: the 30-day window countdown of a signed agreement, the application to a
// court, then the court's acceptance and ruling; a confirmed agreement shows it is enforceable.
import { Alert, Button, Card, Descriptions, Input, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { type AgreementState, agreementsApi, type JcStatus } from '../../../api/agreements';
import type { Case } from '../../../api/caseTypes';
import { useErrorNotice } from '../../../components/useErrorNotice';
import { useT } from '../../../i18n';

const STATUS_COLOR: Record<JcStatus, string> = { applied: 'processing', accepted: 'blue', confirmed: 'success', rejected: 'error', withdrawn: 'default' };
export function JudicialConfirmationCard({ current, state, onChanged }: { current: Case; state: AgreementState; onChanged: (next?: AgreementState) => void }) {
  const t = useT();
  const notify = useErrorNotice();
  const a = state.agreement;
  const jc = state.judicialConfirmation;
  const [courts, setCourts] = useState<{ id: string; name: string }[]>([]);
  const [courtId, setCourtId] = useState<string | null>(null);
  // Dates default to the center's today (the server's clock).
  const [appliedOn, setAppliedOn] = useState(state.today);
  const [acceptedOn, setAcceptedOn] = useState(state.today);
  const [ruling, setRuling] = useState({ rulingNumber: '', ruledOn: state.today, result: 'confirmed' as 'confirmed' | 'rejected', note: '' });
  const [withdrawReason, setWithdrawReason] = useState('');
  const [busy, setBusy] = useState(false);
  const mayApply = state.canEdit && a?.status === 'signed' && (!jc || jc.status === 'rejected' || jc.status === 'withdrawn');

  useEffect(() => {
    if (!mayApply || courts.length > 0) return;
    agreementsApi
      .courts()
      .then((r) => {
        setCourts(r.items);
        setCourtId((c) => c ?? r.items[0]?.id ?? null);
      })
      .catch(notify);
  }, [mayApply, courts.length, notify]);

  const run = async (fn: () => Promise<AgreementState>) => {
    setBusy(true);
    try {
      onChanged(await fn());
    } catch (error) {
      notify(error);
    } finally {
      setBusy(false);
    }
  };

  if (!a || a.status === 'void') return null;

  return (
    <Card
      variant="borderless"
      title={
        <Space size={8}>
          {t('jc.cardTitle')}
          {jc ? (
            <Tag color={STATUS_COLOR[jc.status]} data-testid="jc-status" data-status={jc.status}>
              {t(`jc.status.${jc.status}`)}
            </Tag>
          ) : null}
        </Space>
      }
      data-testid="jc-card"
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {a.enforceable ? <Alert type="success" showIcon title={t('agreement.enforceable')} data-testid="jc-enforceable" /> : null}
        {a.status !== 'signed' ? <Typography.Text type="secondary">{t('jc.notYet')}</Typography.Text> : null}
        {a.jcWindow && (!jc || mayApply) ? (
          a.jcWindow.open ? (
            <Alert type={a.jcWindow.daysLeft <= 5 ? 'warning' : 'info'} showIcon title={t('jc.countdown', { days: a.jcWindow.daysLeft, date: a.jcWindow.lastDay })} data-testid="jc-countdown" />
          ) : (
            <Alert type="error" showIcon title={t('jc.closed', { date: a.jcWindow.lastDay })} data-testid="jc-countdown" />
          )
        ) : null}
        {jc ? (
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('jc.court')}>{t('jc.appliedTo', { court: jc.courtName, date: jc.appliedOn })}</Descriptions.Item>
            {jc.acceptedOn ? <Descriptions.Item label={t('jc.acceptedOn')}>{jc.acceptedOn}</Descriptions.Item> : null}
            {jc.rulingNumber ? (
              <Descriptions.Item label={t('jc.rulingNumber')}>
                <span data-testid="jc-ruling">{t('jc.rulingLine', { number: jc.rulingNumber, date: jc.ruledOn ?? '' })}</span>
              </Descriptions.Item>
            ) : null}
            {jc.resultNote ? <Descriptions.Item label={t('jc.note')}>{jc.resultNote}</Descriptions.Item> : null}
          </Descriptions>
        ) : null}
        {mayApply && a.jcWindow?.open ? (
          <Space wrap>
            <Select style={{ minWidth: 220 }} placeholder={t('jc.court')} options={courts.map((c) => ({ value: c.id, label: c.name }))} value={courtId} onChange={setCourtId} data-testid="jc-court" />
            <Input type="date" aria-label={t('jc.appliedOn')} style={{ width: 150 }} value={appliedOn} onChange={(e) => setAppliedOn(e.target.value)} data-testid="jc-applied-on" />
            <Button type="primary" loading={busy} disabled={!courtId} onClick={() => void run(() => agreementsApi.apply(current.id, { courtUnitId: courtId!, appliedOn }))} data-testid="jc-apply">
              {t('jc.apply')}
            </Button>
          </Space>
        ) : null}
        {state.canEdit && jc?.status === 'applied' ? (
          <Space wrap>
            <Typography.Text>{t('jc.acceptedOn')}</Typography.Text>
            <Input type="date" style={{ width: 150 }} value={acceptedOn} onChange={(e) => setAcceptedOn(e.target.value)} data-testid="jc-accepted-on" />
            <Button loading={busy} onClick={() => void run(() => agreementsApi.accept(current.id, { acceptedOn, version: jc.version }))} data-testid="jc-accept">
              {t('jc.recordAccept')}
            </Button>
          </Space>
        ) : null}
        {state.canEdit && (jc?.status === 'applied' || jc?.status === 'accepted') ? (
          <Space orientation="vertical" size={6} style={{ width: '100%' }}>
            <Space wrap>
              <Input style={{ width: 240 }} maxLength={100} placeholder={t('jc.rulingNumberPlaceholder')} aria-label={t('jc.rulingNumber')} value={ruling.rulingNumber} onChange={(e) => setRuling({ ...ruling, rulingNumber: e.target.value })} data-testid="jc-ruling-number" />
              <Input type="date" style={{ width: 150 }} aria-label={t('jc.ruledOn')} value={ruling.ruledOn} onChange={(e) => setRuling({ ...ruling, ruledOn: e.target.value })} data-testid="jc-ruled-on" />
              <Select
                style={{ width: 160 }}
                options={(['confirmed', 'rejected'] as const).map((r) => ({ value: r, label: t(`jc.result.${r}`) }))}
                value={ruling.result}
                onChange={(result) => setRuling({ ...ruling, result })}
                data-testid="jc-result"
              />
            </Space>
            <Input.TextArea rows={2} maxLength={2000} placeholder={t('jc.note')} value={ruling.note} onChange={(e) => setRuling({ ...ruling, note: e.target.value })} />
            <Button
              type="primary"
              loading={busy}
              disabled={!ruling.rulingNumber.trim()}
              onClick={() => void run(() => agreementsApi.ruling(current.id, { ...ruling, rulingNumber: ruling.rulingNumber.trim(), note: ruling.note.trim() || undefined, version: jc.version }))}
              data-testid="jc-ruling-save"
            >
              {t('jc.recordRuling')}
            </Button>
          </Space>
        ) : null}
        {state.canEdit && (jc?.status === 'applied' || jc?.status === 'accepted') ? (
          <Space wrap>
            <Input style={{ width: 320 }} maxLength={2000} placeholder={t('jc.withdrawReason')} aria-label={t('jc.withdrawReason')} value={withdrawReason} onChange={(e) => setWithdrawReason(e.target.value)} data-testid="jc-withdraw-reason" />
            <Button danger loading={busy} disabled={!withdrawReason.trim()} onClick={() => void run(() => agreementsApi.withdraw(current.id, { reason: withdrawReason.trim(), version: jc.version }))} data-testid="jc-withdraw">
              {t('jc.withdraw')}
            </Button>
          </Space>
        ) : null}
      </Space>
    </Card>
  );
}
