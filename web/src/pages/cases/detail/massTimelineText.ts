// Timeline lines of 涉众 events: the warning at registration and the gathering into a group case.
import type { TimelineEvent } from '../../../api/caseTypes';
import type { TFunction } from '../../../i18n';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function massTimelineLines(t: TFunction, event: TimelineEvent): string[] {
  const data = event.data ?? {};
  switch (event.type) {
    case 'mass_warning':
      return typeof data.notified === 'number' ? [t('timelineText.massNotified', { count: data.notified })] : [];
    case 'gathered':
    case 'ungathered':
      return data.groupCode ? [t('timelineText.gatheredInto', { code: str(data.groupCode), title: str(data.groupTitle) })] : [];
    case 'group_formed':
    case 'group_member_added':
    case 'group_member_removed': {
      const codes = Array.isArray(data.memberCodes) ? data.memberCodes.filter((c): c is string => typeof c === 'string') : [];
      return codes.length ? [t('timelineText.groupMembers', { count: codes.length, codes: codes.join(t('common.listSeparator')) })] : [];
    }
    default:
      return [];
  }
}
