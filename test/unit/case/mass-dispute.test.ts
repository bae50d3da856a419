import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  DEFAULT_MASS_DISPUTE_SETTINGS,
  type MassCaseFacts,
  type MassDisputeSettings,
  type MassRespondent,
  massDisputeSignals,
  massSettingsProblems,
  normalizeOrganizationName,
  resolveMassSettings,
  respondentKey,
  sameRespondent,
  signalReason,
  thresholdLevel,
} from '../../../src/domain/case/mass-dispute.js';

const T = new Date('2026-05-20T02:00:00Z');
const S = DEFAULT_MASS_DISPUTE_SETTINGS;
const COMPANY: MassRespondent = { partyId: 'p-company', kind: 'organization', name: '包头市鑫安物业服务有限公司', uscc: null };
const COMPOUND = 'k-mingde';

let n = 0;
/** A case `daysBefore` days before T (negative: after), against the company at the compound by default. */
function kase(daysBefore: number, over: Partial<MassCaseFacts> = {}): MassCaseFacts {
  n += 1;
  return {
    id: `c${String(n).padStart(3, '0')}`,
    registeredAt: new Date(T.getTime() - daysBefore * DAY_MS),
    status: 'handling',
    category: 'property_management',
    peopleCount: 1,
    compoundId: COMPOUND,
    isGroup: false,
    groupCaseId: null,
    respondents: [COMPANY],
    applicantIds: [`applicant-${n}`],
    ...over,
  };
}

const subject = (over: Partial<MassCaseFacts> = {}) => kase(0, { id: 'subject', ...over });
const signals = (subj: MassCaseFacts, candidates: MassCaseFacts[], settings: MassDisputeSettings = S, compoundName = '明德花园') =>
  massDisputeSignals({ subject: subj, compoundName, candidates, settings });
const byKind = (list: ReturnType<typeof signals>, kind: 'respondent' | 'compound') => list.find((s) => s.kind === kind);

describe('mass-dispute signals: thresholds', () => {
  it('warns at three cases including this one, on both signals', () => {
    const three = kase(3);
    const ten = kase(10);
    const out = signals(subject(), [three, ten]);
    expect(out.map((s) => s.kind)).toEqual(['respondent', 'compound']);
    for (const s of out) {
      expect(s).toMatchObject({ reached: true, warn: true, caseCount: 3, peopleCount: 3, by: ['cases'], level: 1, windowDays: 30, ungathered: 3 });
      // oldest first, the subject included
      expect(s.caseIds).toEqual([ten.id, three.id, 'subject']);
    }
  });

  it('one applicant filing again and again is a repeat dispute: no warning however many cases', () => {
    const same = { applicantIds: ['p-wang'] };
    const out = signals(subject(same), [kase(3, same), kase(5, same), kase(8, { ...same, peopleCount: 12 })]);
    for (const s of out) expect(s).toMatchObject({ reached: false, warn: false, caseCount: 4 });
    // A second applicant turns the same cases into a cluster.
    expect(signals(subject(same), [kase(3, same), kase(5, { applicantIds: ['p-li'] })]).every((s) => s.warn)).toBe(true);
  });

  it('does not warn at two cases of one person each, but still reports the signal', () => {
    const out = signals(subject(), [kase(3)]);
    expect(out).toHaveLength(2);
    for (const s of out) expect(s).toMatchObject({ reached: false, warn: false, level: 0, caseCount: 2, by: [] });
  });

  it('leaves out a signal with no other case in the window', () => {
    expect(signals(subject(), [])).toEqual([]);
    expect(signals(subject(), [kase(45)])).toEqual([]);
  });

  it('warns on people from two cases: 2 cases with 10 people together reach minPeople', () => {
    const s = byKind(signals(subject({ peopleCount: 4 }), [kase(5, { peopleCount: 6 })]), 'compound')!;
    expect(s).toMatchObject({ reached: true, warn: true, caseCount: 2, peopleCount: 10, by: ['people'], level: 1 });
  });

  it('a single case with many people is no cluster', () => {
    expect(signals(subject({ peopleCount: 80 }), [])).toEqual([]);
  });

  it('9 people in two cases do not warn', () => {
    const s = byKind(signals(subject({ peopleCount: 4 }), [kase(5, { peopleCount: 5 })]), 'compound')!;
    expect(s.reached).toBe(false);
  });

  it('reports both thresholds when both are reached, and the level doubles', () => {
    const s = byKind(signals(subject({ peopleCount: 10 }), [kase(1), kase(2), kase(3, { peopleCount: 9 })]), 'compound')!;
    expect(s.by).toEqual(['cases', 'people']);
    expect(s.peopleCount).toBe(21);
    // 4 cases → level 1 by cases; 21 people → level 2 by people (≥ 20)
    expect(s.level).toBe(2);
  });

  it('honours configured thresholds', () => {
    const settings = { ...S, minCases: 5, minPeople: 1000 };
    expect(byKind(signals(subject(), [kase(1), kase(2), kase(3)], settings), 'compound')!.reached).toBe(false);
    expect(byKind(signals(subject(), [kase(1), kase(2), kase(3), kase(4)], settings), 'compound')!.reached).toBe(true);
  });
});

