import { describe, expect, it } from 'vitest';
import { CASE_EVENT_TYPES, CLOSURE_TARGET, caseFigures, generateCases, type DemoCaseBundle } from '../../src/demo/cases.js';
import { fillTemplate, formatYuan, maskedName } from '../../src/demo/dispute-texts.js';
import { DEMO_KEYS, generateDistrict, orgUnits, type DemoDistrict } from '../../src/demo/district.js';
import { CHANNELS, SHIPPED_CATEGORIES } from '../../src/domain/case/taxonomy.js';
import { decide, feedbackReopens, type CallerFacts, type CaseAction, type CaseFacts, type CaseStatus, type Satisfaction } from '../../src/domain/case/lifecycle.js';
import { archiveGaps, DEFAULT_CASE_POLICY } from '../../src/domain/case/policy.js';
import { createWorkingCalendar, SHIPPED_CALENDAR } from '../../src/domain/calendar/index.js';
import { evaluateCaseDeadlines, type ClockRules } from '../../src/services/cases/deadline-sync.js';
import type { CaseRow } from '../../src/repositories/case-repository.js';
import { isValidIdNumber, isValidMobile, isValidUscc } from '../../src/domain/identity.js';

/** Ids as seedDemo would return them (any distinct uuids will do for a pure generator). */
function fakeIds(d: DemoDistrict): Map<string, string> {
  const ids = new Map<string, string>();
  let n = 0;
  const next = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  for (const u of orgUnits(d)) ids.set(u.key, next());
  for (const s of d.staff) ids.set(`user:${s.username}`, next());
  for (const m of d.gridMembers) if (m.username && !ids.has(`user:${m.username}`)) ids.set(`user:${m.username}`, next());
  for (const e of d.enterprises) ids.set(e.key, next());
  for (const c of d.compounds) ids.set(c.key, next());
  for (const e of d.experts) ids.set(e.key, next());
  return ids;
}

const NOW = new Date('2026-11-29T13:59:26Z'); // a Sunday evening in Baotou
const district = generateDistrict();
const ids = fakeIds(district);
const bundle: DemoCaseBundle = generateCases(district, ids, { now: NOW });
const figures = caseFigures(bundle);

const eventsByCase = new Map<string, DemoCaseBundle['events']>();
for (const e of bundle.events) {
  const list = eventsByCase.get(e.case_id) ?? [];
  list.push(e);
  eventsByCase.set(e.case_id, list);
}
const dataOf = (e: DemoCaseBundle['events'][number]) => JSON.parse(e.data) as Record<string, unknown>;
const ms = (d: Date | string) => new Date(d).getTime();

const ACTION_OF: Record<string, CaseAction> = {
  routed: 'route',
  accepted: 'accept',
  returned: 'return',
  started: 'start',
  paused: 'pause',
  resumed: 'resume',
  resolved: 'resolve',
  referred: 'refer',
  withdrawn: 'withdraw',
  feedback: 'feedback',
  archived: 'archive',
  reopened: 'reopen',
};

/** A caller who may do everything: the role rules are not under test here, the status rules are. */
const ANYONE: CallerFacts = { userId: 'x', roles: ['admin', 'director', 'dispatcher'], handlingUnitIds: [] };

