// Message keys of the follow-up codes.
import type { PlanStatus, Stability, VisitMode, VisitStatus } from '../../api/followup';
import type { MessageKey } from '../../i18n';

export const stabilityKey = (s: Stability): MessageKey => `followup.stability.${s}`;
export const modeKey = (m: VisitMode): MessageKey => `followup.mode.${m}`;
export const planStatusKey = (s: PlanStatus): MessageKey => `followup.status.${s}`;
export const visitStatusKey = (s: VisitStatus): MessageKey => `followup.visitStatus.${s}`;

export const STABILITY_COLORS: Record<Stability, string> = { stable: 'green', unstable: 'orange', worsened: 'red' };

export function endReasonKey(reason: string | null): MessageKey | null {
  return reason === 'stable_run' || reason === 'manual' ? `followup.endReason.${reason}` : null;
}

export function contextKey(context: string): MessageKey {
  return context === 'resolution' || context === 'visit' || context === 'screening' ? `followup.context.${context}` : 'followup.context.manual';
}

/** A fresh id for one submission (kept while the form is open: a resend is recognised). */
export function newClientId(): string {
  // crypto.randomUUID needs a secure context; older WebViews and plain http get a v4 UUID from getRandomValues.
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
