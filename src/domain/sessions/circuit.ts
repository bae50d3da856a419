/**
 * Circuit mediation (巡回调解): a day's route through communities, mediating their open
 * cases on site. The draft keeps the communities in the order chosen (the route), takes
 * each community's cases oldest first, gives each case a back-to-back slot, leaves travel
 * time between stops and skips the lunch break. Cases that do not fit the working day are
 * returned apart, for another day. Times are Beijing wall time on `date`.
 */
export interface CircuitCase {
  caseId: string;
  communityId: string;
  registeredAt: Date;
}

export interface CircuitOptions {
  /** 'HH:MM' */
  dayStart: string;
  dayEnd: string;
  lunchStart: string;
  lunchEnd: string;
  minutesPerCase: number;
  travelMinutes: number;
}

export const DEFAULT_CIRCUIT: CircuitOptions = { dayStart: '09:00', dayEnd: '17:30', lunchStart: '12:00', lunchEnd: '13:30', minutesPerCase: 45, travelMinutes: 30 };

export interface DraftSlot {
  caseId: string;
  startsAt: Date;
  endsAt: Date;
}

export interface DraftStop {
  communityId: string;
  startsAt: Date;
  endsAt: Date;
  slots: DraftSlot[];
}

export interface CircuitDraft {
  stops: DraftStop[];
  /** cases that do not fit into the day */
  overflow: string[];
}

/** Beijing wall time `hhmm` on `date` as an instant. */
export function beijing(date: string, hhmm: string): Date {
  return new Date(`${date}T${hhmm}:00+08:00`);
}

const MIN = 60_000;

export function draftCircuit(date: string, communityIds: readonly string[], cases: readonly CircuitCase[], opts: CircuitOptions = DEFAULT_CIRCUIT): CircuitDraft {
  const lunchStart = beijing(date, opts.lunchStart).getTime();
  const lunchEnd = beijing(date, opts.lunchEnd).getTime();
  const dayEnd = beijing(date, opts.dayEnd).getTime();
  const len = opts.minutesPerCase * MIN;
  let cursor = beijing(date, opts.dayStart).getTime();
  const stops: DraftStop[] = [];
  const overflow: string[] = [];
  const seen = new Set<string>();

  for (const communityId of communityIds) {
    if (seen.has(communityId)) continue;
    seen.add(communityId);
    const mine = cases.filter((c) => c.communityId === communityId).sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || a.caseId.localeCompare(b.caseId));
    if (!mine.length) continue;
    if (stops.length) cursor += opts.travelMinutes * MIN;
    const slots: DraftSlot[] = [];
    for (const c of mine) {
      // A slot never straddles lunch: it starts after the break instead.
      if (cursor < lunchEnd && cursor + len > lunchStart) cursor = Math.max(cursor, lunchEnd);
      if (cursor + len > dayEnd) {
        overflow.push(c.caseId);
        continue;
      }
      slots.push({ caseId: c.caseId, startsAt: new Date(cursor), endsAt: new Date(cursor + len) });
      cursor += len;
    }
    if (slots.length) stops.push({ communityId, startsAt: slots[0]!.startsAt, endsAt: slots[slots.length - 1]!.endsAt, slots });
  }
  return { stops, overflow };
}
