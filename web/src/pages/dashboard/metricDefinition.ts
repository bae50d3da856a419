// The KPI definition that explains a drill-down metric, for the drawer listing its cases.

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
