import { addDays, daysBetween } from './dates.js';

/** 《人民调解法》第三十三条: apply within 30 days from the day the agreement takes effect. */
export const JC_WINDOW_DAYS = 30;
/** The handler is reminded this many days before the window closes (policy default). */
export const JC_REMIND_DAYS_BEFORE = 5;

export const JC_STATUSES = ['applied', 'accepted', 'confirmed', 'rejected', 'withdrawn'] as const;
export type JcStatus = (typeof JC_STATUSES)[number];

export interface JcWindow {
  /** the last day an application is accepted (day 30, counting concluded_on as day 1) */
  lastDay: string;
  /** days left including today; 0 once closed */
  daysLeft: number;
  open: boolean;
}

/** The application window of an agreement concluded on `concludedOn`, as of `today`. */
export function jcWindow(concludedOn: string, today: string): JcWindow {
  const lastDay = addDays(concludedOn, JC_WINDOW_DAYS - 1);
  const left = daysBetween(today, lastDay) + 1;
  const open = today >= concludedOn && today <= lastDay;
  return { lastDay, daysLeft: open ? left : 0, open };
}

/** An application on `appliedOn` is in time. */
export const inWindow = (concludedOn: string, appliedOn: string) => jcWindow(concludedOn, appliedOn).open;

/** The day from which the handler is reminded: `daysBefore` days before the window closes. */
export function reminderFrom(concludedOn: string, daysBefore = JC_REMIND_DAYS_BEFORE): string {
  return addDays(jcWindow(concludedOn, concludedOn).lastDay, -daysBefore);
}

/** Remind now: not yet reminded, today from the reminder day up to the last day. */
export function reminderDue(concludedOn: string, today: string, remindedAlready: boolean, daysBefore = JC_REMIND_DAYS_BEFORE): boolean {
  return !remindedAlready && today >= reminderFrom(concludedOn, daysBefore) && jcWindow(concludedOn, today).open;
}

/** What a recorded step may follow: acceptance after an application, the ruling after acceptance (or directly). */
export const canAccept = (s: JcStatus) => s === 'applied';
export const canRule = (s: JcStatus) => s === 'applied' || s === 'accepted';
/** A new application replaces an earlier one only when the court rejected it or it was withdrawn. */
export const canReapply = (s: JcStatus) => s === 'rejected' || s === 'withdrawn';
/** The parties may withdraw an application the court has not ruled on (申请人撤回申请). */
export const canWithdraw = (s: JcStatus) => s === 'applied' || s === 'accepted';
