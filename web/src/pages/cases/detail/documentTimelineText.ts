// Timeline line of a generated document: which one and its version.
import type { TimelineEvent } from '../../../api/caseTypes';
import { DOCUMENT_KINDS } from '../../../api/documents';
import type { TFunction } from '../../../i18n';

export function documentTimelineLines(t: TFunction, event: TimelineEvent): string[] {
  const { kind, version } = event.data ?? {};
  if (!DOCUMENT_KINDS.includes(kind as (typeof DOCUMENT_KINDS)[number]) || typeof version !== 'number') return [];
  return [t('timelineText.documentGenerated', { kind: t(`documents.kind.${kind as (typeof DOCUMENT_KINDS)[number]}`), version })];
}
