// What a countdown needs beyond the server's snapshot: the working calendar (to keep
// counting between reads) and the budgets (to know how much of a clock is left).
import { useMemo } from 'react';
import { calendarApi, policyApi, type ResponseBudget } from '../../../api/settings';
import type { DeadlineKind } from '../../../api/caseTypes';
import { useCategories } from './useCategories';
import { useShared } from './useShared';
import { DEFAULT_HOURS, minutesPerDay, type ClientCalendar } from './workingTime';

const DEFAULT_RESPONSE_MINUTES = 30;

export interface ClockSettings {
  calendar: ClientCalendar;
  /** The whole budget of a clock in working minutes (approximate for day budgets). */
  budgetMinutes: (kind: DeadlineKind, category: string | undefined) => number;
}

function responseMinutes(budget: ResponseBudget | undefined, perDay: number): number {
  if (!budget) return DEFAULT_RESPONSE_MINUTES;
  return budget.kind === 'working_days' ? budget.days * perDay : budget.minutes;
}

export function useClockSettings(): ClockSettings {
  const year = new Date().getFullYear();
  const calendar = useShared(`calendar:${year}`, () => calendarApi.year(year));
  // Not every role may read the policy; the shipped default is then assumed.
  const policy = useShared('policy:case', () => policyApi.get());
  const categories = useCategories();

  return useMemo(() => {
    const hours = calendar.data?.hours ?? DEFAULT_HOURS;
    const overrides = new Map((calendar.data?.days ?? []).map((day) => [day.date, day.kind]));
    const perDay = minutesPerDay(hours) || 540;
    const response = responseMinutes(policy.data?.value.responseBudget, perDay);
    return {
      calendar: { hours, overrides },
      budgetMinutes: (kind, category) => {
        if (kind === 'response') return response;
        const days = (category && categories.byCode.get(category)?.handlingDays) || 15;
        return days * perDay;
      },
    };
  }, [calendar.data, policy.data, categories.byCode]);
}
