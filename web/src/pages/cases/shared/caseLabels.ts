// Message keys and tag colours for the case API's codes.
import type {
  ArchiveGap,
  AttachmentKind,
  CaseAction,
  CaseStatus,
  Channel,
  DeadlineKind,
  EscalationTarget,
  FeedbackSource,
  Outcome,
  PartyKind,
  PartyRole,
  ReferralDestination,
  RiskLevel,
  Satisfaction,
  TimelineType,
  Urgency,
} from '../../../api/caseTypes';
import type { MessageKey } from '../../../i18n';

export const statusKey = (status: CaseStatus): MessageKey => `status.${status}`;
export const channelKey = (channel: Channel): MessageKey => `channel.${channel}`;
export const actionKey = (action: CaseAction): MessageKey => `action.${action}`;
export const partyRoleKey = (role: PartyRole): MessageKey => `partyRole.${role}`;
export const partyKindKey = (kind: PartyKind): MessageKey => `partyKind.${kind}`;
export const outcomeKey = (outcome: Outcome): MessageKey => `outcome.${outcome}`;
export const destinationKey = (destination: ReferralDestination): MessageKey => `destination.${destination}`;
export const satisfactionKey = (satisfaction: Satisfaction): MessageKey => `satisfaction.${satisfaction}`;
export const feedbackSourceKey = (source: FeedbackSource): MessageKey => `feedbackSource.${source}`;
export const deadlineKey = (kind: DeadlineKind): MessageKey => `deadline.${kind}`;
export const escalationTargetKey = (target: EscalationTarget): MessageKey => `escalationTarget.${target}`;
export const urgencyKey = (urgency: Urgency): MessageKey => `urgency.${urgency}`;
export const riskKey = (risk: RiskLevel): MessageKey => `risk.${risk}`;
export const attachmentKindKey = (kind: AttachmentKind): MessageKey => `attachmentKind.${kind}`;
export const archiveGapKey = (gap: ArchiveGap): MessageKey => `archiveGap.${gap}`;
export const timelineKey = (type: TimelineType): MessageKey => `timeline.${type}`;

export const STATUS_COLORS: Record<CaseStatus, string> = {
  registered: 'default',
  routed: 'cyan',
  accepted: 'geekblue',
  handling: 'blue',
  resolved: 'green',
  referred: 'purple',
  withdrawn: 'default',
  archived: 'lime',
};

/** The statuses still being worked on (我的待办 shows these unless a status is chosen). */
export const OPEN_STATUSES: readonly CaseStatus[] = ['registered', 'routed', 'accepted', 'handling'];

export const URGENCY_COLORS: Record<Urgency, string> = {
  normal: 'default',
  urgent: 'orange',
  critical: 'red',
};

export const RISK_COLORS: Record<RiskLevel, string> = {
  low: 'green',
  medium: 'gold',
  high: 'red',
};

/** True for the values the server may send in a timeline's `data` (defensive narrowing). */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