describe('generateCases', () => {
  it('is deterministic for a seed and a now, and differs across seeds', () => {
    const again = generateCases(district, ids, { now: NOW });
    expect(again).toEqual(bundle);
    const a = generateCases(district, ids, { now: NOW, count: 150, seed: 1 });
    const b = generateCases(district, ids, { now: NOW, count: 150, seed: 2 });
    expect(a.cases.map((c) => c.title)).not.toEqual(b.cases.map((c) => c.title));
    expect(a.cases).toHaveLength(150);
  }, 60_000);

  it('makes about a year of cases before now, across channels and categories', () => {
    expect(bundle.cases).toHaveLength(4000);
    const yearAgo = NOW.getTime() - 365 * 86_400_000;
    for (const c of bundle.cases) {
      expect(ms(c.registered_at)).toBeLessThanOrEqual(NOW.getTime());
      expect(ms(c.registered_at)).toBeGreaterThan(yearAgo - 86_400_000);
    }
    for (const ch of CHANNELS) expect(figures.byChannel[ch] ?? 0, ch).toBeGreaterThan(0);
    expect(figures.byChannel.window! / 4000).toBeGreaterThan(0.3);
    expect(figures.byChannel.window! / 4000).toBeLessThan(0.4);
    for (const cat of SHIPPED_CATEGORIES) expect(figures.byCategory[cat.code] ?? 0, cat.code).toBeGreaterThan(0);
    const top = Object.entries(figures.byCategory).sort((x, y) => y[1] - x[1]).slice(0, 3).map(([k]) => k);
    expect(top.sort()).toEqual(['family', 'neighbour', 'property_management']);
  });

  it('gives every case a valid path through the state machine, mirrored by the case row', () => {
    const problems: string[] = [];
    for (const c of bundle.cases) {
      const events = (eventsByCase.get(c.id!) ?? []).slice().sort((x, y) => x.seq - y.seq);
      const fail = (msg: string) => problems.push(`${c.code}: ${msg}`);
      if (!events.length) {
        fail('no events');
        continue;
      }
      events.forEach((e, i) => e.seq !== i + 1 && fail(`seq ${e.seq} at ${i}`));
      const [first, ...rest] = events;
      if (first!.type !== 'registered' || first!.from_status !== null || first!.to_status !== 'registered') fail('does not start registered');
      if (ms(first!.at) !== ms(c.registered_at)) fail('registered event is not at registered_at');
      const facts: CaseFacts = { status: 'registered', paused: false, assigneeId: null, handlingUnitId: null, hasFeedback: false };
      let last = ms(first!.at);
      let mustReopen = false;
      let acceptedAt: number | null = null;
      for (const e of rest) {
        if (ms(e.at) < last) fail(`${e.type} goes back in time`);
        if (ms(e.at) > NOW.getTime()) fail(`${e.type} after now`);
        last = ms(e.at);
        if (!(CASE_EVENT_TYPES as readonly string[]).includes(e.type)) fail(`unknown type ${e.type}`);
        if (e.type === 'escalated') {
          const d = dataOf(e);
          if (e.from_status !== null || e.to_status !== null) fail('escalation changes status');
          if (!['response', 'handling'].includes(String(d.deadline)) || ![1, 2, 3].includes(Number(d.level))) fail('bad escalation data');
          continue;
        }
        if (mustReopen && e.type !== 'reopened') fail(`${e.type} after a feedback that reopens`);
        mustReopen = false;
        const action = ACTION_OF[e.type]!;
        const r = decide(facts, action, ANYONE);
        if (!r.ok) {
          fail(`${e.type} not allowed from ${facts.status}${facts.paused ? ' (paused)' : ''}`);
          break;
        }
        if (e.type === 'paused' || e.type === 'resumed') {
          // Pausing is a flag, not a status: no from/to (as the case service writes it).
          if (e.from_status !== null || e.to_status !== null) fail(`${e.type} with statuses`);
          if (e.type === 'paused' && !e.reason) fail('paused without a reason');
          facts.paused = e.type === 'paused';
          continue;
        }
        if (e.type === 'feedback') {
          if (e.from_status !== null || e.to_status !== null) fail('feedback with statuses');
          const d = dataOf(e);
          if (!['phone', 'portal', 'staff'].includes(String(d.source))) fail('feedback source');
          mustReopen = feedbackReopens(d.satisfaction as Satisfaction, d.solved as boolean);
          facts.hasFeedback = true;
          continue;
        }
        if (e.from_status !== facts.status || e.to_status !== r.to) fail(`${e.type}: ${e.from_status}→${e.to_status}, expected ${facts.status}→${r.to}`);
        if (['returned', 'referred', 'withdrawn', 'reopened'].includes(e.type) && !e.reason) fail(`${e.type} without a reason`);
        if (e.type === 'archived') {
          const gaps = archiveGaps(
            { requireOutcome: true, requireFeedback: true, requireAgreementDocument: false, requireJudicialResult: false },
            { status: facts.status, outcome: c.outcome ?? null, hasFeedback: facts.hasFeedback, hasAgreementDocument: false, judicialConfirmation: null },
          );
          if (gaps.length) fail(`archived with gaps ${gaps.join(',')}`);
        }
        if (e.type === 'routed') {
          const d = dataOf(e);
          if (!d.unitId || !d.userId || !String(d.explanation).includes('分流至')) fail('routed data');
          facts.assigneeId = String(d.userId);
          facts.handlingUnitId = String(d.unitId);
        }
        if (e.type === 'returned') facts.assigneeId = facts.handlingUnitId = null;
        if (e.type === 'accepted') acceptedAt ??= ms(e.at);
        if (e.type === 'resolved' && !['agreement', 'oral_agreement', 'other'].includes(String(dataOf(e).outcome))) fail('resolved outcome');
        if (e.type === 'referred' && !['litigation', 'arbitration', 'department'].includes(String(dataOf(e).destination))) fail('referral destination');
        if (e.type === 'reopened' && !['feedback', 'manual'].includes(String(dataOf(e).trigger))) fail('reopen trigger');
        if (['resolved', 'referred', 'withdrawn', 'reopened'].includes(e.type)) facts.hasFeedback = false;
        facts.status = r.to;
      }
      if (c.status !== facts.status) fail(`row status ${c.status}, events end ${facts.status}`);
      if (c.paused !== facts.paused) fail('row paused flag');
      if (c.version !== events.length) fail('version is not the number of events');
      if ((c.accepted_at ? ms(c.accepted_at) : null) !== acceptedAt) fail('accepted_at is not the first acceptance');
      if (ms(c.updated_at) !== ms(events[events.length - 1]!.at)) fail('updated_at');
      const concluded = ['resolved', 'referred', 'withdrawn', 'archived'].includes(c.status);
      if (concluded !== (c.concluded_at !== null)) fail('concluded_at');
      if ((c.status === 'archived') !== (c.archived_at !== null)) fail('archived_at');
      if (c.status === 'archived' && c.judicial_confirmation === 'applied') fail('archived while judicial confirmation pending');
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('meets the seed figures: 97.3% closure, ~90% resolution, an open queue, some breaches, reopenings and withdrawals', () => {
    expect(figures.closureRate).toBeGreaterThanOrEqual(0.965);
    expect(figures.closureRate).toBeLessThanOrEqual(0.98);
    expect(Math.abs(figures.closureRate - CLOSURE_TARGET)).toBeLessThan(0.002);
    expect(figures.resolutionRate).toBeGreaterThan(0.85);
    expect(figures.resolutionRate).toBeLessThan(0.95);
    expect(figures.open).toBeGreaterThanOrEqual(60);
    expect(figures.open).toBeLessThanOrEqual(130);
    for (const s of ['registered', 'routed', 'accepted', 'handling', 'resolved', 'archived'] as CaseStatus[]) expect(figures.byStatus[s] ?? 0, s).toBeGreaterThan(0);
    expect(figures.byStatus.archived! / 4000).toBeGreaterThan(0.85);
    expect(figures.handlingBreaches).toBeGreaterThan(0);
    expect(figures.responseBreaches).toBeGreaterThan(0);
    expect(figures.responseOnTimeRate).toBeGreaterThan(0.93);
    expect(figures.reopened).toBeGreaterThan(0);
    expect(figures.returned).toBeGreaterThan(0);
    expect(figures.withdrawn / 4000).toBeGreaterThan(0.015);
    expect(figures.withdrawn / 4000).toBeLessThan(0.045);
    expect(figures.satisfiedRate).toBeGreaterThan(0.85);
    expect(figures.durationWorkingDays.median).toBeGreaterThan(3);
    expect(figures.durationWorkingDays.median).toBeLessThan(8);
    expect(figures.durationWorkingDays.p90).toBeGreaterThan(10);
    expect(figures.linked).toBeGreaterThan(0);
    expect(bundle.cases.some((c) => c.paused && c.pause_reason)).toBe(true);
  });

  it('keeps deadlines and escalations consistent', () => {
    const problems: string[] = [];
    const byCase = new Map(bundle.cases.map((c) => [c.id!, c]));
    for (const d of bundle.deadlines) {
      const c = byCase.get(d.case_id)!;
      // Escalations of the current clock (a reopened case's earlier clock escalated before its reopening).
      const escalations = (eventsByCase.get(d.case_id) ?? []).filter((e) => e.type === 'escalated' && dataOf(e).deadline === d.kind && ms(e.at) >= ms(d.started_at));
      if (escalations.length !== d.escalation_level) problems.push(`${c.code} ${d.kind}: ${escalations.length} escalations, level ${d.escalation_level}`);
      if (!d.breached && d.escalation_level !== 0) problems.push(`${c.code} ${d.kind}: escalated without a breach`);
      if (d.kind === 'response') {
        if (ms(d.started_at) !== ms(c.registered_at)) problems.push(`${c.code}: response clock start`);
        if (c.accepted_at && ms(d.met_at!) !== ms(c.accepted_at)) problems.push(`${c.code}: response met_at`);
      } else {
        const reopenings = (eventsByCase.get(d.case_id) ?? []).filter((e) => e.type === 'reopened');
        const start = reopenings.length ? reopenings[reopenings.length - 1]!.at : c.accepted_at;
        if (!start || ms(d.started_at) !== ms(start)) problems.push(`${c.code}: handling clock start`);
        if ((d.met_at ? ms(d.met_at) : null) !== (c.concluded_at ? ms(c.concluded_at) : null)) problems.push(`${c.code}: handling met_at`);
      }
    }
    const kinds = new Map<string, string[]>();
    for (const d of bundle.deadlines) kinds.set(d.case_id, [...(kinds.get(d.case_id) ?? []), d.kind]);
    for (const c of bundle.cases) {
      const expected = c.accepted_at ? ['response', 'handling'] : ['response'];
      if (JSON.stringify(kinds.get(c.id!)) !== JSON.stringify(expected)) problems.push(`${c.code}: deadlines ${kinds.get(c.id!)}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('stores the clocks the case service computes from the row and the timeline', () => {
    const days = new Map(SHIPPED_CATEGORIES.map((c) => [c.code, c.handlingDays]));
    const rules = { cal: createWorkingCalendar(SHIPPED_CALENDAR), policy: { value: DEFAULT_CASE_POLICY, version: 0 }, handlingDays: (code: string) => days.get(code) ?? 15 } as unknown as ClockRules;
    const stored = new Map(bundle.deadlines.map((d) => [`${d.case_id}:${d.kind}`, d]));
    const problems: string[] = [];
    const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);
    for (const c of bundle.cases) {
      const events = (eventsByCase.get(c.id!) ?? []).map((e) => ({ type: e.type, at: e.at }));
      for (const d of evaluateCaseDeadlines(rules, c as unknown as CaseRow, events, NOW)) {
        const s = stored.get(`${c.id}:${d.kind}`);
        const same = s && iso(s.started_at) === iso(d.startedAt) && iso(s.due_at) === iso(d.dueAt) && iso(s.met_at) === iso(d.stoppedAt) && s.breached === d.breached;
        if (!same) problems.push(`${c.code} ${d.kind}: stored ${JSON.stringify(s)}, service ${JSON.stringify(d)}`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it('tells the story of 景泰花园: 531 households, 11 days, 5万元 recovered, judicially confirmed', () => {
    const jingtai = bundle.cases.filter((c) => c.people_count === 531);
    expect(jingtai).toHaveLength(1);
    const c = jingtai[0]!;
    expect(c.title).toContain('景泰花园531户业主');
    expect(c.category).toBe('tenancy');
    expect(c.money_recovered_fen).toBe(5_000_000);
    expect(c.judicial_confirmation).toBe('confirmed');
    expect(c.outcome).toBe('agreement');
    expect(c.status).toBe('archived');
    expect(c.compound_id).toBe(ids.get(DEMO_KEYS.compoundJingtai));
    const days = (ms(c.concluded_at!) - ms(c.registered_at)) / 86_400_000;
    expect(Math.floor(days)).toBeLessThanOrEqual(11);
    expect(Math.floor(days)).toBeGreaterThanOrEqual(9);
    expect(c.satisfaction).not.toBeNull();
  });

  it('uses valid identifiers and keeps codes, ids and identities unique', () => {
    const unique = (values: readonly unknown[]) => new Set(values).size === values.length;
    expect(unique(bundle.cases.map((c) => c.id))).toBe(true);
    expect(unique(bundle.cases.map((c) => c.code))).toBe(true);
    expect(unique(bundle.parties.map((p) => p.id))).toBe(true);
    const idNumbers = bundle.parties.flatMap((p) => (p.id_number ? [p.id_number] : []));
    const usccs = bundle.parties.flatMap((p) => (p.uscc ? [p.uscc] : []));
    expect(unique(idNumbers)).toBe(true);
    expect(unique(usccs)).toBe(true);
    for (const id of idNumbers) {
      expect(id.startsWith('150203')).toBe(true);
      expect(isValidIdNumber(id), id).toBe(true);
    }
    for (const code of usccs) expect(isValidUscc(code), code).toBe(true);
    for (const p of bundle.parties) if (p.phone) expect(isValidMobile(p.phone), p.phone).toBe(true);
    const persons = bundle.parties.filter((p) => p.kind === 'person');
    const share = persons.filter((p) => p.id_number).length / persons.length;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.85);
    for (const id of [...bundle.cases.map((c) => c.id!), ...bundle.parties.map((p) => p.id!)]) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    for (const c of bundle.cases) expect(c.code).toMatch(/^(KDL|KDLKF)-20\d\d-\d{6}$/);
    // Sequences hold the highest number used per center and year.
    for (const s of bundle.sequences) {
      const codes = bundle.cases.filter((c) => c.center_id === s.center_id && c.code.split('-')[1] === String(s.year));
      expect(Math.max(...codes.map((c) => Number(c.code.split('-')[2])))).toBe(s.last);
      expect(codes).toHaveLength(s.last);
    }
  });

  it('links parties to cases, brings some people back, and keeps names out of titles', () => {
    const partyIds = new Set(bundle.parties.map((p) => p.id));
    const caseIds = new Set(bundle.cases.map((c) => c.id));
    for (const cp of bundle.caseParties) {
      expect(partyIds.has(cp.party_id)).toBe(true);
      expect(caseIds.has(cp.case_id)).toBe(true);
    }
    const casesPerParty = new Map<string, Set<string>>();
    for (const cp of bundle.caseParties) casesPerParty.set(cp.party_id, (casesPerParty.get(cp.party_id) ?? new Set()).add(cp.case_id));
    const persons = new Map(bundle.parties.filter((p) => p.kind === 'person').map((p) => [p.id!, p]));
    const returning = [...casesPerParty].filter(([id, cases]) => persons.has(id) && cases.size >= 2);
    expect(returning.length).toBeGreaterThan(20);
    // Matched by ID number (or, for the respondent of a rebound, by phone).
    for (const [id] of returning) expect(persons.get(id)!.id_number ?? persons.get(id)!.phone).toBeTruthy();
    const partiesOf = new Map<string, DemoCaseBundle['caseParties']>();
    for (const cp of bundle.caseParties) partiesOf.set(cp.case_id, [...(partiesOf.get(cp.case_id) ?? []), cp]);
    const nameOf = new Map(bundle.parties.map((p) => [p.id!, p]));
    let leaks = 0;
    for (const c of bundle.cases) {
      const list = partiesOf.get(c.id!) ?? [];
      expect(list.map((cp) => cp.role)).toEqual(expect.arrayContaining(['applicant', 'respondent']));
      expect(list.map((cp) => cp.ordinal)).toEqual(list.map((_, i) => i));
      for (const cp of list) {
        const p = nameOf.get(cp.party_id)!;
        expect(c.search_text).toContain(p.name);
        // People appear as 王某某 in titles and accounts, never with their name.
        if (p.kind === 'person' && (c.title.includes(p.name) || c.description.includes(p.name))) leaks++;
      }
      expect(c.description.length).toBeGreaterThan(20);
      expect(c.description).not.toMatch(/\{\w+\}/);
    }
    expect(leaks).toBe(0);
  });

  it('fills the grids, the centers and the queues of the demo accounts', () => {
    const grids = bundle.cases.filter((c) => c.grid_id);
    expect(grids.length / 4000).toBeGreaterThan(0.9);
    for (const c of bundle.cases) {
      expect(c.street_id).toBeTruthy();
      if (!c.grid_id) expect(['hotline', 'online']).toContain(c.channel);
    }
    expect(new Set(grids.map((c) => c.grid_id)).size).toBeGreaterThan(600);
    const gridAccount = district.gridMembers.find((m) => m.username === 'grid')!;
    expect(bundle.cases.filter((c) => c.grid_id === ids.get(gridAccount.gridKey)).length).toBeGreaterThan(5);
    const mediator = ids.get('user:mediator');
    expect(bundle.cases.filter((c) => c.assignee_id === mediator && ['accepted', 'handling'].includes(c.status)).length).toBeGreaterThan(0);
    const devzone = bundle.cases.filter((c) => c.center_id === ids.get(DEMO_KEYS.centerDevzone));
    expect(devzone.length).toBeGreaterThan(100);
    for (const c of devzone) expect(c.code.startsWith('KDLKF-')).toBe(true);
    for (const c of bundle.cases.filter((x) => x.channel === 'enterprise_station')) {
      expect(c.center_id).toBe(ids.get(DEMO_KEYS.centerDevzone));
      expect(c.intake_unit_id).toBeTruthy();
    }
    for (const c of bundle.cases.filter((x) => x.channel !== 'enterprise_station')) expect(c.intake_unit_id).toBeNull();
    const mass = bundle.cases.filter((c) => (c.people_count ?? 1) >= 20);
    expect(mass.length).toBeGreaterThan(5);
    expect(bundle.cases.filter((c) => (c.people_count ?? 1) <= 3).length / 4000).toBeGreaterThan(0.85);
  });
});

describe('dispute texts', () => {
  it('fills templates and formats money', () => {
    expect(fillTemplate('{A}与{B}，{x}', { A: '王某某', B: '李某某' })).toBe('王某某与李某某，{x}');
    expect(formatYuan(8600)).toBe('8600元');
    expect(formatYuan(32_000)).toBe('3.2万元');
    expect(formatYuan(50_000)).toBe('5万元');
    expect(maskedName('张伟')).toBe('张某某');
  });
});
