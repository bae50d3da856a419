// What each action asks for in its modal, and how the modal's values become the request.
import type { ActionFields, CaseAction } from '../../../api/caseTypes';

/** The modal's values are the action's fields. */
export type ActionValues = ActionFields;

/** Actions whose only field is a required reason. */
export const REASON_ACTIONS: readonly CaseAction[] = ['return', 'pause', 'withdraw', 'reopen'];

/** Actions that need nothing but a confirmation. */
export const CONFIRM_ACTIONS: readonly CaseAction[] = ['accept', 'start', 'resume', 'archive'];

/** Actions shown as danger buttons. */
export const DANGER_ACTIONS: readonly CaseAction[] = ['return', 'withdraw'];

/** The main next step of each status, shown as the primary button. */
export const PRIMARY_ACTIONS: readonly CaseAction[] = ['route', 'accept', 'start', 'resolve', 'feedback', 'archive'];

const text = (value: string | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

export function toActionFields(action: CaseAction, values: ActionValues): ActionFields {
  switch (action) {
    case 'route':
      return { unitId: values.unitId || undefined, userId: values.userId || undefined, reason: text(values.reason) };
    case 'resolve':
      return { outcome: values.outcome, note: text(values.note), riskAnswers: values.riskAnswers && Object.keys(values.riskAnswers).length > 0 ? values.riskAnswers : undefined };
    case 'refer':
      // Arbitration has no unit to pick; the field is hidden and cleared then.
      return {
        destination: values.destination,
        unitId: values.destination === 'arbitration' ? undefined : values.unitId || undefined,
        note: text(values.note),
        reason: text(values.reason),
      };
    case 'feedback':
      return { satisfaction: values.satisfaction, solved: values.solved, note: text(values.note), source: values.source };
    case 'return':
    case 'pause':
    case 'withdraw':
    case 'reopen':
      return { reason: text(values.reason) };
    default:
      return {};
  }
}

export const ACTION_FIELD_NAMES = ['unitId', 'userId', 'reason', 'outcome', 'note', 'destination', 'satisfaction', 'solved', 'source', 'riskAnswers'] as const;
