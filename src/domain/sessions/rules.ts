/**
 * Mediation sessions (调解安排, SPEC §3.3): what a valid booking looks like, independent of
 * the database. Each check returns the fields at fault with a bilingual message, so the
 * service can refuse with 400 naming them.
 */
export const SESSION_MODES = ['center', 'circuit', 'enterprise_station', 'online'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export const SESSION_OUTCOMES = ['agreement', 'partial', 'no_agreement', 'adjourned'] as const;
export type SessionOutcome = (typeof SESSION_OUTCOMES)[number];

export const SESSION_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const ATTENDANCES = ['invited', 'present', 'absent'] as const;
export type Attendance = (typeof ATTENDANCES)[number];

/** A session longer than this is a planning mistake, not a meeting. */
export const MAX_SESSION_MINUTES = 8 * 60;

export type Problems = Record<string, { 'zh-CN': string; en: string }>;

const p = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** Start in the future, end after start, at most 8 hours. */
export function timeProblems(startsAt: Date, endsAt: Date, now: Date): Problems {
  const out: Problems = {};
  if (Number.isNaN(startsAt.getTime())) out.startsAt = p('开始时间无效', 'Invalid start time');
  if (Number.isNaN(endsAt.getTime())) out.endsAt = p('结束时间无效', 'Invalid end time');
  if (Object.keys(out).length) return out;
  if (startsAt.getTime() <= now.getTime()) out.startsAt = p('开始时间已过，不能安排过去的调解', 'The start time has passed; a session cannot be scheduled in the past');
  if (endsAt.getTime() <= startsAt.getTime()) out.endsAt = p('结束时间应晚于开始时间', 'The end must be after the start');
  else if (endsAt.getTime() - startsAt.getTime() > MAX_SESSION_MINUTES * 60_000) out.endsAt = p('单次调解不能超过 8 小时', 'A session may last at most 8 hours');
  return out;
}

/** An https URL with a host: the video-meeting link of an online session. */
export function isHttpsUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' && u.hostname.length > 0;
  } catch {
    return false;
  }
}

export interface PlaceInput {
  mode: SessionMode;
  roomId?: string | null;
  unitId?: string | null;
  place?: string | null;
  onlineUrl?: string | null;
}

/**
 * Where the session happens, by mode: a room at the center; a place or community on a
 * circuit; an enterprise station (or a place) for a station session; an https link online.
 * Whether the room belongs to the case's center is checked by the service (it needs the row).
 */
export function placeProblems(input: PlaceInput): Problems {
  const out: Problems = {};
  const has = (v: string | null | undefined) => !!v && v.trim().length > 0;
  switch (input.mode) {
    case 'center':
      if (!input.roomId) out.roomId = p('在中心调解需选择调解室', 'Choose a mediation room for a session at the center');
      break;
    case 'circuit':
      if (!has(input.place) && !input.unitId) out.place = p('巡回调解需填写地点或选择社区', 'Give the place or community of the circuit session');
      break;
    case 'enterprise_station':
      if (!input.unitId && !has(input.place)) out.unitId = p('请选择企业服务站或填写地点', 'Choose the enterprise station or give the place');
      break;
    case 'online':
      if (!has(input.onlineUrl)) out.onlineUrl = p('线上调解需填写视频会议链接', 'Give the video-meeting link of an online session');
      else if (!isHttpsUrl(input.onlineUrl!.trim())) out.onlineUrl = p('视频会议链接须以 https:// 开头', 'The meeting link must be an https:// URL');
      break;
  }
  if (input.mode !== 'center' && input.roomId) out.roomId = p('只有在中心调解才使用调解室', 'Only a session at the center uses a room');
  if (input.mode !== 'online' && has(input.onlineUrl)) out.onlineUrl = p('只有线上调解才填写会议链接', 'Only an online session has a meeting link');
  return out;
}

export type ParticipantInput = { kind: 'staff'; userId: string } | { kind: 'expert'; expertId: string } | { kind: 'party'; partyId: string };

const keyOf = (x: ParticipantInput) => (x.kind === 'staff' ? `s:${x.userId}` : x.kind === 'expert' ? `e:${x.expertId}` : `p:${x.partyId}`);

/** At least one staff member; nobody twice. Membership (party of the case, accepted expert) is the service's check. */
export function participantProblems(list: readonly ParticipantInput[]): Problems {
  const out: Problems = {};
  if (!list.some((x) => x.kind === 'staff')) out.participants = p('至少邀请一名工作人员（调解员）', 'Invite at least one staff member (mediator)');
  const seen = new Set<string>();
  list.forEach((x, i) => {
    const k = keyOf(x);
    if (seen.has(k)) out[`participants.${i}`] = p('重复邀请同一参加人', 'The same participant is listed twice');
    seen.add(k);
  });
  return out;
}

/** Why minutes cannot be recorded now: only a scheduled (or already held, to correct) session, once it has started. */
export function recordProblem(status: SessionStatus, startsAt: Date, now: Date): 'cancelled' | 'not_started' | null {
  if (status === 'cancelled') return 'cancelled';
  if (now.getTime() < startsAt.getTime()) return 'not_started';
  return null;
}

/** Only a scheduled session can be rescheduled or cancelled; one that has started can only be recorded. */
export function changeProblem(status: SessionStatus, startsAt: Date, now: Date): 'not_scheduled' | 'started' | null {
  if (status !== 'scheduled') return 'not_scheduled';
  if (now.getTime() >= startsAt.getTime()) return 'started';
  return null;
}
