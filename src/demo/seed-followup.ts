import { type Insertable, type Kysely, sql } from 'kysely';
import { demoIdNumber, demoMobile } from './people.js';
import type { DB } from '../db/schema.js';
import type { AssistanceKind } from '../domain/assistance/kinds.js';
import { createWorkingCalendar, localDate, SHIPPED_CALENDAR } from '../domain/calendar/index.js';
import { DEFAULT_FOLLOWUP_POLICY, type FollowupPolicy, overdueStep } from '../domain/followup/schedule.js';
import { addDays } from '../domain/calendar/days.js';
import { answerProblems, assess, type Assessment, type Checklist, type RiskLevel } from '../domain/risk/checklist.js';
import { type DemoDistrict, DEMO_KEYS, DEMO_SEED } from './district.js';
import { type DemoHistory, playHistory } from './followup-history.js';
import { answersFor, CATALOGUE, DECLINE_OUTCOME, REFERRAL_OUTCOMES, REFERRAL_REASONS, visitNote } from './followup-texts.js';
import { type Gender, personName, pickGender } from './names.js';
import { createRng, type Rng } from './random.js';

/**
 * 回访巩固 demo (issue #6), written straight into the tables (not through the services):
 * the assistance catalogue; follow-up plans for the cases resolved in the last six
 * months that have a grid, with visit histories played by the real schedule rules; the
 * “和合同行” screening campaign over two streets with flagged households, their profiles
 * and plans; a handful of referrals. The `grid` account's grid gets visits due today and
 * one overdue. Deterministic: one seeded generator, every date from `now`.
 */
export const CAMPAIGN_NAME = '“和合同行”婚恋家庭矛盾纠纷专项排查';
/** The two streets screened: the `grid` account's (团结大街) and 林荫路. */
export const CAMPAIGN_STREET_KEYS = [DEMO_KEYS.streetTuanjie, 'street-linyinlu'] as const;
const PLAN_WINDOW_DAYS = 183;
const CHUNK = 1000;

type Table = keyof DB;
/** A row as JSON: the table's columns, with jsonb columns as nested values (not strings). */
type Row<T extends Table> = { [K in keyof Insertable<DB[T]>]?: unknown };

/** Bulk insert as one JSON document per chunk (one bind parameter), as the case seeder does. */
async function insertRows<T extends Table>(db: Kysely<DB>, table: T, rows: readonly Row<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    const columns = [...new Set(part.flatMap((r) => Object.keys(r)))];
    const list = sql.join(columns.map((c) => sql.ref(c)));
    await sql`INSERT INTO ${sql.table(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(part)}::json)`.execute(db);
  }
}

