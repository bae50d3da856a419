// The editor's working copy of a 风险清单 version: from a published version, to the API's
// publish body, the sums the live summary shows, and where the API's field errors go.
// Without imports (the shapes are structural) so that the unit tests can load it in node.

export type Floor = 'medium' | 'high';
type Localized = { zh: string; en: string };

/** What this module reads of a published version (the API's `Checklist`). */
export interface PublishedChecklist {
  code: string;
  name: string;
  nameEn: string;
  thresholds: { medium: number; high: number };
  items: { code: string; label: Localized; answers: { code: string; label: Localized; weight: number; floor?: string }[] }[];
}

/** Form values while editing: anything may still be empty. */
export interface AnswerDraft {
  code?: string;
  label?: Partial<Localized>;
  weight?: number | null;
  floor?: Floor | null;
}
export interface ItemDraft {
  code?: string;
  label?: Partial<Localized>;
  answers?: AnswerDraft[];
}
export interface ChecklistDraft {
  name?: string;
  nameEn?: string;
  thresholds?: { medium?: number | null; high?: number | null };
  items?: ItemDraft[];
}

/** A floor the editor offers (a "low" floor would change nothing). */
const floorOf = (level: string | undefined): Floor | undefined => (level === 'medium' || level === 'high' ? level : undefined);

/** A deep copy of a published version as form values (the form edits it in place). */
export function draftOf(c: PublishedChecklist): ChecklistDraft {
  return {
    name: c.name,
    nameEn: c.nameEn,
    thresholds: { ...c.thresholds },
    items: c.items.map((i) => ({ code: i.code, label: { ...i.label }, answers: i.answers.map((a) => ({ code: a.code, label: { ...a.label }, weight: a.weight, floor: floorOf(a.floor) })) })),
  };
}

const text = (s: string | undefined) => (s ?? '').trim();
const label = (l: Partial<Localized> | undefined): Localized => ({ zh: text(l?.zh), en: text(l?.en) });

/** The publish body of a validated draft; an answer without a floor leaves the key out. */
export function toPublishInput(code: string, d: ChecklistDraft) {
  return {
    code,
    name: text(d.name),
    nameEn: text(d.nameEn),
    thresholds: { medium: d.thresholds?.medium ?? 0, high: d.thresholds?.high ?? 0 },
    items: (d.items ?? []).map((i) => ({
      code: text(i.code),
      label: label(i.label),
      answers: (i.answers ?? []).map((a) => ({ code: text(a.code), label: label(a.label), weight: a.weight ?? 0, ...(a.floor ? { floor: a.floor } : {}) })),
    })),
  };
}

/** True when the draft would publish the same definition as `c` (a new version would change nothing). */
export function sameAs(c: PublishedChecklist, d: ChecklistDraft): boolean {
  return JSON.stringify(toPublishInput(c.code, d)) === JSON.stringify(toPublishInput(c.code, draftOf(c)));
}

export interface DraftSummary {
  items: number;
  /** the highest score a household can get: every item's heaviest answer */
  maxScore: number;
  medium: number | null;
  high: number | null;
  /** levels that some answer sets as a floor, reachable whatever the sum */
  floors: Set<Floor>;
}

export function summarize(d: ChecklistDraft | undefined): DraftSummary {
  const items = d?.items ?? [];
  const floors = new Set<Floor>();
  let maxScore = 0;
  for (const item of items) {
    let heaviest = 0;
    for (const a of item?.answers ?? []) {
      heaviest = Math.max(heaviest, a?.weight ?? 0);
      if (a?.floor) floors.add(a.floor);
    }
    maxScore += heaviest;
  }
  return { items: items.length, maxScore, medium: d?.thresholds?.medium ?? null, high: d?.thresholds?.high ?? null, floors };
}

/** Whether a threshold can be met by the score alone (null: not filled in yet). */
export function reachable(s: DraftSummary, level: Floor): boolean | null {
  const threshold = s[level];
  return threshold === null ? null : threshold <= s.maxScore;
}

type NamePath = (string | number)[];
const ROOTS = new Set(['name', 'nameEn', 'thresholds', 'items']);

/**
 * The form field of an API field error (its path split by `toNamePath`):
 * `items.2.answers.1.weight` is that input, `items.2.answers` the item's answer list,
 * `thresholds` lands on the high threshold (the usual fault is high ≤ medium), a whole
 * label on its Chinese input, a whole item or answer on its code. null: not a field of
 * the form (the checklist code), shown as a message instead.
 */
export function formPathOf(name: NamePath): NamePath | null {
  if (!ROOTS.has(String(name[0]))) return null;
  if (name.length === 1 && name[0] === 'thresholds') return ['thresholds', 'high'];
  const last = name[name.length - 1];
  if (last === 'label') return [...name, 'zh'];
  if (typeof last === 'number') return [...name, 'code'];
  return name;
}
