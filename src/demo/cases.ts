/**
 * A year of demo cases for the demo district (issue 3): cases across channels,
 * categories, grids and statuses, each with its parties, its timeline (one event per
 * transition), its deadlines and escalations, consistent with the working calendar and
 * the shipped case policy.
 *
 * Pure and deterministic: the same district, ids, seed and `now` give deep-equal
 * output (no Math.random, no Date.now; ids are v4-shaped UUIDs drawn from the seeded
 * generator). `ids` maps demo keys to database ids as returned by seedDemo and is only
 * used for look-ups.
 *
 * How a case is made: a skeleton (channel, center, category, place, registration
 * time) is drawn for every case; skeletons are then processed in registration order,
 * so that people can come back in later cases and rebounds can link earlier ones.
 * For each, the whole life is planned (routing, acceptance, handling, pauses,
 * conclusion, feedback, reopening, archive), cut at `now`, and the case row mirrors
 * the last state. Deadlines come from caseDeadlines(), and every escalation step a
 * breached deadline reached is an 'escalated' event.
 */
import type { Insertable } from 'kysely';
import type { DB } from '../db/schema.js';
import { SHIPPED_CALENDAR } from '../domain/calendar/holidays.js';
import type { Pause } from '../domain/calendar/deadline.js';
import {
  addWorkingDays,
  addWorkingMinutes,
  createWorkingCalendar,
  isWorkingDay,
  localDate,
  workingMinutesBetween,
  type WorkingCalendar,
} from '../domain/calendar/working-calendar.js';
import { caseDeadlines, escalationDueAt } from '../domain/case/deadlines.js';
import { feedbackReopens, type CaseStatus, type Outcome, type ReferralDestination, type Satisfaction } from '../domain/case/lifecycle.js';
import { DEFAULT_CASE_POLICY, type CasePolicy } from '../domain/case/policy.js';
import { SHIPPED_CATEGORIES, type Channel } from '../domain/case/taxonomy.js';
import { idNumberCheckChar, USCC_CHARSET, usccCheckChar } from '../domain/identity.js';
import {
  DEMO_KEYS,
  DEMO_SEED,
  DISTRICT_CODE,
  type CategoryCode,
  type DemoCommunity,
  type DemoCompound,
  type DemoDistrict,
  type DemoEnterprise,
  type DemoGrid,
  type DemoStation,
  type DemoStreet,
} from './district.js';
import {
  DISPUTE_KINDS,
  EMOTIONS,
  FEEDBACK_NOTES,
  JOBS,
  OPENINGS,
  PAUSE_REASONS,
  PROJECTS,
  REFERRAL_NOTES,
  REFERRAL_OPENING_BY_CATEGORY,
  MANUAL_REOPEN_REASONS,
  RESOLVED_NOTES,
  RETURN_REASONS,
  ROADS,
  WITHDRAW_REASONS,
  fillTemplate,
  formatYuan,
  maskedName,
  type DisputeKind,
  type TemplateVars,
} from './dispute-texts.js';
import { brandWord, companyName, personName, pickGender, type Gender } from './names.js';
import { createRng, type Rng, type Weighted } from './random.js';

// ---------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------

export const DEMO_CASE_COUNT = 4000;

/** Case-code prefixes of the two demo centers (KDL-2026-000123, KDLKF-2026-000045). */
export const CASE_CODE_PREFIXES: Readonly<Record<string, string>> = {
  [DEMO_KEYS.centerDistrict]: 'KDL',
  [DEMO_KEYS.centerDevzone]: 'KDLKF',
};

export const CASE_EVENT_TYPES = [
  'registered', 'routed', 'accepted', 'returned', 'started', 'paused', 'resumed',
  'resolved', 'referred', 'withdrawn', 'feedback', 'archived', 'reopened', 'escalated',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export interface DemoCaseBundle {
  parties: Insertable<DB['parties']>[];
  cases: Insertable<DB['cases']>[];
  caseParties: Insertable<DB['case_parties']>[];
  events: Insertable<DB['case_events']>[];
  deadlines: Insertable<DB['case_deadlines']>[];
  sequences: Insertable<DB['case_sequences']>[];
}

export interface GenerateCasesOptions {
  now: Date;
  /** number of cases, DEMO_CASE_COUNT by default */
  count?: number;
  /** DEMO_SEED by default */
  seed?: number;
}

// ---------------------------------------------------------------------------
// Fixed tables
// ---------------------------------------------------------------------------

const MIN_MS = 60_000;
const DAY_MS = 86_400_000;
const YEAR_DAYS = 365;

const HANDLING_DAYS: ReadonlyMap<string, number> = new Map(SHIPPED_CATEGORIES.map((c) => [c.code, c.handlingDays]));

const CHANNEL_WEIGHTS: readonly Weighted<Channel>[] = [
  ['window', 35],
  ['hotline', 15],
  ['online', 15],
  ['grid_report', 20],
  ['enterprise_station', 5],
  ['department_referral', 7],
  ['court_referral', 3],
];

/** A district's usual mix (neighbour, family and property disputes lead; medical and land are rare). */
const BASE_CATEGORY_WEIGHTS: Readonly<Record<CategoryCode, number>> = {
  neighbour: 22,
  family: 16,
  property_management: 16,
  tenancy: 7,
  labour: 9,
  contract: 6,
  consumer: 6,
  damages: 6,
  property_rights: 4,
  business: 2,
  environment: 2,
  medical: 1,
  land: 1,
  other: 2,
};

/** How each channel tilts the base mix (factors). */
const CHANNEL_TILT: Readonly<Partial<Record<Channel, Partial<Record<CategoryCode, number>>>>> = {
  grid_report: { neighbour: 2, family: 1.8, property_management: 1.3, environment: 2, contract: 0.2, business: 0.1, consumer: 0.3, medical: 0.2, labour: 0.5, land: 1.5 },
  court_referral: { contract: 5, damages: 3, tenancy: 2, property_rights: 3, family: 1, neighbour: 0.3, property_management: 0.5, consumer: 0.3, environment: 0, labour: 0.5, land: 0, other: 0 },
  department_referral: { property_management: 2.5, consumer: 3, labour: 2, neighbour: 1, tenancy: 1.5, family: 0.4, contract: 0.3, business: 0.3 },
  online: { consumer: 2, contract: 1.3 },
};

/** Enterprise-station requests (法治港湾): labour, contract, business. */
const ENTERPRISE_CATEGORY_WEIGHTS: readonly Weighted<CategoryCode>[] = [
  ['labour', 60],
  ['contract', 25],
  ['business', 15],
];

/** Median handling time (working days, acceptance → conclusion) by category. */
const MEDIAN_HANDLING_DAYS: Readonly<Record<CategoryCode, number>> = {
  neighbour: 5,
  family: 7,
  property_management: 7,
  tenancy: 7,
  property_rights: 14,
  labour: 8,
  contract: 14,
  business: 14,
  consumer: 4,
  damages: 9,
  medical: 16,
  land: 16,
  environment: 8,
  other: 5,
};

/** Spread (log-normal sigma) of handling times around the median. */
const HANDLING_SIGMA = 0.85;

/** Share of cases settled on the spot or the next day (当场调解). */
const QUICK_SHARE: Readonly<Partial<Record<CategoryCode, number>>> = {
  neighbour: 0.2,
  family: 0.1,
  property_management: 0.12,
  consumer: 0.2,
  other: 0.2,
  tenancy: 0.08,
  damages: 0.05,
};

/** The theme of the enterprise center's reception day for a category. */
const THEME_OF: Readonly<Partial<Record<CategoryCode, string>>> = { labour: '劳资', contract: '合同', business: '经营', property_rights: '产权', consumer: '维权' };

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '147', '150', '151', '152', '155', '156',
  '157', '158', '159', '166', '176', '177', '180', '182', '183', '185', '186', '187', '188', '189', '191', '199',
] as const;

const EMPLOYER_TRADES = [
  '建筑工程有限公司', '餐饮管理有限公司', '物流有限公司', '商贸有限公司', '保安服务有限公司',
  '家政服务有限公司', '机械加工有限公司', '汽车服务有限公司', '装饰工程有限公司', '超市有限公司',
] as const;

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** A v4-shaped UUID from the seeded generator. */
function uuid(rng: Rng): string {
  let hex = '';
  for (let i = 0; i < 4; i++) hex += Math.floor(rng.next() * 0x1_0000_0000).toString(16).padStart(8, '0');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Standard normal draw (Box–Muller). */
function normal(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Log-uniform draw in [min, max]. */
function logUniform(rng: Rng, min: number, max: number): number {
  return Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min)));
}

function roundYuan(yuan: number): number {
  if (yuan < 2_000) return Math.round(yuan / 50) * 50 || 50;
  if (yuan < 100_000) return Math.round(yuan / 100) * 100;
  return Math.round(yuan / 1000) * 1000;
}

