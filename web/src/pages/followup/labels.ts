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
