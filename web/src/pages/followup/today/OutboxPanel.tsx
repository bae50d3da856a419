// What is kept on the phone: the 待发送 list (with the 立即发送 button in the bottom bar)
// and the 发送失败 list of records the server refused, to read and dismiss (a member's
// refused field names the member).
import { CloudUploadOutlined, DisconnectOutlined, LoginOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Tag } from 'antd';
import type { ScreeningInput } from '../../../api/screening';
import { useAuth } from '../../../auth';
import { formatCenterTime } from '../../../components/centerTime';
import { type TFunction, useT } from '../../../i18n';
import type { FailedSubmission, QueuedSubmission } from '../../../offline/outbox';
import type { UseOutbox } from '../../../offline/useOutbox';

export function PendingList({ queued }: { queued: QueuedSubmission[] }) {
  const t = useT();
  if (queued.length === 0) return null;
  return (
    <section className="m-section" data-testid="outbox-pending">
      <h2 className="m-section-title">{t('mobile.outbox.pendingTitle')}</h2>
      {queued.map((q) => (
        <div key={q.clientId} className="m-card m-card-static" data-testid="outbox-pending-item">
          <div className="m-card-main">
            <div className="m-card-title">{q.title}</div>
            <div className="m-card-sub">
              {t(`mobile.outbox.kind.${q.kind}`)} · {t('mobile.outbox.filledAt', { time: formatCenterTime(q.createdAt) })}
            </div>
          </div>
          <Tag color="orange">{t('mobile.pendingTag')}</Tag>
        </div>
      ))}
    </section>
  );
}

/** A refused field's message, naming the member it is about (a screening can carry several). */
function fieldText(t: TFunction, f: FailedSubmission, field: string, message: string): string {
  const index = /^members\.(\d+)\./.exec(field)?.[1];
  if (f.kind !== 'screening' || index === undefined) return message;
  const name: unknown = (f.body as Partial<ScreeningInput> | null)?.members?.[Number(index)]?.name;
  return typeof name === 'string' && name ? t('screening.form.memberError', { name, message }) : message;
}

export function FailedList({ failed, onDismiss }: { failed: FailedSubmission[]; onDismiss: (clientId: string) => void }) {
  const t = useT();
  if (failed.length === 0) return null;
  return (
    <section className="m-section" data-testid="outbox-failed">
      <h2 className="m-section-title is-danger">{t('mobile.outbox.failedTitle', { count: failed.length })}</h2>
      <div className="m-hint">{t('mobile.outbox.failedHint')}</div>
      {failed.map((f) => (
        <div key={f.clientId} className="m-card m-card-static m-card-failed" data-testid="outbox-failed-item">
          <div className="m-card-main">
            <div className="m-card-title">{f.title}</div>
            <div className="m-card-sub">
              {t(`mobile.outbox.kind.${f.kind}`)} · {t('mobile.outbox.filledAt', { time: formatCenterTime(f.createdAt) })}
            </div>
            <div className="m-failed-message">{f.message}</div>
            {Object.entries(f.fields).map(([field, message]) => (
              <div key={field} className="m-failed-field">
                {fieldText(t, f, field, message)}
              </div>
            ))}
          </div>
          <Button size="large" onClick={() => onDismiss(f.clientId)}>
            {t('mobile.outbox.dismiss')}
          </Button>
        </div>
      ))}
    </section>
  );
}

/** The bar at the bottom of the list, within thumb reach: network state, 待发送 count, 立即发送. */
export function OutboxBar({ outbox, onSendNow }: { outbox: UseOutbox; onSendNow: () => void }) {
  const t = useT();
  const { logout } = useAuth();
  const count = outbox.state.queued.length;
  if (outbox.needsSignIn && count > 0) {
    return (
      <div className="m-bottom-bar" data-testid="outbox-bar">
        <Alert
          type="warning"
          showIcon
          className="m-bottom-alert"
          title={t('mobile.outbox.signIn')}
          action={
            <Button size="large" icon={<LoginOutlined />} onClick={() => void logout()}>
              {t('mobile.outbox.signInAction')}
            </Button>
          }
        />
      </div>
    );
  }
  if (count === 0 && outbox.online) return null;
  return (
    <div className="m-bottom-bar" data-testid="outbox-bar">
      <div className="m-bottom-status">
        {outbox.online ? null : (
          <Tag icon={<DisconnectOutlined />} color="default" data-testid="offline-tag">
            {t('mobile.offline')}
          </Tag>
        )}
        {count > 0 ? (
          <Badge color="orange" text={<span data-testid="outbox-count">{t('mobile.outbox.pending', { count })}</span>} />
        ) : null}
      </div>
      {count > 0 ? (
        <Button
          type="primary"
          size="large"
          icon={<CloudUploadOutlined />}
          loading={outbox.flushing}
          data-testid="outbox-send"
          onClick={onSendNow}
        >
          {outbox.flushing ? t('mobile.outbox.sending') : t('mobile.outbox.sendNow')}
        </Button>
      ) : null}
    </div>
  );
}
