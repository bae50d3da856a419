import type { OfficeHours } from '../calendar/working-calendar.js';

/** A reception slot 'HH:MM-HH:MM' as minutes since local midnight (end exclusive). */
export interface Slot {
  label: string;
  start: number;
  end: number;
}

const SLOT = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

function clock(h: string, m: string): number | null {
  const hours = Number(h);
  const minutes = Number(m);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** Parses 'HH:MM-HH:MM'; null when malformed or when it does not start before it ends. */
export function parseSlot(label: string): Slot | null {
  const m = SLOT.exec(label);
  if (!m) return null;
  const start = clock(m[1]!, m[2]!);
  const end = clock(m[3]!, m[4]!);
  if (start === null || end === null || start >= end) return null;
  return { label, start, end };
}

export type SlotProblem = 'format' | 'hours' | 'overlap';

/**
 * What is wrong with each slot of one theme, by index: malformed (or ending before it
 * starts), outside office hours, or overlapping an earlier slot of the list (a repeated
 * slot overlaps itself). Slots that only touch (10:00 end, 10:00 start) are fine.
 */
export function slotProblems(slots: readonly string[], hours: OfficeHours): Map<number, SlotProblem> {
  const problems = new Map<number, SlotProblem>();
  const open = parseSlot(`${hours.start}-${hours.end}`);
  const seen: Slot[] = [];
  slots.forEach((label, i) => {
    const s = parseSlot(label);
    if (!s) return void problems.set(i, 'format');
    if (open && (s.start < open.start || s.end > open.end)) return void problems.set(i, 'hours');
    if (seen.some((o) => s.start < o.end && o.start < s.end)) return void problems.set(i, 'overlap');
    seen.push(s);
  });
  return problems;
}

/** Slots in the order of the day. */
export function sortSlots(slots: readonly string[]): string[] {
  return [...slots].sort((a, b) => (parseSlot(a)?.start ?? 0) - (parseSlot(b)?.start ?? 0) || a.localeCompare(b));
}
