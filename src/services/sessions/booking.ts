import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type Conflict, findConflicts, internalConflicts, type Wanted } from '../../domain/sessions/overlap.js';
import { type ParticipantInput, participantProblems, placeProblems, type Problems, type SessionMode, timeProblems } from '../../domain/sessions/rules.js';
import { AppError, invalid } from '../../errors.js';
import type { CaseRow } from '../../repositories/case-repository.js';
import type { NewParticipant } from '../../repositories/mediation-repository.js';
import type { SessionDeps } from './deps.js';

export interface SessionInput {
  mode: SessionMode;
  roomId?: string | null;
  unitId?: string | null;
  place?: string | null;
  onlineUrl?: string | null;
  startsAt: string;
  endsAt: string;
  participants: ParticipantInput[];
}

/** A booking checked against everything but the calendar: ready to be locked, re-checked and written. */
export interface CheckedBooking {
  mode: SessionMode;
  roomId: string | null;
  roomName: string | null;
  unitId: string | null;
  place: string | null;
  onlineUrl: string | null;
  startsAt: Date;
  endsAt: Date;
  participants: NewParticipant[];
  userIds: string[];
  expertIds: string[];
  /** who gets a notification: invited staff and the accounts of invited experts */
  notifyUserIds: string[];
  names: Map<string, string>;
}

const p = (zh: string, en: string) => ({ 'zh-CN': zh, en });

function fail(problems: Problems): void {
  if (Object.keys(problems).length) throw invalid(problems);
}

/**
 * Validates a booking for case `c` (400 naming every field at fault): the time, the place
 * for the mode (a room of the case's center, a community, a station, an https link), and the
 * invitees (active staff, experts who accepted the case, parties of the case).
 */
export async function checkBooking(deps: SessionDeps, c: CaseRow, input: SessionInput, now: Date): Promise<CheckedBooking> {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const problems: Problems = { ...timeProblems(startsAt, endsAt, now), ...placeProblems(input), ...participantProblems(input.participants) };
  const names = new Map<string, string>();

  let roomName: string | null = null;
  if (input.mode === 'center' && input.roomId && !problems.roomId) {
    const room = await deps.repo.room(input.roomId);
    if (!room || !room.active) problems.roomId = p('调解室不存在或已停用', 'The room does not exist or is out of use');
    else if (room.unit_id !== c.center_id) problems.roomId = p('请选择本案所属综治中心的调解室', 'Choose a room of the case’s own center');
    else {
      roomName = room.name;
      names.set(room.id, room.name);
    }
  }
  let unitId: string | null = null;
  let place = input.place?.trim() || null;
  if (input.unitId && input.mode !== 'center' && input.mode !== 'online') {
    const unit = await deps.cases.units.get(null, input.unitId);
    const kinds = input.mode === 'circuit' ? ['community'] : ['enterprise_station', 'station'];
    if (!unit || !kinds.includes(unit.kind)) {
      problems.unitId = input.mode === 'circuit' ? p('请选择社区', 'Choose a community') : p('请选择企业服务站', 'Choose an enterprise station');
    } else {
      unitId = unit.id;
      place ??= unit.name;
    }
  }

  const { parties, experts } = await deps.repo.invitable(c.id);
  const staffIds = input.participants.flatMap((x) => (x.kind === 'staff' ? [x.userId] : []));
  const users = await deps.repo.activeUsers(staffIds);
  const participants: NewParticipant[] = [];
  const notifyUserIds: string[] = [];
  input.participants.forEach((x, i) => {
    const field = `participants.${i}`;
    if (x.kind === 'staff') {
      const u = users.find((y) => y.id === x.userId);
      if (!u) problems[field] ??= p('工作人员不存在或已停用', 'Unknown or inactive staff member');
      else {
        names.set(u.id, u.display_name);
        notifyUserIds.push(u.id);
        participants.push({ ordinal: i + 1, kind: 'staff', user_id: u.id, expert_id: null, party_id: null, role: i === 0 ? 'mediator' : null });
      }
    } else if (x.kind === 'expert') {
      const e = experts.find((y) => y.id === x.expertId);
      if (!e) problems[field] ??= p('只能邀请已接受本案邀请的专家', 'Only an expert who accepted this case can be invited');
      else {
        names.set(e.id, e.name);
        if (e.user_id) notifyUserIds.push(e.user_id);
        participants.push({ ordinal: i + 1, kind: 'expert', user_id: null, expert_id: e.id, party_id: null, role: e.lead ? 'lead_expert' : 'expert' });
      }
    } else {
      const party = parties.find((y) => y.id === x.partyId);
      if (!party) problems[field] ??= p('该当事人不是本案当事人', 'Not a party of this case');
      else participants.push({ ordinal: i + 1, kind: 'party', user_id: null, expert_id: null, party_id: party.id, role: party.role });
    }
  });
  fail(problems);

  return {
    mode: input.mode,
    roomId: input.mode === 'center' ? input.roomId! : null,
    roomName,
    unitId,
    place: input.mode === 'center' ? roomName : input.mode === 'online' ? null : place,
    onlineUrl: input.mode === 'online' ? input.onlineUrl!.trim() : null,
    startsAt,
    endsAt,
    participants,
    userIds: participants.flatMap((x) => (x.user_id ? [x.user_id] : [])),
    expertIds: participants.flatMap((x) => (x.expert_id ? [x.expert_id] : [])),
    notifyUserIds,
    names,
  };
}

