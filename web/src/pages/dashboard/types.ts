// What the dashboard reads of a KPI set beyond web/src/api/kpis.ts: the bases (denominators
// and numerators) each rate is computed from, which the cards show and drill into.
import type { Kpis } from '../../api/kpis';

export interface KpiBases {
  responded: number;
  respondedOnTime: number;
  concludedInPeriod: number;
  resolvedInPeriod: number;
  rebounded: number;
  rated: number;
  satisfied: number;
  cases: number;
  visitsDue?: number;
  visitsOnTime?: number;
  followUpLateCases?: number;
  screeningTarget?: number;
  screeningDone?: number;
}

export type KpisWithBases = Kpis & { bases?: KpiBases };

export function basesOf(k: Kpis | undefined): KpiBases | undefined {
  return (k as KpisWithBases | undefined)?.bases;
}

/** The definition that explains a drill-down metric (the figure it is the cases of). */
const DEFINITION_OF: Record<string, string> = {
  registered: 'registered',
  accepted: 'accepted',
  concluded: 'closureRate',
  resolved: 'resolutionRate',
  responded: 'responseMinutes',
  respondedOnTime: 'onTimeResponseRate',
  respondedLate: 'onTimeResponseRate',
  concludedInPeriod: 'durationDays',
  resolvedInPeriod: 'reboundRate',
  rebounded: 'reboundRate',
  rated: 'satisfactionRate',
  satisfied: 'satisfactionRate',
  followUpLate: 'followUpOnTimeRate',
};

export function definitionKeyOf(metric: string): string {
  if (metric.startsWith('byCategory:')) return 'byCategory';
  if (metric.startsWith('byChannel:')) return 'byChannel';
  if (metric.startsWith('byStatus:')) return 'byStatus';
  return DEFINITION_OF[metric] ?? metric;
}