describe('mass-dispute signals: the window', () => {
  it('counts a case exactly windowDays before and not one millisecond earlier', () => {
    const edge = kase(30);
    const beyond = kase(30, { registeredAt: new Date(T.getTime() - 30 * DAY_MS - 1) });
    const s = byKind(signals(subject(), [kase(1), edge, beyond]), 'compound')!;
    expect(s.caseIds).toContain(edge.id);
    expect(s.caseIds).not.toContain(beyond.id);
    expect(s.caseCount).toBe(3);
  });

  it('counts later cases too (the densest window containing the case)', () => {
    const s = byKind(signals(subject(), [kase(-10), kase(-20)]), 'compound')!;
    expect(s.caseCount).toBe(3);
    expect(s.from).toEqual(T);
    expect(s.to).toEqual(new Date(T.getTime() + 20 * DAY_MS));
  });

  it('never spans more than windowDays: cases 25 days before and 25 after are not one cluster', () => {
    const s = byKind(signals(subject(), [kase(25), kase(-25)]), 'compound')!;
    expect(s.caseCount).toBe(2);
    expect(s.to.getTime() - s.from.getTime()).toBeLessThanOrEqual(30 * DAY_MS);
  });

  it('picks the window with most cases', () => {
    // two before (25, 28 days), three after (5, 6, 7 days)
    const s = byKind(signals(subject(), [kase(25), kase(28), kase(-5), kase(-6), kase(-7)]), 'compound')!;
    expect(s.caseCount).toBe(4);
    expect(s.from).toEqual(T);
  });

  it('a shorter window from the settings', () => {
    const s = byKind(signals(subject(), [kase(5), kase(10)], { ...S, windowDays: 7 }), 'compound')!;
    expect(s.caseCount).toBe(2);
    expect(s.windowDays).toBe(7);
  });

  it('property: the window never exceeds windowDays, always contains the subject, and counts match', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -60, max: 60 }), { maxLength: 20 }), fc.integer({ min: 1, max: 40 }), (days, windowDays) => {
        const cands = days.map((d) => kase(d));
        const s = byKind(signals(subject(), cands, { ...S, windowDays }), 'compound');
        if (!s) return cands.every((c) => Math.abs(c.registeredAt.getTime() - T.getTime()) > windowDays * DAY_MS);
        const span = s.to.getTime() - s.from.getTime();
        return span <= windowDays * DAY_MS && s.from <= T && s.to >= T && s.caseIds.length === s.caseCount && s.caseIds.includes('subject');
      }),
    );
  });
});