function uuid(rng: Rng): string {
  let hex = '';
  for (let i = 0; i < 4; i++) hex += Math.floor(rng.next() * 0x1_0000_0000).toString(16).padStart(8, '0');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
/** A Beijing wall time on a day, between 09:00 and 17:30 in five-minute steps. */
function workTime(rng: Rng, day: string): Date {
  const minutes = 9 * 60 + rng.int(0, 102) * 5;
  return new Date(`${day}T${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}:00+08:00`);
}

interface World {
  trx: Kysely<DB>;
  ids: ReadonlyMap<string, string>;
  now: Date;
  today: string;
  policy: FollowupPolicy;
  checklist: { id: string; list: Checklist } | null;
  /** grid id → the grid worker's user id */
  workers: Map<string, string>;
  accountGridId: string;
  toLocal: (d: Date) => string;
}

export async function seedFollowupDemo(trx: Kysely<DB>, d: DemoDistrict, ids: ReadonlyMap<string, string>, now: Date): Promise<void> {
  const rng = createRng(DEMO_SEED).fork('followup');
  const cal = createWorkingCalendar(SHIPPED_CALENDAR);
  const accountKey = d.gridMembers.find((m) => m.username === 'grid')?.gridKey;
  const w: World = {
    trx,
    ids,
    now,
    today: localDate(cal, now),
    policy: DEFAULT_FOLLOWUP_POLICY,
    checklist: await familyChecklist(trx),
    workers: new Map((await trx.selectFrom('grid_members').select(['grid_id', 'user_id']).where('role', '=', 'grid_worker').where('user_id', 'is not', null).execute()).map((m) => [m.grid_id, m.user_id!])),
    accountGridId: accountKey ? ids.get(accountKey) ?? '' : '',
    toLocal: (x) => localDate(cal, x),
  };
  const resources = await seedCatalogue(w, d, rng.fork('catalogue'));
  // Without the family checklist no assessment can be written: case plans then take the
  // case's own level, and there is no campaign (every screening needs its assessment).
  const casePlans = await seedCasePlans(w, rng.fork('case-plans'));
  const households = w.checklist ? await seedCampaign(w, d, rng.fork('campaign')) : [];
  await seedReferrals(w, rng.fork('referrals'), resources, casePlans, households);
}

/** The active family checklist, if its items are the ones the demo answers (version 1's). */
async function familyChecklist(trx: Kysely<DB>): Promise<World['checklist']> {
  const row = await trx.selectFrom('risk_checklists').selectAll().where('code', '=', 'family').where('active', '=', true).executeTakeFirst();
  if (!row) return null;
  const list: Checklist = { code: row.code, version: row.version, items: row.items as Checklist['items'], thresholds: row.thresholds as Checklist['thresholds'] };
  return answerProblems(list, answersFor(createRng(1), 'high')).length ? null : { id: row.id, list };
}

interface ResourceRef {
  id: string;
  name: string;
  kind: AssistanceKind;
  active: boolean;
  centerId: string | null;
  providerUnitId: string | null;
}

async function seedCatalogue(w: World, d: DemoDistrict, rng: Rng): Promise<ResourceRef[]> {
  const at = new Date(w.now.getTime() - 120 * 86_400_000);
  const rows: Row<'assistance_resources'>[] = [];
  const refs: ResourceRef[] = [];
  for (const spec of CATALOGUE) {
    const dept = spec.providerKey ? d.departments.find((x) => x.key === spec.providerKey) : undefined;
    const unitId = dept ? w.ids.get(dept.key) ?? null : null;
    const provider = spec.provider ?? dept?.name;
    if (!provider) continue;
    const id = uuid(rng);
    const centerId = spec.centerKey ? w.ids.get(spec.centerKey) ?? null : null;
    const phone = spec.phone ?? `0472-${rng.int(2, 6)}${pad(rng.int(0, 999_999), 6)}`;
    rows.push({ id, center_id: centerId, kind: spec.kind, name: spec.name, provider, provider_unit_id: unitId, contact_phone: phone, description: spec.description, active: spec.active ?? true, created_at: at, updated_at: at });
    refs.push({ id, name: spec.name, kind: spec.kind, active: spec.active ?? true, centerId, providerUnitId: unitId });
  }
  await insertRows(w.trx, 'assistance_resources', rows);
  return refs;
}

/** A plan as the referral step needs it. */
interface PlanRef {
  planId: string;
  caseId: string | null;
  householdId: string | null;
  gridId: string;
  centerId: string | null;
  level: RiskLevel;
  family: boolean;
  startedAt: Date;
  /** the grid worker of the plan's grid */
  by: string | null;
  /** done visits: id, when, by whom */
  done: { id: string; at: Date; by: string | null }[];
}

interface PlanInput {
  planId: string;
  caseId: string | null;
  householdId: string | null;
  centerId: string | null;
  gridId: string;
  startedAt: Date;
  history: DemoHistory;
  reboundCase?: { id: string; code: string } | null;
}

/** Rows of a plan and its visits from a played history. */
function planRows(w: World, rng: Rng, p: PlanInput) {
  const by = w.workers.get(p.gridId) ?? null;
  const visits: Row<'followup_visits'>[] = [];
  const done: PlanRef['done'] = [];
  let lastAt = p.startedAt;
  for (const v of p.history.visits) {
    const id = uuid(rng);
    if (!v.doneDay) {
      // Every column the done visits set, so that one JSON chunk can mix both (absent keys would be NULL, not the default).
      visits.push({ id, plan_id: p.planId, seq: v.seq, due_on: v.dueOn, status: 'due', done_at: null, done_by: null, mode: null, stability: null, notes: null, level_before: v.levelBefore, level_after: null, rebound_case_id: null, escalation_level: 0, escalated_at: null });
      continue;
    }
    const at = workTime(rng, v.doneDay);
    const phone = v.stability === 'stable' && rng.chance(0.25);
    const step = overdueStep(v.dueOn, v.doneDay, w.policy);
    visits.push({
      id,
      plan_id: p.planId,
      seq: v.seq,
      due_on: v.dueOn,
      status: 'done',
      done_at: at,
      done_by: by,
      mode: phone ? 'phone' : 'in_person',
      stability: v.stability,
      notes: visitNote(rng, v.stability!, phone, v.rebound ? p.reboundCase?.code : undefined),
      level_before: v.levelBefore,
      level_after: v.levelAfter,
      rebound_case_id: v.rebound ? p.reboundCase?.id ?? null : null,
      escalation_level: step,
      escalated_at: step ? new Date(`${addDays(v.dueOn, w.policy.escalateAfterDays[step - 1]!)}T09:00:00+08:00`) : null,
    });
    done.push({ id, at, by });
    lastAt = at;
  }
  const h = p.history;
  const plan: Row<'followup_plans'> = {
    id: p.planId,
    case_id: p.caseId,
    household_id: p.householdId,
    center_id: p.centerId,
    grid_id: p.gridId,
    level: h.level,
    status: h.endedOn ? 'ended' : 'active',
    stable_run: h.stableRun,
    started_at: p.startedAt,
    ended_at: h.endedOn ? lastAt : null,
    end_reason: h.endedOn ? 'stable_run' : null,
    created_at: p.startedAt,
    updated_at: lastAt,
    version: 1 + done.length,
  };
  return { plan, visits, done };
}

async function seedCasePlans(w: World, rng: Rng): Promise<PlanRef[]> {
  const since = new Date(w.now.getTime() - PLAN_WINDOW_DAYS * 86_400_000);
  const cases = await w.trx
    .selectFrom('cases')
    .select(['id', 'code', 'center_id', 'grid_id', 'category', 'risk_level', 'concluded_at', 'assignee_id'])
    .where('status', 'in', ['resolved', 'archived'])
    .where('outcome', 'is not', null)
    .where('grid_id', 'is not', null)
    .where('concluded_at', '>=', since)
    .where('concluded_at', '<=', w.now)
    .orderBy('code')
    .execute();
  // Rebounds: a later case linked to the resolved one (矛盾反弹), first one per case.
  const rebounds = new Map<string, { id: string; code: string; day: string }>();
  const linked = await w.trx.selectFrom('cases').select(['id', 'code', 'linked_case_id', 'registered_at']).where('linked_case_id', 'is not', null).orderBy('registered_at').execute();
  for (const l of linked) if (!rebounds.has(l.linked_case_id!)) rebounds.set(l.linked_case_id!, { id: l.id, code: l.code, day: w.toLocal(l.registered_at) });

  const plans: Row<'followup_plans'>[] = [];
  const visits: Row<'followup_visits'>[] = [];
  const assessments: Row<'risk_assessments'>[] = [];
  const refs: PlanRef[] = [];
  for (const c of cases) {
    let level = (c.risk_level as RiskLevel | null) ?? 'low';
    const family = c.category === 'family';
    if (family && w.checklist) {
      const answers = answersFor(rng, level);
      const a = assess(w.checklist.list, answers);
      level = a.level;
      assessments.push({ id: uuid(rng), checklist_id: w.checklist.id, case_id: c.id, context: 'resolution', answers, score: a.score, level: a.level, assessed_by: c.assignee_id, assessed_at: c.concluded_at! });
    }
    const account = c.grid_id === w.accountGridId;
    const rebound = rebounds.get(c.id);
    const history = playHistory(rng, { startDay: w.toLocal(c.concluded_at!), level, today: w.today, policy: w.policy, reboundDay: rebound?.day, settleToday: account, lateShare: account ? 0 : 0.08 });
    const planId = uuid(rng);
    const r = planRows(w, rng, { planId, caseId: c.id, householdId: null, centerId: c.center_id, gridId: c.grid_id!, startedAt: c.concluded_at!, history, reboundCase: rebound });
    plans.push(r.plan);
    visits.push(...r.visits);
    refs.push({ planId, caseId: c.id, householdId: null, gridId: c.grid_id!, centerId: c.center_id, level: history.level, family, startedAt: c.concluded_at!, by: w.workers.get(c.grid_id!) ?? null, done: r.done });
  }
  await insertRows(w.trx, 'risk_assessments', assessments);
  await insertRows(w.trx, 'followup_plans', plans);
  await insertRows(w.trx, 'followup_visits', visits);
  return refs;
}

/** Spouse, children and sometimes a parent of the head of household, with ID numbers and phones. */
function familyMembers(rng: Rng, head: { name: string; gender: Gender; age: number }, year: number) {
  const members: { id: string; name: string; relation: string; idNumber: string | null; phone: string | null }[] = [];
  const spouseGender: Gender = head.gender === 'M' ? 'F' : 'M';
  const spouseAge = Math.max(22, head.age + rng.int(-5, 4));
  const spouse = personName(rng, spouseGender);
  members.push({ id: uuid(rng), name: spouse, relation: 'spouse', idNumber: demoIdNumber(rng, year, spouseAge, spouseGender), phone: demoMobile(rng) });
  const surname = (head.gender === 'M' ? head.name : spouse).slice(0, 1);
  const children = rng.weightedPick<number>([[0, 2], [1, 5], [2, 3]]);
  for (let i = 0; i < children; i++) {
    const g = pickGender(rng);
    const age = rng.int(1, Math.max(2, Math.min(head.age, spouseAge) - 23));
    members.push({ id: uuid(rng), name: surname + personName(rng, g).slice(1).padEnd(1, '宁'), relation: 'child', idNumber: demoIdNumber(rng, year, age, g), phone: age >= 16 && rng.chance(0.5) ? demoMobile(rng) : null });
  }
  if (rng.chance(0.3)) {
    const g = pickGender(rng);
    members.push({ id: uuid(rng), name: personName(rng, g), relation: 'parent', idNumber: demoIdNumber(rng, year, head.age + rng.int(24, 32), g), phone: null });
  }
  return members;
}

/** A flagged household (medium or high) with its plan, for the referral step. */
type HouseholdRef = PlanRef;

/**
 * The campaign of the district center over the grids of two streets: targets of about
 * 5% of each grid's households (the families the programme aims at), screened at
 * uneven paces so that coverage differs and some grids fall behind; flagged households
 * get a profile and a plan. The `grid` account's grid is screened about half way, with
 * three high-risk households whose first visits fall due today (two) and three days ago.
 */
async function seedCampaign(w: World, d: DemoDistrict, rng: Rng): Promise<HouseholdRef[]> {
  const checklist = w.checklist!;
  const startsOn = addDays(w.today, -21);
  const endsOn = addDays(w.today, 35);
  const centerId = w.ids.get(DEMO_KEYS.centerDistrict)!;
  const campaignId = uuid(rng);
  const createdAt = new Date(`${addDays(startsOn, -1)}T16:00:00+08:00`);
  await insertRows(w.trx, 'screening_campaigns', [
    {
      id: campaignId,
      center_id: centerId,
      name: CAMPAIGN_NAME,
      description: '围绕婚恋家庭矛盾纠纷“早发现、早介入、早化解”，网格“铁三角”按风险清单逐户排查重点家庭，中高风险家庭建档、分级回访并转介帮扶。',
      checklist_id: checklist.id,
      starts_on: startsOn,
      ends_on: endsOn,
      created_by: w.ids.get('user:director') ?? null,
      created_at: createdAt,
      updated_at: createdAt,
    },
  ]);

  const communities = new Set(d.communities.filter((c) => (CAMPAIGN_STREET_KEYS as readonly string[]).includes(c.streetKey)).map((c) => c.key));
  const grids = d.grids.filter((g) => communities.has(g.communityKey));
  const year = Number(w.today.slice(0, 4));
  const campaignGrids: Row<'screening_campaign_grids'>[] = [];
  const assessments: Row<'risk_assessments'>[] = [];
  const screenings: Row<'screenings'>[] = [];
  const profiles: Row<'household_profiles'>[] = [];
  const plans: Row<'followup_plans'>[] = [];
  const visits: Row<'followup_visits'>[] = [];
  const refs: HouseholdRef[] = [];
  const gridIndex = new Map<string, number>();

  grids.forEach((g, gi) => {
    const gridId = w.ids.get(g.key)!;
    const account = gridId === w.accountGridId;
    const target = Math.max(5, Math.round(g.households * 0.05));
    campaignGrids.push({ campaign_id: campaignId, grid_id: gridId, target_households: target });
    // Pace: a few grids lag well behind (overdue), most near the expected share, some ahead.
    const band = account ? 'account' : gi === 1 ? 'behind' : rng.weightedPick<string>([['behind', 1.5], ['steady', 6], ['ahead', 4], ['done', 1]]);
    const share = { account: 0.45, behind: 0.05 + rng.next() * 0.15, steady: 0.3 + rng.next() * 0.2, ahead: 0.5 + rng.next() * 0.35, done: 1 }[band]!;
    const screened = Math.min(target, Math.round(target * share));
    const worker = w.workers.get(gridId) ?? null;
    const compounds = d.compounds.filter((c) => c.communityKey === g.communityKey).map((c) => c.name);
    const nth = gridIndex.get(g.communityKey) ?? 0;
    gridIndex.set(g.communityKey, nth + 1);
    const addresses = new Set<string>();
    const address = () => {
      for (;;) {
        const place = compounds.length ? rng.pick(compounds) : `${d.communities.find((c) => c.key === g.communityKey)!.name.replace(/社区$/, '')}街坊`;
        const a = `${place}${nth * 8 + rng.int(1, 8)}号楼${rng.int(1, 4)}单元${rng.int(1, 18)}0${rng.int(1, 2)}室`;
        if (!addresses.has(a)) {
          addresses.add(a);
          return a;
        }
      }
    };
    // The account's grid: three high households on fixed days, the rest low.
    const forced = account ? [15, 15, 18] : [];
    for (let i = 0; i < screened; i++) {
      const fixedAgo = forced[i];
      const day = fixedAgo !== undefined ? addDays(w.today, -fixedAgo) : addDays(startsOn, rng.int(0, 20));
      const at = workTime(rng, day);
      const drawn: RiskLevel = fixedAgo !== undefined ? 'high' : account ? 'low' : rng.weightedPick<RiskLevel>([['high', 2.5], ['medium', 7], ['low', 90.5]]);
      let answers = answersFor(rng, drawn);
      if (fixedAgo !== undefined) answers = { ...answers, threats: 'yes' };
      const a: Assessment = assess(checklist.list, answers);
      const flagged = a.level !== 'low';
      const gender = pickGender(rng, 0.55);
      const head = { name: personName(rng, gender), gender, age: rng.int(27, 62) };
      const householdId = flagged ? uuid(rng) : null;
      const assessmentId = uuid(rng);
      const addr = address();
      assessments.push({ id: assessmentId, checklist_id: checklist.id, case_id: null, household_id: householdId, context: 'screening', answers, score: a.score, level: a.level, assessed_by: worker, assessed_at: at });
      screenings.push({ id: uuid(rng), campaign_id: campaignId, grid_id: gridId, household_id: householdId, address: addr, head_name: head.name, assessment_id: assessmentId, score: a.score, level: a.level, screened_by: worker, screened_at: at });
      if (!householdId) continue;
      profiles.push({
        id: householdId,
        grid_id: gridId,
        address: addr,
        head_name: head.name,
        head_phone: demoMobile(rng),
        members: familyMembers(rng, head, year),
        risk_level: a.level,
        risk_score: a.score,
        last_assessed_at: at,
        notes: profileNote(checklist.list, a),
        created_by: worker,
        created_at: at,
        updated_at: at,
      });
      const history = playHistory(rng, { startDay: day, level: a.level, today: w.today, policy: w.policy, leaveFirstOpen: fixedAgo !== undefined, settleToday: account && fixedAgo === undefined });
      const planId = uuid(rng);
      const r = planRows(w, rng, { planId, caseId: null, householdId, centerId, gridId, startedAt: at, history });
      plans.push(r.plan);
      visits.push(...r.visits);
      refs.push({ planId, caseId: null, householdId, gridId, centerId, level: history.level, family: true, startedAt: at, by: worker, done: r.done });
    }
  });
  await insertRows(w.trx, 'screening_campaign_grids', campaignGrids);
  await insertRows(w.trx, 'household_profiles', profiles);
  await insertRows(w.trx, 'risk_assessments', assessments);
  await insertRows(w.trx, 'screenings', screenings);
  await insertRows(w.trx, 'followup_plans', plans);
  await insertRows(w.trx, 'followup_visits', visits);
  return refs;
}

/** What the worker noted on the profile: the items that weighed most. */
function profileNote(list: Checklist, a: Assessment): string {
  const parts = a.reasons.slice(0, 3).map((r) => {
    const item = list.items.find((i) => i.code === r.item);
    const answer = item?.answers.find((x) => x.code === r.answer);
    return `${item?.label.zh ?? r.item}（${answer?.label.zh ?? r.answer}）`;
  });
  return `专项排查发现：${parts.join('、')}。已建档并纳入分级回访。`;
}

/** The referrals of the demo: a status each, and the resource (by name) it went to. */
const REFERRAL_PLAN: readonly { status: 'referred' | 'accepted' | 'in_progress' | 'completed' | 'declined'; resource: string }[] = [
  { status: 'referred', resource: '“暖心驿站”妇女儿童心理关爱' },
  { status: 'accepted', resource: '就业岗位推荐与职业指导' },
  { status: 'in_progress', resource: '家庭教育指导咨询' },
  { status: 'completed', resource: '法律援助申请受理' },
  { status: 'declined', resource: '婚恋家庭心理疏导（一对一）' },
  { status: 'in_progress', resource: '婚姻家庭法律咨询' },
  { status: 'completed', resource: '“和合家庭”亲子沟通讲堂' },
  { status: 'referred', resource: '家政服务与育婴员技能培训' },
];

/**
 * Eight referrals of family plans (flagged households and family cases) in every
 * status, spread over the providers: the first is the `grid` account's overdue high-risk
 * household, referred to the 妇联 on the day after it was screened; the others were made
 * at a visit. The liaisons of the providers of the ones still waiting have their notification.
 */
async function seedReferrals(w: World, rng: Rng, resources: ResourceRef[], cases: PlanRef[], households: HouseholdRef[]): Promise<void> {
  const withVisit = (p: PlanRef) => p.done.length > 0 && p.level !== 'low';
  const account = households.filter((p) => p.gridId === w.accountGridId).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime()).slice(0, 1);
  const pool = [...account, ...rng.sample(households.filter(withVisit), 3), ...rng.sample(cases.filter((p) => p.family && withVisit(p)), 8)];
  const referrals: Row<'assistance_referrals'>[] = [];
  const notices: Row<'notifications'>[] = [];
  const liaisons = await w.trx.selectFrom('user_roles').select(['unit_id', 'user_id']).where('role', '=', 'department_liaison').execute();
  const hour = 3_600_000;
  for (let i = 0; i < REFERRAL_PLAN.length && i < pool.length; i++) {
    const p = pool[i]!;
    const planned = REFERRAL_PLAN[i]!;
    const res = resources.find((r) => r.name === planned.resource && r.active);
    if (!res) continue;
    const kind = res.kind;
    const visit = p.done.at(-1);
    const referredAt = visit ? new Date(visit.at.getTime() + hour) : new Date(p.startedAt.getTime() + 25 * hour);
    // Each step a few days after the last; a step that would lie in the future is not taken.
    let status: string = 'referred';
    let at = referredAt;
    let steps = 0;
    const path = { referred: [], accepted: ['accepted'], in_progress: ['accepted', 'in_progress'], completed: ['accepted', 'in_progress', 'completed'], declined: ['declined'] }[planned.status];
    for (const next of path) {
      const when = new Date(at.getTime() + (next === 'completed' ? rng.int(8, 20) : rng.int(1, 3)) * 24 * hour);
      if (when >= w.now) break;
      status = next;
      at = when;
      steps++;
    }
    const final = status === 'completed' || status === 'declined';
    referrals.push({
      id: uuid(rng),
      resource_id: res.id,
      case_id: p.caseId,
      household_id: p.householdId,
      visit_id: visit?.id ?? null,
      reason: rng.pick(REFERRAL_REASONS[kind]),
      status,
      outcome: status === 'completed' ? REFERRAL_OUTCOMES[kind] : status === 'declined' ? DECLINE_OUTCOME : null,
      referred_by: visit?.by ?? p.by,
      referred_at: referredAt,
      closed_at: final ? at : null,
      updated_at: at,
      version: 1 + steps,
    });
    if (status === 'referred' && res.providerUnitId) {
      for (const l of liaisons.filter((x) => x.unit_id === res.providerUnitId)) {
        notices.push({ user_id: l.user_id, case_id: null, kind: 'assistance_referred', title: `转介帮扶：${res.name}`, body: `${p.caseId ? '一件化解案件' : '一户重点家庭'}转介帮扶，请在“回访排查—帮扶资源—转介记录”中答复。`, created_at: referredAt });
      }
    }
  }
  await insertRows(w.trx, 'assistance_referrals', referrals);
  await insertRows(w.trx, 'notifications', notices);
}
