import { describe, expect, it } from 'vitest';
import { type Checklist as DomainChecklist, checklistProblems } from '../../../src/domain/risk/checklist.js';
import { FAMILY_CHECKLIST_V1 } from '../../../src/domain/risk/family-checklist.js';
import { draftOf, formPathOf as pathOf, type PublishedChecklist, reachable, sameAs, summarize, toPublishInput } from '../../../web/src/pages/followup/checklists/checklistDraft.js';

/** Version 1 as the API lists it. */
const v1: PublishedChecklist = { ...FAMILY_CHECKLIST_V1, name: '婚恋家庭矛盾风险清单', nameEn: 'Family conflict risk checklist' };
/** An API field as the web's toNamePath splits it. */
const formPathOf = (field: string) => pathOf(field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));

describe('the checklist editor draft', () => {
  it('starts as a copy of the active version and publishes it unchanged (a valid definition)', () => {
    const draft = draftOf(v1);
    const input = toPublishInput('family', draft);
    expect(input.items).toEqual(FAMILY_CHECKLIST_V1.items);
    expect(input.thresholds).toEqual(FAMILY_CHECKLIST_V1.thresholds);
    expect(checklistProblems(input)).toEqual([]);
    expect(sameAs(v1, draft)).toBe(true);
    // editing the draft leaves the version it came from alone
    draft.items![0]!.answers![1]!.weight = 7;
    expect(FAMILY_CHECKLIST_V1.items[0]!.answers[1]!.weight).toBe(5);
    expect(sameAs(v1, draft)).toBe(false);
  });

  it('trims texts and leaves out an empty floor', () => {
    const input = toPublishInput('family', {
      name: ' 清单 ',
      nameEn: ' List ',
      thresholds: { medium: 5, high: 9 },
      items: [{ code: ' debt ', label: { zh: ' 债务 ', en: 'Debt' }, answers: [{ code: 'no', label: { zh: '无', en: 'No' }, weight: 0, floor: null }, { code: 'yes', label: { zh: '有', en: 'Yes' }, weight: 8, floor: 'high' }] }],
    });
    expect(input).toEqual({
      code: 'family',
      name: '清单',
      nameEn: 'List',
      thresholds: { medium: 5, high: 9 },
      items: [{ code: 'debt', label: { zh: '债务', en: 'Debt' }, answers: [{ code: 'no', label: { zh: '无', en: 'No' }, weight: 0 }, { code: 'yes', label: { zh: '有', en: 'Yes' }, weight: 8, floor: 'high' }] }],
    });
  });

  it('sums the heaviest answer of every item and tells which thresholds the score reaches', () => {
    const s = summarize(draftOf(v1));
    const expected = FAMILY_CHECKLIST_V1.items.reduce((sum, i) => sum + Math.max(...i.answers.map((a) => a.weight)), 0);
    expect(s.maxScore).toBe(expected);
    expect(s.items).toBe(FAMILY_CHECKLIST_V1.items.length);
    expect(reachable(s, 'medium')).toBe(true);
    expect(reachable(s, 'high')).toBe(true);
    expect([...s.floors].sort()).toEqual(['high', 'medium']);

    const high = summarize({ ...draftOf(v1), thresholds: { medium: 20, high: expected + 1 } });
    expect(reachable(high, 'high')).toBe(false);
    expect(reachable(summarize({ items: [] }), 'medium')).toBe(null);
    // rows being typed in: missing weights and answers count as nothing
    expect(summarize({ items: [{}, { answers: [{}, { weight: 3 }] }] }).maxScore).toBe(3);
  });

  it('puts every field error of the API on a field of the form', () => {
    expect(formPathOf('items.2.answers.1.weight')).toEqual(['items', 2, 'answers', 1, 'weight']);
    expect(formPathOf('items.1.answers')).toEqual(['items', 1, 'answers']);
    expect(formPathOf('items.0.label.en')).toEqual(['items', 0, 'label', 'en']);
    expect(formPathOf('items.0.label')).toEqual(['items', 0, 'label', 'zh']);
    expect(formPathOf('items.3')).toEqual(['items', 3, 'code']);
    expect(formPathOf('items.3.answers.0')).toEqual(['items', 3, 'answers', 0, 'code']);
    expect(formPathOf('thresholds')).toEqual(['thresholds', 'high']);
    expect(formPathOf('thresholds.medium')).toEqual(['thresholds', 'medium']);
    expect(formPathOf('nameEn')).toEqual(['nameEn']);
    expect(formPathOf('code')).toBe(null);

    // what the domain refuses names only fields the form has
    const broken: Pick<DomainChecklist, 'items' | 'thresholds'> = {
      thresholds: { medium: 30, high: 30 },
      items: [FAMILY_CHECKLIST_V1.items[0]!, { ...FAMILY_CHECKLIST_V1.items[0]!, answers: [FAMILY_CHECKLIST_V1.items[0]!.answers[0]!] }],
    };
    const problems = checklistProblems(broken);
    expect(problems).toEqual(['items.1.code', 'items.1.answers', 'thresholds']);
    expect(problems.map(formPathOf)).toEqual([
      ['items', 1, 'code'],
      ['items', 1, 'answers'],
      ['thresholds', 'high'],
    ]);
  });
});