describe('mass-dispute signals: what counts', () => {
  it('leaves out withdrawn cases by default, and configured statuses', () => {
    const out = byKind(signals(subject(), [kase(1, { status: 'withdrawn' }), kase(2)]), 'compound')!;
    expect(out.caseCount).toBe(2);
    const strict = byKind(signals(subject(), [kase(1, { status: 'resolved' }), kase(2)], { ...S, excludedStatuses: ['withdrawn', 'resolved'] }), 'compound')!;
    expect(strict.caseCount).toBe(2);
  });

  it('counts concluded (not withdrawn) cases: the cluster is still a cluster', () => {
    expect(byKind(signals(subject(), [kase(1, { status: 'resolved' }), kase(2, { status: 'archived' })]), 'compound')!.caseCount).toBe(3);
  });

  it('a withdrawn or group subject raises nothing', () => {
    expect(signals(subject({ status: 'withdrawn' }), [kase(1), kase(2)])).toEqual([]);
    expect(signals(subject({ isGroup: true }), [kase(1), kase(2)])).toEqual([]);
  });

  it('never counts group cases (their members are counted instead) nor the subject twice', () => {
    const s = byKind(signals(subject(), [kase(1, { isGroup: true, peopleCount: 40 }), kase(2), subject()]), 'compound')!;
    expect(s.caseCount).toBe(2);
    expect(s.peopleCount).toBe(2);
  });

  it('the compound signal counts the same category only, unless configured otherwise', () => {
    const family = kase(1, { category: 'family', respondents: [] });
    expect(byKind(signals(subject(), [family, kase(2)]), 'compound')!.caseCount).toBe(2);
    expect(byKind(signals(subject(), [family, kase(2)], { ...S, compoundSameCategory: false }), 'compound')!.caseCount).toBe(3);
    // no category known yet (intake): every category counts
    expect(byKind(signals(subject({ category: null }), [family, kase(2)]), 'compound')!.caseCount).toBe(3);
  });

  it('the respondent signal counts any category and any compound', () => {
    const elsewhere = kase(1, { compoundId: 'k-other', category: 'contract' });
    expect(byKind(signals(subject(), [elsewhere, kase(2)]), 'respondent')!.caseCount).toBe(3);
  });

  it('no compound, no compound signal', () => {
    expect(signals(subject({ compoundId: null }), [kase(1), kase(2)]).map((s) => s.kind)).toEqual(['respondent']);
  });

  it('names the compound', () => {
    expect(byKind(signals(subject(), [kase(1), kase(2)]), 'compound')).toMatchObject({ key: `compound:${COMPOUND}`, name: '明德花园' });
  });
});

describe('mass-dispute signals: the same respondent', () => {
  const company2 = (over: Partial<MassRespondent>): MassRespondent => ({ partyId: 'p-other', kind: 'organization', name: '另一家公司', uscc: null, ...over });

  it('by party id, by credit code, by normalized organisation name', () => {
    const out = signals(subject({ compoundId: null, respondents: [{ ...COMPANY, uscc: '91150203MA0ABCDE1X' }] }), [
      kase(1, { respondents: [COMPANY] }),
      kase(2, { respondents: [company2({ uscc: '91150203ma0abcde1x' })] }),
      kase(3, { respondents: [company2({ name: ' 包头市鑫安物业服务有限责任公司 ' })] }),
      kase(4, { respondents: [company2({ name: '包头市鑫安物业' })] }),
    ]);
    expect(out[0]).toMatchObject({ kind: 'respondent', caseCount: 4, key: 'uscc:91150203MA0ABCDE1X' });
  });

  it('different credit codes are different respondents even with the same name', () => {
    expect(sameRespondent({ ...COMPANY, partyId: 'a', uscc: 'A1' }, { ...COMPANY, partyId: 'b', uscc: 'B2' })).toBe(false);
  });

  it('people are the same respondent only as the same party', () => {
    const wang = (id: string): MassRespondent => ({ partyId: id, kind: 'person', name: '王建国', uscc: null });
    expect(sameRespondent(wang('p1'), wang('p1'))).toBe(true);
    expect(sameRespondent(wang('p1'), wang('p2'))).toBe(false);
    expect(respondentKey(wang('p1'))).toBe('party:p1');
    expect(respondentKey({ partyId: null, kind: 'person', name: '王建国', uscc: null })).toBeNull();
  });

  it('a person respondent is named surname + 某某 (warnings go to notifications)', () => {
    const wang: MassRespondent = { partyId: 'p-wang', kind: 'person', name: '王建国', uscc: null };
    const s = signals(subject({ compoundId: null, respondents: [wang] }), [kase(1, { respondents: [wang] })])[0]!;
    expect(s).toMatchObject({ name: '王某某', key: 'party:p-wang' });
  });

  it('one signal per respondent, each respondent counted once', () => {
    const other = company2({ partyId: 'p-dev', name: '某房地产开发公司' });
    const out = signals(subject({ compoundId: null, respondents: [COMPANY, COMPANY, other] }), [kase(1, { respondents: [COMPANY, other] }), kase(2, { respondents: [other] })]);
    expect(out.map((s) => [s.name, s.caseCount])).toEqual([
      ['包头市鑫安物业服务有限公司', 2],
      ['某房地产开发公司', 3],
    ]);
  });

  it('the case being registered has no id and is counted once', () => {
    const s = byKind(signals(subject({ id: null }), [kase(1), kase(2)]), 'respondent')!;
    expect(s.caseCount).toBe(3);
    expect(s.caseIds).toHaveLength(2);
  });
});