export interface ConflictView {
  kind: Conflict['kind'];
  id: string;
  name: string;
  sessionId: string | null;
  caseId: string | null;
  caseCode: string | null;
  startsAt: string;
  endsAt: string;
}

/** 409 `session_conflict` listing each clash: who or what, in which session, when. */
export function conflictError(conflicts: readonly ConflictView[]): AppError {
  return new AppError(409, 'session_conflict', 'session_conflict', {}, undefined, { conflicts });
}

/**
 * Inside the writing transaction: locks the rooms, staff and experts wanted (in a fixed
 * order), then looks for overlapping sessions again, so that of two bookings racing for one
 * room only the first to take the lock gets it. Throws 409 with every clash; writes nothing.
 */
export async function lockAndCheck(deps: SessionDeps, trx: Kysely<DB>, wanted: readonly (Wanted & { key: string; names: ReadonlyMap<string, string> })[]): Promise<void> {
  const roomIds = wanted.flatMap((w) => (w.roomId ? [w.roomId] : []));
  const userIds = wanted.flatMap((w) => w.userIds);
  const expertIds = wanted.flatMap((w) => w.expertIds);
  await deps.repo.lockResources(trx, { roomIds, userIds, expertIds });
  if (!wanted.length) return;
  const from = new Date(Math.min(...wanted.map((w) => w.startsAt.getTime())));
  const to = new Date(Math.max(...wanted.map((w) => w.endsAt.getTime())));
  const booked = await deps.repo.booked(trx, from, to, { roomIds, userIds, expertIds });
  const nameOf = (id: string) => wanted.find((w) => w.names.has(id))?.names.get(id) ?? id;
  const out: ConflictView[] = [];
  for (const w of wanted) {
    for (const x of findConflicts(w, booked)) {
      out.push({ kind: x.kind, id: x.id, name: nameOf(x.id), sessionId: x.sessionId, caseId: x.caseId, caseCode: x.caseCode, startsAt: x.startsAt.toISOString(), endsAt: x.endsAt.toISOString() });
    }
  }
  // Within one request (a circuit plan): the same mediator cannot be at two stops at once.
  for (const x of internalConflicts(wanted)) {
    const b = wanted.find((w) => w.key === x.b)!;
    out.push({ kind: x.kind, id: x.id, name: nameOf(x.id), sessionId: null, caseId: x.b, caseCode: null, startsAt: b.startsAt.toISOString(), endsAt: b.endsAt.toISOString() });
  }
  if (out.length) throw conflictError(out);
}

/** Beijing wall time, for notification texts. */
export function beijingText(d: Date): string {
  const local = new Date(d.getTime() + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

export const MODE_ZH: Record<SessionMode, string> = { center: '中心调解', circuit: '巡回调解', enterprise_station: '企业服务站调解', online: '线上调解' };