/** GB 11714-1997 check character of an 8-character organisation code body. */
function orgCodeCheckChar(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i]!;
    sum += (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55) * weights[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Cumulative weights for fast weighted picks over long tables. */
class Table<T> {
  private readonly items: T[] = [];
  private readonly cum: number[] = [];
  private total = 0;
  constructor(entries: Iterable<Weighted<T>>) {
    for (const [item, w] of entries) {
      if (w <= 0) continue;
      this.total += w;
      this.items.push(item);
      this.cum.push(this.total);
    }
  }
  get size(): number {
    return this.items.length;
  }
  pick(rng: Rng): T {
    if (this.items.length === 0) throw new RangeError('pick from an empty table');
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

// ---------------------------------------------------------------------------
// The world: look-ups over the district and the ids
// ---------------------------------------------------------------------------

interface Actor {
  id: string | null;
  name: string;
}

const SYSTEM: Actor = { id: null, name: '系统' };
/** A resident filing on the portal, and a party rating there (as the case service names them). */
const PORTAL_FILER: Actor = { id: null, name: '群众（网上申请）' };
const PORTAL_RATER: Actor = { id: null, name: '当事人（网上评价）' };

type CenterSide = 'district' | 'devzone';

interface RouteOption {
  unitKey: string;
  weight: number;
  basis: '类别' | '属地' | '主题接待日';
}

interface Route {
  unitKey: string;
  unitId: string;
  unitName: string;
  assignee: Actor;
  explanation: string;
}

class World {
  readonly cal: WorkingCalendar = createWorkingCalendar(SHIPPED_CALENDAR);
  readonly policy: CasePolicy = DEFAULT_CASE_POLICY;
  readonly streets = new Map<string, DemoStreet>();
  readonly communities = new Map<string, DemoCommunity>();
  readonly gridsByCommunity = new Map<string, DemoGrid[]>();
  readonly compoundsByCommunity = new Map<string, DemoCompound[]>();
  readonly compoundGrid = new Map<string, DemoGrid>();
  readonly rural = new Set<string>();
  readonly unitNames = new Map<string, string>();
  readonly staff = new Map<string, Actor>();
  readonly gridWorkers = new Map<string, Actor>();
  readonly handlers = new Map<string, Weighted<Actor>[]>();
  readonly dispatchers: Record<CenterSide, Weighted<Actor>[]>;
  readonly enterpriseGrid = new Map<string, DemoGrid>();
  readonly stationOf = new Map<string, DemoStation>();
  readonly gridTable: Table<DemoGrid>;
  readonly ruralGridTable: Table<DemoGrid>;
  readonly compoundTable: Table<DemoCompound>;
  readonly gridAccountGrid: DemoGrid;

  constructor(
    readonly d: DemoDistrict,
    private readonly ids: ReadonlyMap<string, string>,
    rng: Rng,
  ) {
    for (const s of d.streets) this.streets.set(s.key, s);
    for (const c of d.communities) {
      this.communities.set(c.key, c);
      if (this.streets.get(c.streetKey)?.kind === 'town') this.rural.add(c.key);
    }
    for (const g of d.grids) {
      const list = this.gridsByCommunity.get(g.communityKey) ?? [];
      list.push(g);
      this.gridsByCommunity.set(g.communityKey, list);
    }
    for (const c of d.compounds) {
      const list = this.compoundsByCommunity.get(c.communityKey) ?? [];
      list.push(c);
      this.compoundsByCommunity.set(c.communityKey, list);
      const grids = this.gridsByCommunity.get(c.communityKey) ?? [];
      // 景泰花园 lies in the grid of the 'grid' account (the first grid of 景泰社区).
      const grid = c.key === DEMO_KEYS.compoundJingtai ? grids[0] : grids.length ? rng.pick(grids) : undefined;
      if (grid) this.compoundGrid.set(c.key, grid);
    }
    for (const u of [d.district, ...d.streets, ...d.communities, ...d.grids, ...d.centers, ...d.stations, ...d.departments]) this.unitNames.set(u.key, u.name);
    for (const s of d.stations) if (s.enterpriseKey) this.stationOf.set(s.enterpriseKey, s);

    for (const s of d.staff) {
      const actor: Actor = { id: this.id(`user:${s.username}`), name: s.displayName };
      this.staff.set(s.username, actor);
      for (const r of s.roles) {
        if (r.role !== 'mediator' && r.role !== 'department_liaison') continue;
        // The demo 'mediator' account and team leads carry more of the center's cases.
        const w = s.username === 'mediator' ? 4 : s.username.startsWith('lead-') ? 1 : 2;
        const list = this.handlers.get(r.unitKey) ?? [];
        list.push([actor, w]);
        this.handlers.set(r.unitKey, list);
      }
    }
    const gridAccount = d.gridMembers.find((m) => m.username === 'grid');
    for (const m of d.gridMembers) {
      if (m.role === 'grid_worker' && m.username) this.gridWorkers.set(m.gridKey, { id: this.id(`user:${m.username}`), name: m.name });
    }
    const grid = d.grids.find((g) => g.key === gridAccount?.gridKey);
    if (!grid) throw new Error('demo cases: the grid of the grid account is missing');
    this.gridAccountGrid = grid;

    const dispatchersOf = (centerKey: string): Weighted<Actor>[] =>
      d.staff
        .filter((s) => s.roles.some((r) => r.role === 'dispatcher' && r.unitKey === centerKey))
        .map((s) => [this.staff.get(s.username)!, s.username.startsWith('lead-') ? 1 : 4] as const);
    this.dispatchers = { district: dispatchersOf(DEMO_KEYS.centerDistrict), devzone: dispatchersOf(DEMO_KEYS.centerDevzone) };
    if (!this.dispatchers.district.length || !this.dispatchers.devzone.length) throw new Error('demo cases: no dispatchers');

    // Enterprises of the development zone sit in grids of the towns (the industrial north).
    const townGrids = d.grids.filter((g) => this.rural.has(g.communityKey));
    for (const e of d.enterprises) this.enterpriseGrid.set(e.key, rng.pick(townGrids));

    this.gridTable = new Table(
      d.grids.map((g) => [g, (this.rural.has(g.communityKey) ? 0.6 : 1) * g.households * (g.key === grid.key ? 5 : 1)] as const),
    );
    this.ruralGridTable = new Table(townGrids.map((g) => [g, g.households] as const));
    this.compoundTable = new Table(
      d.compounds.map((c) => [c, Math.sqrt(c.households) * (c.key === DEMO_KEYS.compoundMingde || c.key === DEMO_KEYS.compoundJingtai ? 4 : 1)] as const),
    );
  }

  id(key: string): string {
    const v = this.ids.get(key);
    if (!v) throw new Error(`demo cases: no database id for '${key}'`);
    return v;
  }

  name(unitKey: string): string {
    return this.unitNames.get(unitKey) ?? unitKey;
  }

  dept(type: string, centerKey: string, n = 1): string {
    const list = this.d.departments.filter((x) => x.type === type && x.centerKey === centerKey);
    const dep = list[(n - 1) % Math.max(1, list.length)];
    if (!dep) throw new Error(`demo cases: no department ${type} at ${centerKey}`);
    return dep.key;
  }

  /** Where a case of this category and place can be routed. */
  routeOptions(category: CategoryCode, side: CenterSide, streetKey: string, communityKey: string | null, rng: Rng): RouteOption[] {
    const c = (unitKey: string, weight: number, basis: RouteOption['basis'] = '类别'): RouteOption => ({ unitKey, weight, basis });
    if (side === 'devzone') {
      const center = DEMO_KEYS.centerDevzone;
      const law = this.dept('law_firm', center, rng.int(1, 3));
      if (category === 'labour') return [c(this.dept('human_resources', center), 40, '主题接待日'), c(center, 45, '主题接待日'), c(law, 15, '主题接待日')];
      return [c(center, 50, '主题接待日'), c(law, 35, '主题接待日'), c(this.dept('court', center), 15, '主题接待日')];
    }
    const center = DEMO_KEYS.centerDistrict;
    const judicial = this.dept('judicial_office', center);
    const police = this.dept('police_station', center);
    const market = this.dept('market_regulation', center);
    const court = this.dept('court', center);
    const hr = this.dept('human_resources', center);
    const law = this.dept('law_firm', center, rng.int(1, 4));
    const local: RouteOption[] = [];
    if (streetKey === DEMO_KEYS.streetKunbei) local.push(c('station-kunbei', 60, '属地'));
    const firstOfAerding = this.d.communities.find((x) => x.streetKey === 'street-aerdingdajie');
    if (communityKey && communityKey === firstOfAerding?.key) local.push(c(DEMO_KEYS.stationYinyao, 60, '属地'));
    switch (category) {
      case 'family':
        return [c('station-hehe', 35), c(DEMO_KEYS.stationYinyao, 20), c(center, 35), c('dept-women', 10), ...local];
      case 'neighbour':
        return [c(center, 55), c(judicial, 25), c(police, 10), ...local];
      case 'property_management':
        return [c('station-wuye', 45), c(center, 40), c('dept-housing', 15)];
      case 'tenancy':
        return [c(center, 50), c('station-wuye', 25), c('dept-housing', 15), c(court, 10)];
      case 'property_rights':
        return [c(center, 50), c(judicial, 25), c(court, 25)];
      case 'labour':
        return [c(hr, 45), c(center, 40), c(law, 15)];
      case 'contract':
        return [c(center, 45), c(law, 35), c(court, 20)];
      case 'business':
        return [c(center, 40), c(market, 30), c(law, 30)];
      case 'consumer':
        return [c(market, 70), c(center, 30)];
      case 'damages':
        return [c(center, 50), c(police, 30), c(judicial, 20)];
      case 'medical':
        return [c(center, 60), c(law, 40)];
      case 'land':
        return [c(center, 60), c(judicial, 40)];
      case 'environment':
        return [c(center, 60), c(police, 20), c(judicial, 20)];
      case 'other':
        return [c(center, 80), c(judicial, 20), ...local];
    }
  }

  route(opt: RouteOption, category: CategoryCode, rng: Rng): Route {
    const handlers = this.handlers.get(opt.unitKey);
    if (!handlers?.length) throw new Error(`demo cases: nobody handles cases at ${opt.unitKey}`);
    const unitName = this.name(opt.unitKey);
    const basis = opt.basis === '主题接待日' ? `按主题接待日（${THEME_OF[category] ?? '维权'}）` : `按${opt.basis}`;
    return {
      unitKey: opt.unitKey,
      unitId: this.id(opt.unitKey),
      unitName,
      assignee: rng.weightedPick(handlers),
      explanation: `${basis}分流至${unitName}`,
    };
  }
}

// ---------------------------------------------------------------------------
// Parties
// ---------------------------------------------------------------------------

interface PartyRec {
  id: string;
  kind: 'person' | 'organization';
  name: string;
  idNumber: string | null;
  phone: string | null;
  uscc: string | null;
  address: string | null;
  createdAt: Date;
  updatedAt: Date;
  uses: number;
  streetKey: string | null;
}

class Parties {
  readonly all: PartyRec[] = [];
  private readonly idNumbers = new Set<string>();
  private readonly usccs = new Set<string>();
  private readonly phones = new Set<string>();
  private readonly orgs = new Map<string, PartyRec>();
  /** people with an ID number, who can come back in a later case (same street) */
  private readonly returning = new Map<string, PartyRec[]>();

  constructor(
    private readonly rng: Rng,
    private readonly uuidRng: Rng,
    private readonly now: Date,
  ) {}

  private mobile(): string {
    for (;;) {
      const p = this.rng.pick(MOBILE_PREFIXES) + pad(this.rng.int(0, 99_999_999), 8);
      if (!this.phones.has(p)) {
        this.phones.add(p);
        return p;
      }
    }
  }

  private idNumber(gender: Gender): string {
    const nowYear = Number(this.now.toISOString().slice(0, 4));
    for (;;) {
      const year = nowYear - this.rng.int(19, 82);
      const month = this.rng.int(1, 12);
      const day = this.rng.int(1, 28);
      const seq = pad(this.rng.int(0, 99), 2) + String(gender === 'M' ? this.rng.int(0, 4) * 2 + 1 : this.rng.int(0, 4) * 2);
      const first17 = `${DISTRICT_CODE}${year}${pad(month, 2)}${pad(day, 2)}${seq}`;
      const id = first17 + idNumberCheckChar(first17);
      if (!this.idNumbers.has(id)) {
        this.idNumbers.add(id);
        return id;
      }
    }
  }

  uscc(prefix: '91' | '92' | '52'): string {
    for (;;) {
      let body = '';
      for (let i = 0; i < 8; i++) body += this.rng.pick([...USCC_CHARSET]);
      const first17 = `${prefix}${DISTRICT_CODE}${body}${orgCodeCheckChar(body)}`;
      const code = first17 + usccCheckChar(first17);
      if (!this.usccs.has(code)) {
        this.usccs.add(code);
        return code;
      }
    }
  }

  private touch(p: PartyRec, at: Date): PartyRec {
    p.uses++;
    if (at > p.updatedAt) p.updatedAt = at;
    return p;
  }

  person(at: Date, address: string, streetKey: string | null, opts: { gender?: Gender; needId?: boolean } = {}): PartyRec {
    const gender = opts.gender ?? pickGender(this.rng);
    const withId = opts.needId === true || this.rng.chance(0.7);
    const p: PartyRec = {
      id: uuid(this.uuidRng),
      kind: 'person',
      name: personName(this.rng, gender),
      idNumber: withId ? this.idNumber(gender) : null,
      phone: this.rng.chance(0.95) ? this.mobile() : null,
      uscc: null,
      address,
      createdAt: at,
      updatedAt: at,
      uses: 1,
      streetKey,
    };
    this.all.push(p);
    if (p.idNumber && streetKey) {
      const list = this.returning.get(streetKey) ?? [];
      list.push(p);
      this.returning.set(streetKey, list);
    }
    return p;
  }

  /** Someone from the same street who was a party before (at most 3 cases each), or null. */
  comeback(streetKey: string, at: Date, exclude: readonly PartyRec[]): PartyRec | null {
    const list = this.returning.get(streetKey);
    if (!list?.length) return null;
    for (let tries = 0; tries < 4; tries++) {
      const p = list[Math.max(0, list.length - 1 - Math.floor(this.rng.next() * Math.min(list.length, 60)))]!;
      if (p.uses < 3 && !exclude.includes(p) && p.createdAt < at) return this.touch(p, at);
    }
    return null;
  }

  reuse(p: PartyRec, at: Date): PartyRec {
    return this.touch(p, at);
  }

  /** One party row per organisation name (and USCC). */
  org(name: string, at: Date, address: string | null, prefix: '91' | '92' | '52' = '91', uscc?: string): PartyRec {
    const known = this.orgs.get(name);
    if (known) return this.touch(known, at);
    if (uscc) this.usccs.add(uscc);
    const p: PartyRec = {
      id: uuid(this.uuidRng),
      kind: 'organization',
      name,
      idNumber: null,
      phone: this.rng.chance(0.6) ? this.mobile() : null,
      uscc: uscc ?? this.uscc(prefix),
      address,
      createdAt: at,
      updatedAt: at,
      uses: 1,
      streetKey: null,
    };
    this.orgs.set(name, p);
    this.all.push(p);
    return p;
  }

  /** Pools of recurring organisations, so that one respondent appears in several cases. */
  readonly pools = new Map<string, string[]>();
  pooledName(pool: string, size: number, make: () => string): string {
    const list = this.pools.get(pool) ?? [];
    this.pools.set(pool, list);
    if (list.length < size && (list.length === 0 || this.rng.chance(0.5))) {
      const name = make();
      if (!list.includes(name)) list.push(name);
      return name;
    }
    return this.rng.pick(list);
  }
}

// ---------------------------------------------------------------------------
// Skeletons: channel, center, category, place, registration time
// ---------------------------------------------------------------------------

interface Skeleton {
  index: number;
  channel: Channel;
  side: CenterSide;
  category: CategoryCode;
  kind: DisputeKind;
  enterprise: DemoEnterprise | null;
  station: DemoStation | null;
  streetKey: string;
  communityKey: string | null;
  grid: DemoGrid | null;
  compound: DemoCompound | null;
  registeredAt: Date;
  special?: 'jingtai';
}

/** The local days of the year before `now`, newest first, with the office-open flag. */
interface Day {
  date: string;
  /** epoch ms of local midnight */
  start: number;
  working: boolean;
  /** 0 (today) … 364 */
  age: number;
}

function yearOfDays(cal: WorkingCalendar, now: Date): Day[] {
  const today = localDate(cal, now);
  const todayStart = Date.parse(`${today}T00:00:00Z`) - cal.utcOffsetMinutes * MIN_MS;
  const days: Day[] = [];
  for (let age = 0; age < YEAR_DAYS; age++) {
    const start = todayStart - age * DAY_MS;
    const date = new Date(start + cal.utcOffsetMinutes * MIN_MS).toISOString().slice(0, 10);
    days.push({ date, start, working: isWorkingDay(cal, date), age });
  }
  return days;
}

/** Minutes after local midnight: office hours, peaking in the morning. */
function officeMinute(rng: Rng): number {
  const seg = rng.weightedPick<readonly [number, number]>([
    [[510, 690], 55],
    [[690, 810], 5],
    [[810, 1045], 40],
  ]);
  return rng.int(seg[0], seg[1]);
}

/** Minutes after local midnight: any time, mostly by day (online filing). */
function anyMinute(rng: Rng): number {
  const seg = rng.weightedPick<readonly [number, number]>([
    [[0, 419], 4],
    [[420, 1319], 84],
    [[1320, 1439], 12],
  ]);
  return rng.int(seg[0], seg[1]);
}

/** Relative intake of a day: more recent days slightly busier. */
const recency = (age: number): number => 1.1 - 0.2 * (age / YEAR_DAYS);

function dayTables(days: readonly Day[]): Record<'office' | 'hotline' | 'grid' | 'online', Table<Day>> {
  const t = (offDay: number) => new Table(days.map((d) => [d, recency(d.age) * (d.working ? 1 : offDay)] as const));
  return { office: t(0), hotline: t(0.15), grid: t(0.2), online: t(0.6) };
}

function pickCategory(rng: Rng, channel: Channel): CategoryCode {
  if (channel === 'enterprise_station') return rng.weightedPick(ENTERPRISE_CATEGORY_WEIGHTS);
  const tilt = CHANNEL_TILT[channel] ?? {};
  const table = (Object.entries(BASE_CATEGORY_WEIGHTS) as [CategoryCode, number][]).map(([c, w]) => [c, w * (tilt[c] ?? 1)] as const);
  return rng.weightedPick(table);
}

function pickKind(rng: Rng, category: CategoryCode, side: CenterSide): DisputeKind {
  // The development zone's cases are its enterprises' labour, contract and business matters.
  const kinds = DISPUTE_KINDS[category].filter((k) => side === 'district' || k.enterpriseSide !== undefined);
  return rng.weightedPick(kinds.map((k) => [k, k.weight] as const));
}

function makeSkeletons(world: World, rng: Rng, now: Date, count: number): Skeleton[] {
  const days = yearOfDays(world.cal, now);
  const tables = dayTables(days);
  const anchored = world.d.stations.filter((s) => s.kind === 'enterprise_station');
  const out: Skeleton[] = [];
  for (let index = 0; index < count; index++) {
    const channel = rng.weightedPick(CHANNEL_WEIGHTS);
    const category = pickCategory(rng, channel);
    let side: CenterSide = channel === 'enterprise_station' ? 'devzone' : 'district';
    // Labour and contract matters of the park's enterprises go to the development-zone center.
    if (side === 'district' && (channel === 'window' || channel === 'hotline' || channel === 'online') && (category === 'labour' || category === 'contract' || category === 'business') && rng.chance(0.3)) {
      side = 'devzone';
    }
    const kind = pickKind(rng, category, side);
    let enterprise: DemoEnterprise | null = null;
    let station: DemoStation | null = null;
    if (channel === 'enterprise_station') {
      station = rng.pick(anchored);
      enterprise = world.d.enterprises.find((e) => e.key === station!.enterpriseKey) ?? null;
    } else if (side === 'devzone') {
      enterprise = rng.pick(world.d.enterprises);
    }

    // Place: the enterprise's grid, a compound's grid, a village grid or any grid.
    let grid: DemoGrid;
    let compound: DemoCompound | null = null;
    const compoundBound = category === 'property_management' || kind.key === 'public_rental' || kind.key === 'income' || kind.key === 'certificate';
    if (enterprise) {
      grid = world.enterpriseGrid.get(enterprise.key)!;
    } else if (compoundBound) {
      compound = world.compoundTable.pick(rng);
      grid = world.compoundGrid.get(compound.key) ?? world.gridTable.pick(rng);
    } else if (kind.rural && rng.chance(0.8)) {
      grid = world.ruralGridTable.pick(rng);
    } else {
      grid = world.gridTable.pick(rng);
    }
    if (!compound && !world.rural.has(grid.communityKey)) {
      const list = world.compoundsByCommunity.get(grid.communityKey);
      if (list?.length) compound = rng.pick(list);
    }
    const community = world.communities.get(grid.communityKey)!;
    // Some hotline and online filings only say which street.
    const streetOnly = (channel === 'hotline' || channel === 'online') && !compoundBound && rng.chance(0.2);

    const table = channel === 'online' ? tables.online : channel === 'hotline' ? tables.hotline : channel === 'grid_report' ? tables.grid : tables.office;
    let registeredAt: Date | null = null;
    for (let tries = 0; tries < 50 && !registeredAt; tries++) {
      const day = table.pick(rng);
      const minute = channel === 'online' ? anyMinute(rng) : officeMinute(rng);
      const at = new Date(day.start + minute * MIN_MS + rng.int(0, 59) * 1000);
      if (at < now) registeredAt = at;
    }
    registeredAt ??= new Date(now.getTime() - rng.int(5, 600) * MIN_MS);

    out.push({
      index,
      channel,
      side,
      category,
      kind,
      enterprise,
      station,
      streetKey: community.streetKey,
      communityKey: streetOnly ? null : community.key,
      grid: streetOnly ? null : grid,
      compound: streetOnly ? null : compound,
      registeredAt,
    });
  }
  return out;
}

/** The 景泰花园 story of the seed report: 531 households, public-rental rent, 11 days, 5万元 recovered, judicially confirmed. */
function jingtaiSkeleton(world: World, now: Date, index: number): Skeleton {
  const compound = world.d.compounds.find((c) => c.key === DEMO_KEYS.compoundJingtai);
  if (!compound) throw new Error('demo cases: 景泰花园 missing');
  const grid = world.compoundGrid.get(compound.key)!;
  // A Monday about four months before now, 09:40.
  let day = localDate(world.cal, new Date(now.getTime() - 120 * DAY_MS));
  for (let i = 0; i < 14; i++) {
    const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (dow === 1 && isWorkingDay(world.cal, day)) break;
    day = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  }
  const registeredAt = new Date(Date.parse(`${day}T09:40:00Z`) - world.cal.utcOffsetMinutes * MIN_MS);
  const kind = DISPUTE_KINDS.tenancy.find((k) => k.key === 'public_rental')!;
  return {
    index,
    channel: 'department_referral',
    side: 'district',
    category: 'tenancy',
    kind,
    enterprise: null,
    station: null,
    streetKey: compound.streetKey,
    communityKey: compound.communityKey,
    grid,
    compound,
    registeredAt,
    special: 'jingtai',
  };
}

// ---------------------------------------------------------------------------
// Timeline
// ---------------------------------------------------------------------------

interface Ev {
  type: CaseEventType;
  from: CaseStatus | null;
  to: CaseStatus | null;
  at: Date;
  actor: Actor | null;
  reason: string | null;
  data: Record<string, unknown>;
}

class Timeline {
  readonly events: Ev[] = [];
  status: CaseStatus | null = null;
  last = new Date(0);

  constructor(private readonly cal: WorkingCalendar) {}

  /** Appends an event; `to` 'same' keeps the status (pause, resume), null for feedback and escalation. */
  add(type: CaseEventType, to: CaseStatus | 'same' | null, at: Date, actor: Actor | null, reason: string | null = null, data: Record<string, unknown> = {}, sameInstant = false): Date {
    let t = at;
    if (t <= this.last && !(sameInstant && t.getTime() === this.last.getTime())) t = addWorkingMinutes(this.cal, this.last, 2);
    const toStatus = to === 'same' ? this.status : to;
    this.events.push({ type, from: to === null ? null : this.status, to: toStatus, at: t, actor, reason, data });
    if (toStatus) this.status = toStatus;
    this.last = t;
    return t;
  }
}

/** A random office time on the k-th working day after `from` (k >= 1), or some working minutes later (k = 0). */
function onWorkingDay(cal: WorkingCalendar, rng: Rng, from: Date, k: number): Date {
  if (k <= 0) return addWorkingMinutes(cal, from, rng.int(20, 240));
  const close = addWorkingDays(cal, from, k);
  return new Date(close.getTime() - rng.int(10, 520) * MIN_MS - rng.int(0, 59) * 1000);
}

type Conclusion = 'resolved' | 'referred' | 'withdrawn';

interface Plan {
  tl: Timeline;
  /** the last resolution, when the case ends resolved */
  judicial: { appliedAt: Date; ruledAt: Date; result: 'confirmed' | 'rejected' } | null;
  moneyFen: number;
}

interface PlanInput {
  sk: Skeleton;
  registrar: Actor | null;
  route: Route;
  wrongRoute: Route | null;
  dispatcher: Actor;
  amountFen: number | null;
  now: Date;
  timing: Timing;
}

/** 'hurry': conclude before now if planned later; 'delay': conclude after now if planned earlier (see calibrateClosure). */
type Timing = 'planned' | 'hurry' | 'delay';

function referralDestination(rng: Rng, category: CategoryCode): ReferralDestination {
  switch (category) {
    case 'labour':
      return rng.weightedPick<ReferralDestination>([['arbitration', 50], ['litigation', 40], ['department', 10]]);
    case 'contract':
    case 'business':
      return rng.weightedPick<ReferralDestination>([['litigation', 70], ['arbitration', 20], ['department', 10]]);
    case 'consumer':
    case 'property_management':
    case 'environment':
      return rng.weightedPick<ReferralDestination>([['department', 55], ['litigation', 45]]);
    default:
      return rng.weightedPick<ReferralDestination>([['litigation', 85], ['department', 15]]);
  }
}

function outcomeOf(rng: Rng, kind: DisputeKind, amountFen: number | null): Outcome {
  const written = amountFen !== null || kind.applicant === 'owners' || kind.applicant === 'workers' ? 75 : 40;
  return rng.weightedPick<Outcome>([['agreement', written], ['oral_agreement', 100 - written - 8], ['other', 8]]);
}

function planCase(world: World, rng: Rng, input: PlanInput): Plan {
  const { cal } = world;
  const { sk, route, wrongRoute, dispatcher, registrar, amountFen, now } = input;
  const tl = new Timeline(cal);
  const T0 = sk.registeredAt;
  const special = sk.special === 'jingtai';
  tl.add('registered', 'registered', T0, registrar, null, { channel: sk.channel, categoryConfirmed: registrar !== PORTAL_FILER });

  // Response: registration → acceptance in working minutes (target 30).
  const late = !special && rng.chance(0.04);
  let response = late ? rng.int(35, 120) : 4 + rng.int(0, 8) + rng.int(0, 8) + rng.int(0, 6);
  // A few fresh cases wait for their assignee (the queues of the last days).
  if (!special && now.getTime() - T0.getTime() < 8 * DAY_MS && workingMinutesBetween(cal, T0, now) < 3 * 540 && rng.chance(0.07)) response = rng.int(540, 2400);
  const routeAfter = Math.max(1, Math.min(rng.int(1, 6), response - 3));
  const routedData = (r: Route) => ({ unitId: r.unitId, unitName: r.unitName, userId: r.assignee.id, userName: r.assignee.name, explanation: r.explanation });
  let acceptAt: Date;
  const routeAt = tl.add('routed', 'routed', addWorkingMinutes(cal, T0, routeAfter), dispatcher, null, routedData(wrongRoute ?? route));
  if (wrongRoute) {
    const back = tl.add('returned', 'registered', addWorkingMinutes(cal, routeAt, rng.int(3, 10)), wrongRoute.assignee, rng.pick(RETURN_REASONS));
    const again = tl.add('routed', 'routed', addWorkingMinutes(cal, back, rng.int(1, 4)), dispatcher, null, routedData(route));
    acceptAt = new Date(Math.max(addWorkingMinutes(cal, T0, response).getTime(), addWorkingMinutes(cal, again, rng.int(2, 8)).getTime()));
  } else {
    acceptAt = addWorkingMinutes(cal, T0, response);
  }

  // The fate of the case.
  const conclusion: Conclusion = special ? 'resolved' : rng.weightedPick<Conclusion>([['resolved', 897], ['referred', 73], ['withdrawn', 30]]);
  const H = HANDLING_DAYS.get(sk.category) ?? 15;
  const plan: Plan = { tl, judicial: null, moneyFen: 0 };

  if (conclusion === 'withdrawn' && rng.chance(0.08)) {
    // Withdrawn before anyone accepted it.
    const at = tl.add('withdrawn', 'withdrawn', addWorkingMinutes(cal, routeAt, rng.int(3, 20)), dispatcher, rng.pick(WITHDRAW_REASONS));
    tl.add('archived', 'archived', onWorkingDay(cal, rng, at, rng.int(1, 5)), dispatcher);
    return plan;
  }
  const assignee = route.assignee;
  const accepted = tl.add('accepted', 'accepted', acceptAt, assignee);
  if (conclusion === 'withdrawn' && rng.chance(0.15)) {
    const at = tl.add('withdrawn', 'withdrawn', addWorkingMinutes(cal, accepted, rng.int(30, 900)), assignee, rng.pick(WITHDRAW_REASONS));
    tl.add('archived', 'archived', onWorkingDay(cal, rng, at, rng.int(1, 5)), dispatcher);
    return plan;
  }
  if (conclusion === 'referred' && rng.chance(0.15)) {
    // Not suitable for mediation: referred on straight after acceptance.
    const destination = referralDestination(rng, sk.category);
    const note = rng.pick(REFERRAL_NOTES[destination]);
    const at = tl.add('referred', 'referred', addWorkingMinutes(cal, accepted, rng.int(30, 480)), assignee, note, { destination, note });
    closeOut(world, rng, plan, input, at, 'referred', assignee);
    return plan;
  }

  const startAt = rng.chance(0.75) ? addWorkingMinutes(cal, accepted, rng.int(3, 40)) : onWorkingDay(cal, rng, accepted, 1);
  const started = tl.add('started', 'handling', startAt, assignee);

  // Handling time in working days after the acceptance date.
  let days: number;
  if (special) {
    days = 0;
  } else if (rng.chance(QUICK_SHARE[sk.category] ?? 0.03)) {
    days = rng.int(0, 1);
  } else if (rng.chance(0.03)) {
    days = H + rng.int(1, 8); // a breach of the handling deadline
  } else {
    const median = MEDIAN_HANDLING_DAYS[sk.category];
    days = Math.round(median * Math.exp(HANDLING_SIGMA * normal(rng)));
    for (let i = 0; i < 3 && days > H - 1; i++) days = Math.round(median * Math.exp(HANDLING_SIGMA * normal(rng)));
    days = Math.max(1, Math.min(days, H - 1));
  }
  if (conclusion === 'withdrawn') days = rng.int(1, Math.max(1, days));

  // Waiting on a party: the handling clock pauses.
  let pauseDays = 0;
  if (!special && days >= 3 && rng.chance(0.12)) {
    const ps = rng.int(1, days - 1);
    pauseDays = rng.int(1, 10);
    const reason = rng.pick(PAUSE_REASONS);
    tl.add('paused', null, onWorkingDay(cal, rng, accepted, ps), assignee, reason);
    tl.add('resumed', null, onWorkingDay(cal, rng, accepted, ps + pauseDays), assignee);
  }

  let concludeAt: Date;
  if (special) {
    // 11 days from registration to the settlement.
    concludeAt = new Date(T0.getTime() + 11 * DAY_MS + 6 * 60 * MIN_MS);
    while (!isWorkingDay(cal, localDate(cal, concludeAt))) concludeAt = new Date(concludeAt.getTime() - DAY_MS);
  } else if (days === 0) {
    concludeAt = addWorkingMinutes(cal, started, rng.int(30, 300));
  } else {
    concludeAt = onWorkingDay(cal, rng, accepted, days + pauseDays);
  }

  if (input.timing === 'hurry' && concludeAt > now && started < now) {
    const room = workingMinutesBetween(cal, started, now);
    if (room >= 2) concludeAt = addWorkingMinutes(cal, started, Math.max(1, Math.floor(room * (0.3 + 0.6 * rng.next()))));
  } else if (input.timing === 'delay' && concludeAt <= now) {
    concludeAt = onWorkingDay(cal, rng, now, rng.int(1, 6));
  }

  if (conclusion === 'withdrawn') {
    const at = tl.add('withdrawn', 'withdrawn', concludeAt, assignee, rng.pick(WITHDRAW_REASONS));
    tl.add('archived', 'archived', onWorkingDay(cal, rng, at, rng.int(1, 5)), dispatcher);
    return plan;
  }
  const at = conclude(world, rng, plan, input, conclusion, concludeAt, assignee);
  closeOut(world, rng, plan, input, at, conclusion, assignee);
  return plan;
}

/** A resolution or a referral event, with its data. */
function conclude(world: World, rng: Rng, plan: Plan, input: PlanInput, conclusion: 'resolved' | 'referred', at: Date, assignee: Actor): Date {
  const { sk, amountFen } = input;
  if (conclusion === 'resolved') {
    const outcome: Outcome = sk.special ? 'agreement' : outcomeOf(rng, sk.kind, amountFen);
    const note = sk.special
      ? '经释法明理，双方达成和解协议，物业公司退还侵占的公租房租金5万元，协议已申请司法确认。'
      : rng.pick(RESOLVED_NOTES[outcome]);
    const t = plan.tl.add('resolved', 'resolved', at, assignee, null, { outcome, note });
    plan.moneyFen = 0;
    if (sk.special) plan.moneyFen = 5_000_000;
    else if (sk.kind.recovers && amountFen) plan.moneyFen = rng.chance(0.55) ? amountFen : Math.round((amountFen * rng.int(40, 95)) / 100 / 100) * 100;
    plan.judicial = null;
    if (outcome === 'agreement' && (sk.special || rng.chance(0.12))) {
      const appliedAt = onWorkingDay(world.cal, rng, t, sk.special ? 1 : rng.int(1, 15));
      const ruledAt = onWorkingDay(world.cal, rng, appliedAt, sk.special ? 7 : rng.int(5, 15));
      plan.judicial = { appliedAt, ruledAt, result: sk.special || rng.chance(0.96) ? 'confirmed' : 'rejected' };
    }
    return t;
  }
  const destination = referralDestination(rng, sk.category);
  const note = rng.pick(REFERRAL_NOTES[destination]);
  plan.moneyFen = 0;
  plan.judicial = null;
  return plan.tl.add('referred', 'referred', at, assignee, note, { destination, note });
}

/** Feedback, possibly a reopening and a second conclusion, then the archive. */
function closeOut(world: World, rng: Rng, plan: Plan, input: PlanInput, concludedAt: Date, conclusion: 'resolved' | 'referred', assignee: Actor, round = 1): void {
  const { cal } = world;
  const { tl } = plan;
  const dispatcher = input.dispatcher;
  const special = input.sk.special === 'jingtai';

  // A handler may reopen on their own before feedback (the agreement fell through).
  if (round === 1 && !special && conclusion === 'resolved' && rng.chance(0.003)) {
    const at = tl.add('reopened', 'handling', onWorkingDay(cal, rng, concludedAt, rng.int(2, 8)), dispatcher, rng.pick(MANUAL_REOPEN_REASONS), { trigger: 'manual' });
    const again = conclude(world, rng, plan, input, 'resolved', onWorkingDay(cal, rng, at, rng.int(2, 8)), assignee);
    closeOut(world, rng, plan, input, again, 'resolved', assignee, round + 1);
    return;
  }

  // Feedback: by phone (a handler or the window), on the portal or in person.
  const slow = !special && rng.chance(0.02);
  const fbAt = onWorkingDay(cal, rng, concludedAt, slow ? rng.int(20, 60) : rng.int(1, 4));
  const source = rng.weightedPick<'phone' | 'portal' | 'staff'>([['phone', 65], ['portal', 20], ['staff', 15]]);
  const actor = source === 'portal' ? PORTAL_RATER : source === 'phone' && rng.chance(0.5) ? dispatcher : assignee;
  let satisfaction: Satisfaction;
  let solved = true;
  if (special || round > 1) {
    satisfaction = rng.chance(0.85) ? 'satisfied' : 'neutral';
  } else if (conclusion === 'resolved') {
    satisfaction = rng.weightedPick<Satisfaction>([['satisfied', 915], ['neutral', 70], ['dissatisfied', 15]]);
    if (satisfaction === 'neutral' && rng.chance(0.06)) solved = false;
  } else {
    satisfaction = rng.weightedPick<Satisfaction>([['satisfied', 55], ['neutral', 42], ['dissatisfied', 3]]);
  }
  if (satisfaction === 'dissatisfied') solved = false;
  const note = rng.pick(FEEDBACK_NOTES[satisfaction]);
  const fb = tl.add('feedback', null, fbAt, actor, null, { satisfaction, solved, note, source });

  if (feedbackReopens(satisfaction, solved)) {
    // A dissatisfied rating or "not solved" sends the case back for a second look.
    const reason = satisfaction === 'dissatisfied' ? '当事人评价不满意，重新处置' : '当事人反映问题未解决，重新处置';
    const reopened = tl.add('reopened', 'handling', fb, SYSTEM, reason, { trigger: 'feedback' }, true);
    const second: 'resolved' | 'referred' = rng.chance(0.75) ? 'resolved' : 'referred';
    const at = conclude(world, rng, plan, input, second, onWorkingDay(cal, rng, reopened, rng.int(2, 10)), assignee);
    closeOut(world, rng, plan, input, at, second, assignee, round + 1);
    return;
  }

  // Archive once the dossier is complete (a pending judicial confirmation holds it back).
  let archiveAt = onWorkingDay(cal, rng, fb, rng.int(1, 6));
  if (plan.judicial) {
    const afterRuling = onWorkingDay(cal, rng, plan.judicial.ruledAt, rng.int(1, 3));
    if (afterRuling > archiveAt) archiveAt = afterRuling;
  }
  tl.add('archived', 'archived', archiveAt, dispatcher);
}

// ---------------------------------------------------------------------------
// Texts and parties of one case
// ---------------------------------------------------------------------------

interface CaseParties {
  applicants: PartyRec[];
  respondents: PartyRec[];
  thirdParties: PartyRec[];
  /** A and B of the templates and the title */
  a: string;
  b: string;
  titleA: string;
  peopleCount: number;
}

function personAddress(world: World, rng: Rng, sk: Skeleton): string {
  const street = world.streets.get(sk.streetKey)!;
  const communityKey = sk.communityKey ?? world.d.communities.find((c) => c.streetKey === sk.streetKey)!.key;
  if (world.rural.has(communityKey)) {
    const community = world.communities.get(communityKey)!;
    return `${street.name}${community.name}${rng.int(1, 180)}号`;
  }
  const compounds = world.compoundsByCommunity.get(communityKey) ?? [];
  const compound = sk.compound && rng.chance(0.7) ? sk.compound : compounds.length ? rng.pick(compounds) : null;
  const where = compound ? compound.name : world.communities.get(communityKey)!.name;
  return `${street.name}${where}${rng.int(1, 30)}栋${rng.int(1, 6)}单元${rng.int(1, 18)}0${rng.int(1, 4)}`;
}

function orgAddress(world: World, rng: Rng, sk: Skeleton): string {
  const street = world.streets.get(sk.streetKey)!;
  return `${street.name}${rng.pick(ROADS)}${rng.int(1, 300)}号`;
}

function makeParties(world: World, rng: Rng, parties: Parties, sk: Skeleton, linked: LinkedCase | null): CaseParties {
  const at = sk.registeredAt;
  const kind = sk.kind;
  const devzoneEnterprise = sk.enterprise;
  const groupSize = kind.group ? Math.round(logUniform(rng, kind.group[0], kind.group[1])) : 1;
  const n = sk.special ? 531 : groupSize;
  const newPerson = (needId = false) => parties.person(at, personAddress(world, rng, sk), sk.streetKey, { needId });
  const comeback = (exclude: PartyRec[]) => (rng.chance(0.07) ? parties.comeback(sk.streetKey, at, exclude) : null);

  const companyFor = (trades: readonly string[] | undefined, pool: string): PartyRec => {
    const trade = trades?.length ? rng.pick(trades) : rng.pick(EMPLOYER_TRADES);
    const name = parties.pooledName(`${pool}:${trade}`, 6, () => companyName(rng, trade, { region: '包头市', legalForm: '' }));
    return parties.org(name, at, orgAddress(world, rng, sk), '91');
  };
  const enterpriseParty = (e: DemoEnterprise): PartyRec => parties.org(e.name, at, `${e.park}${rng.pick(ROADS)}${rng.int(1, 99)}号`, '91', e.uscc);

  // Applicants.
  const applicants: PartyRec[] = [];
  let a: string;
  let titleA: string;
  if (linked) {
    applicants.push(parties.reuse(linked.applicant, at));
  }
  switch (kind.applicant) {
    case 'company': {
      let org: PartyRec;
      if (sk.category === 'property_management' && sk.compound) {
        org = parties.org(sk.compound.propertyCompany, at, orgAddress(world, rng, sk), '91');
      } else if (devzoneEnterprise && kind.enterpriseSide === 'applicant') {
        org = enterpriseParty(devzoneEnterprise);
      } else {
        org = companyFor(kind.applicantTrades ?? kind.trades, 'applicant');
      }
      if (!applicants.length) applicants.push(org);
      a = applicants[0]!.kind === 'organization' ? applicants[0]!.name : maskedName(applicants[0]!.name);
      titleA = a;
      break;
    }
    case 'owners':
    case 'workers': {
      const reps = sk.special ? 3 : rng.int(1, 3);
      while (applicants.length < reps) applicants.push(comeback(applicants) ?? newPerson(true));
      const rep = maskedName(applicants[0]!.name);
      const place = sk.compound?.name ?? world.name(sk.communityKey ?? sk.streetKey);
      if (kind.applicant === 'owners') {
        a = `业主代表${rep}`;
        titleA = sk.special ? `${place}${n}户业主` : `${place}业主`;
      } else {
        a = rep;
        titleA = `${rep}等${n}人`;
      }
      break;
    }
    default: {
      if (!applicants.length) applicants.push(comeback(applicants) ?? newPerson());
      if (kind.applicant === 'persons' || rng.chance(0.06)) applicants.push(newPerson());
      a = maskedName(applicants[0]!.name);
      titleA = applicants.length > 1 && kind.applicant !== 'persons' ? `${a}等${applicants.length}人` : a;
    }
  }

  // Respondents.
  const respondents: PartyRec[] = [];
  // The same respondent again, when they can be matched (organisation, ID number or phone).
  const again = linked?.respondent;
  if (again && (again.kind === 'organization' || again.idNumber || again.phone)) respondents.push(parties.reuse(again, at));
  if (!respondents.length) {
    switch (kind.respondent) {
      case 'person':
      case 'contractor':
        respondents.push(comeback(applicants) ?? newPerson());
        if (sk.kind.key === 'elders' && rng.chance(0.5)) respondents.push(newPerson());
        break;
      case 'property_company': {
        const company = sk.compound?.propertyCompany ?? parties.pooledName('property', 16, () => companyName(rng, '物业服务有限公司', { region: '包头市', legalForm: '' }));
        respondents.push(parties.org(company, at, orgAddress(world, rng, sk), '91'));
        break;
      }
      case 'employer':
        respondents.push(devzoneEnterprise ? enterpriseParty(devzoneEnterprise) : companyFor(EMPLOYER_TRADES, 'employer'));
        break;
      case 'company':
        respondents.push(devzoneEnterprise && kind.enterpriseSide === 'respondent' ? enterpriseParty(devzoneEnterprise) : companyFor(kind.trades, 'company'));
        break;
      case 'shop': {
        const trade = rng.pick(kind.trades ?? ['商行']);
        const name = parties.pooledName(`shop:${trade}`, 8, () => `${rng.pick(['', '昆区', '鹿城'])}${brandWord(rng)}${trade}`);
        respondents.push(parties.org(name, at, orgAddress(world, rng, sk), '92'));
        break;
      }
      case 'developer': {
        const name = parties.pooledName('developer', 8, () => companyName(rng, '房地产开发有限公司', { region: '包头市', legalForm: '' }));
        respondents.push(parties.org(name, at, orgAddress(world, rng, sk), '91'));
        break;
      }
      case 'hospital': {
        const name = parties.pooledName('hospital', 6, () => `包头${brandWord(rng)}${rng.pick(['医院', '中医医院', '口腔医院', '骨科医院'])}`);
        respondents.push(parties.org(name, at, orgAddress(world, rng, sk), '52'));
        break;
      }
    }
  }
  const r0 = respondents[0]!;
  const b = r0.kind === 'organization' ? r0.name : maskedName(r0.name);

  // A third party now and then (a landlord, an insurer, a relative).
  const thirdParties: PartyRec[] = [];
  if (!sk.special && rng.chance(0.06)) thirdParties.push(newPerson());

  const persons = [...applicants, ...respondents, ...thirdParties].filter((p) => p.kind === 'person').length;
  const peopleCount = kind.group ? n : Math.max(1, Math.min(persons, 3 + (rng.chance(0.1) ? rng.int(1, 3) : 0)));
  return { applicants, respondents, thirdParties, a, b, titleA: titleA!, peopleCount };
}

const NO_AMOUNT = '相应款项';

function templateVars(world: World, rng: Rng, sk: Skeleton, cp: CaseParties, amountYuan: number | null): TemplateVars {
  const community = sk.communityKey ? world.communities.get(sk.communityKey) : undefined;
  const village = community && world.rural.has(community.key) ? community.name.replace(/社区$/, '') : rng.pick(['哈业脑包村', '毛忽洞村', '塔尔湾村']);
  return {
    A: cp.a,
    B: cp.b,
    place: sk.compound?.name ?? community?.name ?? world.name(sk.streetKey),
    amount: amountYuan !== null ? formatYuan(amountYuan) : NO_AMOUNT,
    n: String(cp.peopleCount),
    m: String(rng.int(2, 10)),
    y: String(rng.int(2, 15)),
    d: String(rng.int(3, 30)),
    road: rng.pick(ROADS),
    village,
    project: rng.pick(PROJECTS),
    job: rng.pick(JOBS),
    station: sk.station?.name ?? '驻企综治工作站',
  };
}

function describe(world: World, rng: Rng, sk: Skeleton, vars: TemplateVars, linked: LinkedCase | null): string {
  const kind = sk.kind;
  if (sk.special) {
    return fillTemplate(
      '区住建局在物业纠纷排查中发现并移送中心。景泰花园531户业主反映，小区公租房租金被{B}长期侵占，业主多次讨要无果。{A}表示，被侵占的租金约5万元，业主们对此意见很大。要求{B}返还被侵占的租金，并公开租金收支情况。',
      vars,
    );
  }
  const parts: string[] = [];
  if (rng.chance(0.85)) {
    const openings = OPENINGS[sk.channel];
    const byCategory = sk.channel === 'department_referral' ? REFERRAL_OPENING_BY_CATEGORY[sk.category] : undefined;
    parts.push(byCategory !== undefined && rng.chance(0.8) ? openings[byCategory]! : sk.channel === 'department_referral' ? openings[0]! : rng.pick(openings));
  }
  // Without an amount, prefer the sentences that do not name one; claims fit their fact.
  const fitting = (list: readonly string[]) => {
    const without = list.filter((t) => !t.includes('{amount}'));
    return vars.amount === NO_AMOUNT && without.length ? without : list;
  };
  const fact = rng.pick(fitting(kind.facts));
  const allowed = kind.claimsByFact?.[kind.facts.indexOf(fact)];
  const claims = allowed ? allowed.map((i) => kind.claims[i]!) : kind.claims;
  parts.push(fact);
  if (kind.details && rng.chance(0.4)) parts.push(rng.pick(fitting(kind.details)));
  if (linked) parts.push(`该纠纷曾于${linked.concludedDate}经调解化解，近期再次出现反复。`);
  parts.push(rng.pick(fitting(claims)));
  if (rng.chance(0.3)) parts.push(rng.pick(EMOTIONS));
  return parts.map((p) => fillTemplate(p, vars)).join('');
}

// ---------------------------------------------------------------------------
// Rebounds: a later case linked to a resolved one (same parties, same place)
// ---------------------------------------------------------------------------

interface LinkedCase {
  caseId: string;
  work: Work;
  sk: Skeleton;
  applicant: PartyRec;
  respondent: PartyRec | null;
  concludedAt: Date;
  concludedDate: string;
}

const REBOUND_CATEGORIES: ReadonlySet<CategoryCode> = new Set(['family', 'neighbour', 'property_management', 'tenancy', 'labour']);

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

/** Generates a year of cases before `opts.now` for a seeded district; see the module comment. */
export function generateCases(district: DemoDistrict, ids: ReadonlyMap<string, string>, opts: GenerateCasesOptions): DemoCaseBundle {
  const now = opts.now;
  const count = opts.count ?? DEMO_CASE_COUNT;
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`generateCases: invalid count ${count}`);
  const root = createRng(opts.seed ?? DEMO_SEED).fork('cases');
  const world = new World(district, ids, root.fork('world'));
  const { cal } = world;
  const uuidRng = root.fork('uuid');
  const parties = new Parties(root.fork('parties'), uuidRng, now);
  const textRng = root.fork('texts');
  const flowRng = root.fork('timeline');
  const partyRng = root.fork('case-parties');

  const skeletons = makeSkeletons(world, root.fork('skeletons'), now, count - 1);
  skeletons.push(jingtaiSkeleton(world, now, count - 1));
  skeletons.sort((x, y) => x.registeredAt.getTime() - y.registeredAt.getTime() || x.index - y.index);

  const bundle: DemoCaseBundle = { parties: [], cases: [], caseParties: [], events: [], deadlines: [], sequences: [] };
  const sequences = new Map<string, { centerId: string; year: number; last: number }>();
  const rebounds: LinkedCase[] = [];
  const works: Work[] = [];
  const timelineRoot = root.fork('case-timelines');

  for (const sk of skeletons) {
    const caseId = uuid(uuidRng);
    const centerKey = sk.side === 'devzone' ? DEMO_KEYS.centerDevzone : DEMO_KEYS.centerDistrict;
    const centerId = world.id(centerKey);

    // A rebound of an earlier resolved case of the same kind of dispute?
    let linked: LinkedCase | null = null;
    if (sk.side === 'district' && !sk.special && REBOUND_CATEGORIES.has(sk.category) && partyRng.chance(0.012)) {
      const since = sk.registeredAt.getTime() - 180 * DAY_MS;
      const candidates = rebounds.filter((r) => r.sk.category === sk.category && r.sk.grid !== null && r.concludedAt < sk.registeredAt && r.concludedAt.getTime() > since);
      if (candidates.length) {
        linked = partyRng.pick(candidates);
        sk.kind = linked.sk.kind;
        sk.streetKey = linked.sk.streetKey;
        sk.communityKey = linked.sk.communityKey;
        sk.grid = linked.sk.grid;
        sk.compound = linked.sk.compound;
      }
    }

    const cp = makeParties(world, partyRng, parties, sk, linked);
    const kind = sk.kind;
    let amountYuan: number | null = null;
    if (sk.special) amountYuan = 50_000;
    else if (kind.amountYuan && textRng.chance(kind.amountChance ?? 1)) amountYuan = roundYuan(logUniform(textRng, kind.amountYuan[0], kind.amountYuan[1]));
    const amountFen = amountYuan === null ? null : amountYuan * 100;
    const vars = templateVars(world, textRng, sk, cp, amountYuan);
    const title = `${cp.titleA}与${cp.b}${kind.title}`;
    const description = describe(world, textRng, sk, vars, linked);

    // Who registers, who routes, where it goes.
    const dispatcher = flowRng.weightedPick(world.dispatchers[sk.side]);
    let registrar: Actor | null;
    switch (sk.channel) {
      case 'online':
        registrar = PORTAL_FILER;
        break;
      case 'grid_report':
        registrar = (sk.grid && world.gridWorkers.get(sk.grid.key)) || dispatcher;
        break;
      case 'enterprise_station': {
        const liaison = district.staff.find((s) => s.roles.some((r) => r.role === 'enterprise_liaison' && r.unitKey === sk.station?.key));
        registrar = liaison ? world.staff.get(liaison.username)! : dispatcher;
        break;
      }
      default:
        registrar = dispatcher;
    }
    const options = world.routeOptions(sk.category, sk.side, sk.streetKey, sk.communityKey, flowRng);
    const chosen = sk.special ? options.find((o) => o.unitKey === 'station-wuye') ?? options[0]! : flowRng.weightedPick(options.map((o) => [o, o.weight] as const));
    const route = world.route(chosen, sk.category, flowRng);
    let wrongRoute: Route | null = null;
    if (!sk.special && flowRng.chance(0.03)) {
      const others = options.filter((o) => o.unitKey !== chosen.unitKey);
      const wrong = others.length ? flowRng.pick(others) : { unitKey: sk.side === 'devzone' ? DEMO_KEYS.centerDevzone : DEMO_KEYS.centerDistrict, weight: 1, basis: '类别' as const };
      if (wrong.unitKey !== chosen.unitKey) wrongRoute = world.route(wrong, sk.category, flowRng);
    }

    // Code: <prefix>-<year>-<seq> per center and year of registration.
    const year = Number(localDate(cal, sk.registeredAt).slice(0, 4));
    const seqKey = `${centerKey}:${year}`;
    const seq = sequences.get(seqKey) ?? { centerId, year, last: 0 };
    seq.last++;
    sequences.set(seqKey, seq);

    const w: Work = {
      caseId,
      sk,
      centerKey,
      code: `${CASE_CODE_PREFIXES[centerKey]}-${year}-${pad(seq.last, 6)}`,
      cp,
      title,
      description,
      address: sk.special
        ? `${world.streets.get(sk.streetKey)!.name}${sk.compound!.name}`
        : cp.applicants[0]?.kind === 'person' && textRng.chance(0.8)
          ? cp.applicants[0].address
          : personAddress(world, textRng, sk),
      amountFen,
      riskLevel: riskOf(textRng, sk, cp.peopleCount),
      urgency: urgencyOf(textRng, sk, cp.peopleCount),
      serviceMode: sk.channel === 'online' ? (textRng.chance(0.5) ? 'online' : 'offline') : null,
      registrar,
      dispatcher,
      route,
      wrongRoute,
      linked,
      linkedBy: false,
      rng: () => timelineRoot.fork(`case-${sk.index}`),
      done: null as unknown as Finished,
    };
    if (linked) linked.work.linkedBy = true;
    w.done = finish(world, w, now, 'planned');
    works.push(w);

    const st = w.done.state;
    if (st.lastConclusion === 'resolved' && st.concludedAt && cp.applicants[0]?.kind === 'person' && cp.applicants[0].idNumber) {
      rebounds.push({
        caseId,
        work: w,
        sk,
        applicant: cp.applicants[0],
        respondent: cp.respondents[0] ?? null,
        concludedAt: st.concludedAt,
        concludedDate: formatChineseDate(localDate(cal, st.concludedAt)),
      });
    }
  }

  calibrateClosure(world, works, now, root.fork('calibration'));

  for (const w of works) {
    bundle.cases.push(w.done.row);
    bundle.events.push(...w.done.events);
    bundle.deadlines.push(...w.done.deadlines);
    const roles: [PartyRec[], 'applicant' | 'respondent' | 'third_party'][] = [
      [w.cp.applicants, 'applicant'],
      [w.cp.respondents, 'respondent'],
      [w.cp.thirdParties, 'third_party'],
    ];
    // One ordinal across the case's parties, from 0, as registration numbers them.
    let ordinal = 0;
    for (const [list, role] of roles) {
      const seen = new Set<string>();

      for (const p of list) {
        if (seen.has(p.id)) continue;
        seen.add(p.id);
        bundle.caseParties.push({ case_id: w.caseId, party_id: p.id, role, ordinal: ordinal++ });
      }
    }
  }
  bundle.parties = parties.all.map((p) => ({
    id: p.id,
    kind: p.kind,
    name: p.name,
    id_number: p.idNumber,
    phone: p.phone,
    uscc: p.uscc,
    address: p.address,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  }));
  bundle.sequences = [...sequences.values()].map((x) => ({ center_id: x.centerId, year: x.year, last: x.last }));
  return bundle;
}

// ---------------------------------------------------------------------------
// One case: plan, cut at now, mirror, deadlines, escalations, row
// ---------------------------------------------------------------------------

/** The parts of a case fixed before its timeline is planned. */
interface Work {
  caseId: string;
  sk: Skeleton;
  centerKey: string;
  code: string;
  cp: CaseParties;
  title: string;
  description: string;
  address: string | null;
  amountFen: number | null;
  riskLevel: string;
  urgency: string;
  /** chosen on the portal: online or offline service */
  serviceMode: string | null;
  registrar: Actor;
  dispatcher: Actor;
  route: Route;
  wrongRoute: Route | null;
  linked: LinkedCase | null;
  /** a later case is a rebound of this one */
  linkedBy: boolean;
  /** the case's own random stream for its timeline (replanning gives the same draws) */
  rng: () => Rng;
  done: Finished;
}

interface Finished {
  state: Mirror;
  row: Insertable<DB['cases']>;
  events: Insertable<DB['case_events']>[];
  deadlines: Insertable<DB['case_deadlines']>[];
}

function finish(world: World, w: Work, now: Date, timing: Timing): Finished {
  const { cal } = world;
  const { sk, cp, caseId } = w;
  const plan = planCase(world, w.rng(), { sk, registrar: w.registrar, route: w.route, wrongRoute: w.wrongRoute, dispatcher: w.dispatcher, amountFen: w.amountFen, now, timing });
  const state = mirror(plan, now, sk);

  // Deadlines as of now, and the escalation steps they reached (earlier clocks of a reopened case included).
  const handlingDays = HANDLING_DAYS.get(sk.category) ?? 15;
  const escalations: Ev[] = [];
  const escalate = (kind: 'response' | 'handling', dueAt: Date | null, breached: boolean, stoppedAt: Date | null): number => {
    let level = 0;
    if (!breached || !dueAt) return level;
    const limit = stoppedAt ?? now;
    for (const step of world.policy.escalation) {
      const due = escalationDueAt(cal, step, dueAt);
      if (stoppedAt ? due < limit : due <= limit) {
        level = Math.max(level, step.level);
        escalations.push({
          type: 'escalated',
          from: null,
          to: null,
          at: due,
          actor: SYSTEM,
          reason: `${DEADLINE_LABEL[kind]}已超期，提醒${TARGET_LABEL[step.target]}`,
          data: { deadline: kind, level: step.level, target: step.target, notified: 1 },
        });
      }
    }
    return level;
  };
  for (const earlier of state.clocks) {
    const handling = caseDeadlines(cal, world.policy, { registeredAt: sk.registeredAt, acceptedAt: state.acceptedAt, handlingStartedAt: earlier.startedAt, concludedAt: earlier.stoppedAt, pauses: earlier.pauses, handlingDays }, now).find((d) => d.kind === 'handling');
    if (handling) escalate('handling', handling.dueAt, handling.breached, handling.stoppedAt);
  }
  const clocks = caseDeadlines(
    cal,
    world.policy,
    { registeredAt: sk.registeredAt, acceptedAt: state.acceptedAt, handlingStartedAt: state.handlingStartedAt, concludedAt: state.concludedAt, pauses: state.pauses, handlingDays },
    now,
  );
  const deadlines: Insertable<DB['case_deadlines']>[] = clocks.map((dl) => ({
    case_id: caseId,
    kind: dl.kind,
    started_at: dl.startedAt,
    due_at: dl.dueAt,
    met_at: dl.stoppedAt,
    breached: dl.breached,
    escalation_level: escalate(dl.kind, dl.dueAt, dl.breached, dl.stoppedAt),
  }));
  const ordered = [...state.events, ...escalations]
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.at.getTime() - y.e.at.getTime() || x.i - y.i)
    .map((x) => x.e);
  const events = ordered.map<Insertable<DB['case_events']>>((e, i) => ({
    case_id: caseId,
    seq: i + 1,
    type: e.type,
    from_status: e.from,
    to_status: e.to,
    actor_id: e.actor?.id ?? null,
    actor_name: e.actor?.name ?? null,
    at: e.at,
    reason: e.reason,
    data: JSON.stringify(e.data),
  }));

  const endedResolved = state.lastConclusion === 'resolved' && (state.status === 'resolved' || state.status === 'archived');
  let judicial: string | null = null;
  if (endedResolved && plan.judicial) {
    if (plan.judicial.ruledAt <= now) judicial = plan.judicial.result;
    else if (plan.judicial.appliedAt <= now) judicial = 'applied';
  }
  const partyNames = [...cp.applicants, ...cp.respondents, ...cp.thirdParties].map((p) => p.name);
  const row: Insertable<DB['cases']> = {
    id: caseId,
    code: w.code,
    center_id: world.id(w.centerKey),
    intake_unit_id: sk.channel === 'enterprise_station' && sk.station ? world.id(sk.station.key) : null,
    channel: sk.channel,
    category: sk.category,
    subcategory: null,
    title: w.title,
    description: w.description,
    address: w.address,
    district_id: world.id(world.d.district.key),
    street_id: world.id(sk.streetKey),
    community_id: sk.communityKey ? world.id(sk.communityKey) : null,
    grid_id: sk.grid ? world.id(sk.grid.key) : null,
    compound_id: sk.compound && (sk.category === 'property_management' || sk.category === 'tenancy' || sk.special) ? world.id(sk.compound.key) : null,
    amount_fen: w.amountFen,
    people_count: cp.peopleCount,
    urgency: w.urgency,
    risk_level: w.riskLevel,
    status: state.status,
    paused: state.paused,
    pause_reason: state.pauseReason,
    handling_unit_id: state.handlingUnitId,
    assignee_id: state.assigneeId,
    outcome: state.outcome,
    outcome_note: state.outcomeNote,
    referral_destination: state.referralDestination,
    referral_note: state.referralNote,
    satisfaction: state.satisfaction,
    judicial_confirmation: judicial,
    money_recovered_fen: endedResolved ? plan.moneyFen : 0,
    linked_case_id: w.linked?.caseId ?? null,
    service_mode: w.serviceMode,
    registered_at: sk.registeredAt,
    accepted_at: state.acceptedAt,
    concluded_at: state.concludedAt,
    archived_at: state.archivedAt,
    registered_by: w.registrar.id,
    search_text: `${w.title} ${w.description} ${partyNames.join(' ')}`,
    version: events.length,
    updated_at: ordered[ordered.length - 1]!.at,
  };
  return { state, row, events, deadlines };
}

const DEADLINE_LABEL = { response: '响应时限', handling: '办理时限' } as const;
const TARGET_LABEL = { handler: '承办人', unit_lead: '带班负责人', director: '中心主任' } as const;

/** The share of accepted cases concluded by now that the demo year aims at (the seed's 97.3%). */
export const CLOSURE_TARGET = 0.973;

const OPEN_STATUSES: ReadonlySet<string> = new Set(['registered', 'routed', 'accepted', 'handling']);

/**
 * How many accepted cases are still open at `now` follows from the intake of the last
 * weeks and from handling times (which vary with holidays near `now`). To show the
 * seed's closure rate whatever `now` is, a few cases are replanned: some open ones are
 * concluded a little earlier, or some freshly concluded ones a little later.
 */
function calibrateClosure(world: World, works: Work[], now: Date, rng: Rng): void {
  const accepted = works.filter((w) => w.done.state.acceptedAt);
  const target = Math.round(accepted.length * (1 - CLOSURE_TARGET));
  const reopenedOrSpecial = (w: Work) => w.sk.special !== undefined || w.done.events.some((e) => e.type === 'reopened' || e.type === 'paused');
  let open = accepted.filter((w) => OPEN_STATUSES.has(w.done.state.status)).length;
  if (open > target) {
    const candidates = rng.shuffle(accepted.filter((w) => w.done.state.status === 'handling' && !reopenedOrSpecial(w)));
    for (const w of candidates) {
      if (open <= target) break;
      const again = finish(world, w, now, 'hurry');
      if (!OPEN_STATUSES.has(again.state.status)) {
        w.done = again;
        open--;
      }
    }
  } else if (open < target) {
    const recent = now.getTime() - 15 * DAY_MS;
    const candidates = rng.shuffle(
      accepted.filter((w) => {
        const st = w.done.state;
        return (st.status === 'resolved' || st.status === 'referred' || st.status === 'withdrawn') && st.concludedAt && st.concludedAt.getTime() > recent && !w.linkedBy && !reopenedOrSpecial(w);
      }),
    );
    for (const w of candidates) {
      if (open >= target) break;
      const again = finish(world, w, now, 'delay');
      if (OPEN_STATUSES.has(again.state.status) && again.state.acceptedAt) {
        w.done = again;
        open++;
      }
    }
  }
}

const formatChineseDate = (date: string): string => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

function riskOf(rng: Rng, sk: Skeleton, people: number): 'low' | 'medium' | 'high' {
  if (sk.special || people >= 50) return 'high';
  if (people >= 8) return rng.chance(0.5) ? 'high' : 'medium';
  const table: Record<string, [number, number, number]> = {
    family: [40, 42, 18],
    labour: [55, 35, 10],
    medical: [30, 50, 20],
    land: [35, 45, 20],
    property_rights: [55, 38, 7],
    damages: [60, 33, 7],
  };
  const [low, medium, high] = table[sk.category] ?? [78, 19, 3];
  return rng.weightedPick<'low' | 'medium' | 'high'>([['low', low], ['medium', medium], ['high', high]]);
}

function urgencyOf(rng: Rng, sk: Skeleton, people: number): 'normal' | 'urgent' | 'critical' {
  if (sk.special) return 'urgent';
  if (people >= 50) return rng.weightedPick<'normal' | 'urgent' | 'critical'>([['normal', 30], ['urgent', 55], ['critical', 15]]);
  if (sk.kind.key === 'domestic' || sk.category === 'medical') return rng.weightedPick<'normal' | 'urgent' | 'critical'>([['normal', 75], ['urgent', 22], ['critical', 3]]);
  return rng.weightedPick<'normal' | 'urgent' | 'critical'>([['normal', 93], ['urgent', 6], ['critical', 1]]);
}

// ---------------------------------------------------------------------------
// The case row as of now
// ---------------------------------------------------------------------------

interface Mirror {
  events: Ev[];
  status: CaseStatus;
  paused: boolean;
  pauseReason: string | null;
  handlingUnitId: string | null;
  assigneeId: string | null;
  acceptedAt: Date | null;
  /** latest conclusion, while the case is concluded or archived */
  concludedAt: Date | null;
  archivedAt: Date | null;
  outcome: string | null;
  outcomeNote: string | null;
  referralDestination: string | null;
  referralNote: string | null;
  satisfaction: string | null;
  lastConclusion: Conclusion | null;
  /** the current handling clock: from acceptance, or from the last reopening */
  handlingStartedAt: Date | null;
  /** pauses of the current handling clock */
  pauses: Pause[];
  /** earlier handling clocks, each ended by the conclusion a reopening undid */
  clocks: { startedAt: Date; stoppedAt: Date | null; pauses: Pause[] }[];
}

function mirror(plan: Plan, now: Date, sk: Skeleton): Mirror {
  const events = plan.tl.events.filter((e) => e.at <= now);
  if (!events.length) throw new Error(`demo cases: case registered after now (${sk.registeredAt.toISOString()})`);
  const m: Mirror = {
    events,
    status: 'registered',
    paused: false,
    pauseReason: null,
    handlingUnitId: null,
    assigneeId: null,
    acceptedAt: null,
    concludedAt: null,
    archivedAt: null,
    outcome: null,
    outcomeNote: null,
    referralDestination: null,
    referralNote: null,
    satisfaction: null,
    lastConclusion: null,
    handlingStartedAt: null,
    pauses: [],
    clocks: [],
  };
  let open: Pause | null = null;
  for (const e of events) {
    const data = e.data as Record<string, string | undefined>;
    switch (e.type) {
      case 'routed':
        m.handlingUnitId = data.unitId ?? null;
        m.assigneeId = data.userId ?? null;
        break;
      case 'returned':
        m.handlingUnitId = null;
        m.assigneeId = null;
        break;
      case 'accepted':
        m.acceptedAt ??= e.at;
        break;
      case 'paused':
        m.paused = true;
        m.pauseReason = e.reason;
        open = { from: e.at, to: null };
        m.pauses.push(open);
        break;
      case 'resumed':
        m.paused = false;
        m.pauseReason = null;
        if (open) open.to = e.at;
        open = null;
        break;
      case 'resolved':
        m.concludedAt = e.at;
        m.outcome = data.outcome ?? null;
        m.outcomeNote = data.note ?? null;
        m.lastConclusion = 'resolved';
        break;
      case 'referred':
        m.concludedAt = e.at;
        m.referralDestination = data.destination ?? null;
        m.referralNote = data.note ?? null;
        m.lastConclusion = 'referred';
        break;
      case 'withdrawn':
        m.concludedAt = e.at;
        m.lastConclusion = 'withdrawn';
        break;
      case 'feedback':
        m.satisfaction = data.satisfaction ?? null;
        break;
      case 'reopened':
        // A reopened case gets a fresh handling clock from the reopening (the earlier one is kept in clocks).
        m.clocks.push({ startedAt: m.handlingStartedAt ?? m.acceptedAt!, stoppedAt: m.concludedAt, pauses: m.pauses });
        m.handlingStartedAt = e.at;
        m.pauses = [];
        m.concludedAt = null;
        m.outcome = null;
        m.outcomeNote = null;
        m.referralDestination = null;
        m.referralNote = null;
        m.satisfaction = null;
        m.lastConclusion = null;
        break;
      case 'archived':
        m.archivedAt = e.at;
        break;
      default:
        break;
    }
    if (e.to) m.status = e.to;
  }
  return m;
}

// ---------------------------------------------------------------------------
// Figures of a generated year (for tests and the report)
// ---------------------------------------------------------------------------

export interface DemoCaseFigures {
  cases: number;
  parties: number;
  events: number;
  byStatus: Record<string, number>;
  byChannel: Record<string, number>;
  byCategory: Record<string, number>;
  open: number;
  accepted: number;
  concluded: number;
  /** concluded / accepted */
  closureRate: number;
  /** resolved / concluded (by the last conclusion) */
  resolutionRate: number;
  withdrawn: number;
  /** registration → latest conclusion, working days (office minutes / 540) and calendar days */
  durationWorkingDays: { median: number; p90: number };
  durationCalendarDays: { median: number; p90: number };
  responseOnTimeRate: number;
  responseBreaches: number;
  handlingBreaches: number;
  reopened: number;
  returned: number;
  escalations: number;
  satisfiedRate: number;
  paused: number;
  linked: number;
  moneyRecoveredFen: number;
}

const quantile = (sorted: readonly number[], q: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0);

/** Counts and KPIs of a bundle, as the dashboards define them (SPEC §3.10). */
export function caseFigures(bundle: DemoCaseBundle): DemoCaseFigures {
  const cal = createWorkingCalendar(SHIPPED_CALENDAR);
  const count = (values: string[]): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const v of values) out[v] = (out[v] ?? 0) + 1;
    return out;
  };
  const lastConclusion = new Map<string, string>();
  let reopened = 0;
  let returned = 0;
  let escalations = 0;
  for (const e of bundle.events) {
    if (e.type === 'resolved' || e.type === 'referred' || e.type === 'withdrawn') lastConclusion.set(e.case_id, e.type);
    if (e.type === 'reopened') {
      reopened++;
      lastConclusion.delete(e.case_id);
    }
    if (e.type === 'returned') returned++;
    if (e.type === 'escalated') escalations++;
  }
  const isConcluded = (s: string) => s === 'resolved' || s === 'referred' || s === 'withdrawn' || s === 'archived';
  const accepted = bundle.cases.filter((c) => c.accepted_at);
  const concluded = accepted.filter((c) => isConcluded(c.status));
  const resolved = concluded.filter((c) => lastConclusion.get(c.id!) === 'resolved');
  const durationsW: number[] = [];
  const durationsC: number[] = [];
  for (const c of bundle.cases) {
    if (!c.concluded_at || !isConcluded(c.status)) continue;
    const from = new Date(c.registered_at);
    const to = new Date(c.concluded_at);
    durationsW.push(workingMinutesBetween(cal, from, to) / 540);
    durationsC.push((to.getTime() - from.getTime()) / DAY_MS);
  }
  durationsW.sort((a, b) => a - b);
  durationsC.sort((a, b) => a - b);
  const response = bundle.deadlines.filter((d) => d.kind === 'response');
  const responded = response.filter((d) => d.met_at);
  const rated = bundle.cases.filter((c) => c.satisfaction);
  const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
  return {
    cases: bundle.cases.length,
    parties: bundle.parties.length,
    events: bundle.events.length,
    byStatus: count(bundle.cases.map((c) => c.status)),
    byChannel: count(bundle.cases.map((c) => c.channel)),
    byCategory: count(bundle.cases.map((c) => c.category)),
    open: bundle.cases.filter((c) => !isConcluded(c.status)).length,
    accepted: accepted.length,
    concluded: concluded.length,
    closureRate: round(concluded.length / Math.max(1, accepted.length)),
    resolutionRate: round(resolved.length / Math.max(1, concluded.length)),
    withdrawn: [...lastConclusion.values()].filter((v) => v === 'withdrawn').length,
    durationWorkingDays: { median: round(quantile(durationsW, 0.5), 1), p90: round(quantile(durationsW, 0.9), 1) },
    durationCalendarDays: { median: round(quantile(durationsC, 0.5), 1), p90: round(quantile(durationsC, 0.9), 1) },
    responseOnTimeRate: round(responded.filter((d) => !d.breached).length / Math.max(1, responded.length)),
    responseBreaches: response.filter((d) => d.breached).length,
    handlingBreaches: bundle.deadlines.filter((d) => d.kind === 'handling' && d.breached).length,
    reopened,
    returned,
    escalations,
    satisfiedRate: round(rated.filter((c) => c.satisfaction === 'satisfied').length / Math.max(1, rated.length)),
    paused: bundle.cases.filter((c) => c.paused).length,
    linked: bundle.cases.filter((c) => c.linked_case_id).length,
    moneyRecoveredFen: bundle.cases.reduce((s, c) => s + Number(c.money_recovered_fen ?? 0), 0),
  };
}