describe('mass-dispute signals: cases already gathered', () => {
  it('no warning when every case of the window is in a group already', () => {
    const s = byKind(signals(subject({ groupCaseId: 'g1' }), [kase(1, { groupCaseId: 'g1' }), kase(2, { groupCaseId: 'g1' })]), 'compound')!;
    expect(s).toMatchObject({ reached: true, warn: false, ungathered: 0, groupIds: ['g1'] });
  });

  it('warns about a new case next to a group, naming the group', () => {
    const s = byKind(signals(subject(), [kase(1, { groupCaseId: 'g1' }), kase(2, { groupCaseId: 'g1' })]), 'compound')!;
    expect(s).toMatchObject({ reached: true, warn: true, ungathered: 1, groupIds: ['g1'] });
  });
});

describe('levels, reasons, names', () => {
  it('thresholdLevel: 0 below, then one more at every doubling', () => {
    expect([0, 2, 3, 5, 6, 11, 12, 24].map((x) => thresholdLevel(x, 3))).toEqual([0, 0, 1, 1, 2, 2, 3, 4]);
    expect(thresholdLevel(5, 0)).toBe(0);
  });

  it('reasons in both languages, with the people when more than the cases', () => {
    expect(signalReason({ kind: 'respondent', name: '某某物业公司', windowDays: 30, caseCount: 4, peopleCount: 4 })).toBe('同一被申请人『某某物业公司』30 日内 4 件');
    expect(signalReason({ kind: 'compound', name: '明德花园', windowDays: 30, caseCount: 5, peopleCount: 37 })).toBe('同一小区『明德花园』30 日内 5 件，涉及 37 人');
    expect(signalReason({ kind: 'compound', name: '明德花园', windowDays: 30, caseCount: 5, peopleCount: 37 }, 'en')).toBe('Same compound "明德花园": 5 cases within 30 days, 37 people involved');
  });

  it('normalizes organisation names', () => {
    expect(normalizeOrganizationName('包头市 鑫安（物业）服务有限责任公司')).toBe('包头市鑫安物业服务有限公司');
    expect(normalizeOrganizationName('ＡＢＣ Property Co., Ltd.')).toBe('abcpropertycoltd');
  });
});

describe('settings', () => {
  it('defaults: 30 days, 3 cases, 10 people', () => {
    expect(resolveMassSettings(undefined)).toEqual(DEFAULT_MASS_DISPUTE_SETTINGS);
    expect(DEFAULT_MASS_DISPUTE_SETTINGS).toMatchObject({ windowDays: 30, minCases: 3, minPeople: 10, excludedStatuses: ['withdrawn'] });
  });

  it('stored values over the defaults; invalid ones keep the default', () => {
    expect(resolveMassSettings({ windowDays: 14, minCases: 4 })).toMatchObject({ windowDays: 14, minCases: 4, minPeople: 10 });
    expect(resolveMassSettings({ windowDays: 0, minCases: 1.5, minPeople: 'x', excludedStatuses: ['nope'] })).toEqual(DEFAULT_MASS_DISPUTE_SETTINGS);
    expect(resolveMassSettings({ compoundSameCategory: false }).compoundSameCategory).toBe(false);
  });

  it('names every invalid field in both languages', () => {
    const p = massSettingsProblems({ windowDays: 0, minCases: 1, minPeople: 100_001, excludedStatuses: ['closed'] });
    expect(Object.keys(p).sort()).toEqual(['excludedStatuses', 'minCases', 'minPeople', 'windowDays']);
    expect(p.windowDays!['zh-CN']).toContain('1–365');
    expect(p.excludedStatuses!.en).toContain('closed');
    expect(massSettingsProblems({ windowDays: 365, minCases: 2, minPeople: 2, excludedStatuses: [] })).toEqual({});
  });
});
