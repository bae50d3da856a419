/**
 * Deterministic demo district: 昆都仑区 with its streets, communities, 997 grids,
 * centers, stations, departments, enterprises, compounds, experts, staff and the
 * grid trio of every grid.
 *
 * Pure: no I/O, no clock, no Math.random(). The same seed gives deep-equal output.
 * Every step draws from its own forked random stream (`rng.fork('step')`), so a new
 * step (cases, enterprise requests, …) can be added in another file without
 * changing what the existing steps generate.
 *
 * Street names and codes, the 997 grids, 明德花园, 景泰花园 (531 households), the
 * stations and the department tiers come from reference/kundulun-facts.md and the
 * seed report; everything about people is generated.
 */
import { USCC_CHARSET, isValidMobile, usccCheckChar } from '../domain/identity.js';
import { createRng, type Rng } from './random.js';
import {
  communityName,
  compoundName,
  companyName,
  lawFirmName,
  personName,
  pickGender,
  propertyCompanyName,
  socialOrganizationName,
  uniqueName,
  villageName,
  type Gender,
} from './names.js';

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

export type { Role } from '../domain/roles.js';
import type { Role } from '../domain/roles.js';

/** Top-level dispute categories of SPEC §3.1 (stable API codes). */
export type CategoryCode =
  | 'family'
  | 'neighbour'
  | 'property_management'
  | 'tenancy'
  | 'property_rights'
  | 'labour'
  | 'contract'
  | 'business'
  | 'consumer'
  | 'damages'
  | 'medical'
  | 'land'
  | 'environment'
  | 'other';

export type DepartmentType =
  | 'judicial_office'
  | 'police_station'
  | 'market_regulation'
  | 'court'
  | 'procuratorate'
  | 'human_resources'
  | 'housing_bureau'
  | 'womens_federation'
  | 'political_legal_committee'
  | 'law_firm'
  | 'social_organization'
  | 'family_education_center'
  | 'employment_training';

export type StaffingTier = 'resident' | 'rotating' | 'on_call';
export type ExpertKind = 'lawyer' | 'legal_scholar' | 'psychologist' | 'retired_judge';
export type ServiceMode = 'online' | 'offline';
export type GridMemberRole = 'grid_worker' | 'unit_head' | 'building_head';

/** An org unit: `key` is the stable reference inside the demo data, `code` is unique too. */
export interface DemoUnit {
  key: string;
  name: string;
  code: string;
}

export interface DemoStreet extends DemoUnit {
  kind: 'street' | 'town';
}

export interface DemoCommunity extends DemoUnit {
  streetKey: string;
}

/** A point on the 0..1000 × 0..1000 demo plane (y grows downwards, as in SVG). */
export type PlanePoint = [number, number];

export interface DemoGrid extends DemoUnit {
  communityKey: string;
  households: number;
  /** Axis-aligned rectangle, 4 corners clockwise from the top-left, not closed. */
  polygon: PlanePoint[];
}

export interface DemoCenter extends DemoUnit {
  kind: 'center';
}

export interface DemoStation extends DemoUnit {
  kind: 'station' | 'enterprise_station';
  centerKey: string;
  enterpriseKey?: string;
  communityKey?: string;
}

export interface DemoDepartment extends DemoUnit {
  type: DepartmentType;
  centerKey: string;
  staffingTier: StaffingTier;
  /** ISO weekdays 1 = Monday … 5 = Friday; resident: all five, rotating: its roster, on call: none. */
  rosterWeekdays: number[];
}

export interface DemoEnterprise {
  key: string;
  name: string;
  /** Unified social credit code with a valid GB 32100-2015 check character. */
  uscc: string;
  park: string;
  stationKey?: string;
  industry: string;
}

export interface DemoCompound {
  key: string;
  name: string;
  streetKey: string;
  communityKey: string;
  households: number;
  propertyCompany: string;
  publicRental: boolean;
}

export interface DemoExpert {
  key: string;
  /** Login of the expert's staff account, when they have one ('expert' for the first). */
  username?: string;
  name: string;
  gender: Gender;
  kind: ExpertKind;
  organization: string;
  specialties: CategoryCode[];
  serviceModes: ServiceMode[];
  years: number;
  bio: string;
}

export interface DemoRoleGrant {
  role: Role;
  unitKey: string;
}

export interface DemoStaff {
  username: string;
  displayName: string;
  phone: string;
  roles: DemoRoleGrant[];
  /** Job title shown in the UI, e.g. 调解组组长. */
  title?: string;
}

/**
 * One member of a grid trio (铁三角). Grid workers have a username; the one whose
 * username is also in `staff` ('grid') is the same person as that staff entry.
 * The other grid workers' accounts are left to the seeder (hashing ~1,000
 * passwords at start-up would be slow).
 */
export interface DemoGridMember {
  gridKey: string;
  role: GridMemberRole;
  name: string;
  phone: string;
  username?: string;
}

export interface DemoDistrict {
  district: DemoUnit;
  streets: DemoStreet[];
  communities: DemoCommunity[];
  grids: DemoGrid[];
  centers: DemoCenter[];
  stations: DemoStation[];
  departments: DemoDepartment[];
  enterprises: DemoEnterprise[];
  compounds: DemoCompound[];
  experts: DemoExpert[];
  staff: DemoStaff[];
  gridMembers: DemoGridMember[];
}

// ---------------------------------------------------------------------------
// Fixed facts and stable keys
// ---------------------------------------------------------------------------

export const DEMO_SEED = 20260101;
export const GRID_COUNT = 997;
export const DISTRICT_CODE = '150203';
export const DEVZONE_PARK = '包头昆都仑经济技术开发区';

/** Keys that other demo generators may reference directly. */
export const DEMO_KEYS = {
  district: 'district',
  centerDistrict: 'center-district',
  centerDevzone: 'center-devzone',
  stationYinyao: 'station-yinyao',
  stationMeike: 'station-meike',
  stationTongwei: 'station-tongwei',
  stationXiexin: 'station-xiexin',
  enterpriseMeike: 'ent-meike',
  enterpriseTongwei: 'ent-tongwei',
  enterpriseXiexin: 'ent-xiexin',
  streetKunbei: 'street-kunbei',
  streetTuanjie: 'street-tuanjiedajie',
  compoundMingde: 'compound-mingde',
  compoundJingtai: 'compound-jingtai',
} as const;

/** The SPEC §6 demo accounts (password and printing are the seeder's job). */
export const DEMO_USERNAMES = [
  'admin',
  'director',
  'dispatcher',
  'mediator',
  'expert',
  'grid',
  'enterprise',
  'property',
] as const;

export const CATEGORY_LABELS: Readonly<Record<CategoryCode, string>> = {
  family: '婚恋家庭纠纷',
  neighbour: '邻里纠纷',
  property_management: '物业纠纷',
  tenancy: '房屋租赁纠纷',
  property_rights: '产权纠纷',
  labour: '劳资纠纷',
  contract: '合同纠纷',
  business: '经营纠纷',
  consumer: '消费维权',
  damages: '损害赔偿纠纷',
  medical: '医疗纠纷',
  land: '土地征迁纠纷',
  environment: '环境污染纠纷',
  other: '其他',
};

interface StreetSpec {
  slug: string;
  name: string;
  kind: 'street' | 'town';
  /** Local root for 街坊 community names (阿尔丁十号街坊第一社区). */
  root: string;
  communities: number;
  /** Communities named first, in this order (the rest are generated). */
  knownCommunities?: string[];
}

/** The 13 streets and 2 towns of reference/kundulun-facts.md; 80 communities in all. */
const STREET_SPECS: readonly StreetSpec[] = [
  { slug: 'shaoxianlu', name: '少先路街道', kind: 'street', root: '少先', communities: 6 },
  {
    slug: 'zhaotan',
    name: '沼潭街道',
    kind: 'street',
    root: '阿尔丁',
    communities: 6,
    knownCommunities: ['阿尔丁十号街坊第一社区', '林南小区第一社区', '神鹿社区', '松石名第社区'],
  },
  { slug: 'linyinlu', name: '林荫路街道', kind: 'street', root: '林荫', communities: 5 },
  { slug: 'youyidajie', name: '友谊大街街道', kind: 'street', root: '友谊', communities: 6 },
  { slug: 'aerdingdajie', name: '阿尔丁大街街道', kind: 'street', root: '阿尔丁', communities: 6 },
  {
    slug: 'tuanjiedajie',
    name: '团结大街街道',
    kind: 'street',
    root: '团结',
    communities: 7,
    knownCommunities: ['景泰社区'],
  },
  { slug: 'anshandao', name: '鞍山道街道', kind: 'street', root: '鞍山', communities: 6 },
  { slug: 'qianjindao', name: '前进道街道', kind: 'street', root: '前进', communities: 5 },
  { slug: 'shifudonglu', name: '市府东路街道', kind: 'street', root: '市府', communities: 6 },
  { slug: 'baiyunlu', name: '白云路街道', kind: 'street', root: '白云', communities: 5 },
  { slug: 'huanghexilu', name: '黄河西路街道', kind: 'street', root: '黄河', communities: 6 },
  { slug: 'kungonglu', name: '昆工路街道', kind: 'street', root: '昆工', communities: 5 },
  {
    slug: 'kunbei',
    name: '昆北街道',
    kind: 'street',
    root: '昆北',
    communities: 6,
    knownCommunities: ['明德社区'],
  },
  { slug: 'kunhe', name: '昆河镇', kind: 'town', root: '昆河', communities: 3 },
  { slug: 'buerhantu', name: '卜尔汉图镇', kind: 'town', root: '卜尔汉图', communities: 2 },
];

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139',
  '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '180', '181', '182', '183', '184', '185', '186', '187', '188', '189',
] as const;

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Shared state of one generation run: unique phones and names across all people. */
interface Context {
  rng: Rng;
  phones: Set<string>;
}

function mobile(ctx: Context, rng: Rng): string {
  for (;;) {
    const phone = rng.pick(MOBILE_PREFIXES) + pad(rng.int(0, 99_999_999), 8);
    if (!ctx.phones.has(phone) && isValidMobile(phone)) {
      ctx.phones.add(phone);
      return phone;
    }
  }
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder;
 * ties go to the earlier index), every part at least 1.
 */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (w / sum) * total);
  const parts = quotas.map((q) => Math.max(1, Math.floor(q)));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = quotas
    .map((q, i) => ({ i, frac: q - Math.floor(q) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let j = 0; rest > 0; j = (j + 1) % order.length, rest--) parts[order[j]!.i]! += 1;
  for (let j = order.length - 1; rest < 0; j = (j - 1 + order.length) % order.length) {
    const i = order[j]!.i;
    if (parts[i]! > 1) {
      parts[i]! -= 1;
      rest++;
    }
  }
  return parts;
}

/** [x0, y0, x1, y1] on the demo plane. */
type Rect = readonly [number, number, number, number];

const round2 = (v: number): number => Math.round(v * 100) / 100;

/**
 * Tiles `rect` with one rectangle per weight, areas proportional to the weights,
 * in input order: recursive halving by weight along the longer side. Neighbouring
 * items stay contiguous, so tiling a community's rectangle with its grids keeps
 * them together. Cut lines are rounded to 0.01 and shared by both sides, so the
 * rectangles never overlap and leave no gaps.
 */
export function tileRect(rect: Rect, weights: readonly number[]): Rect[] {
  const out: Rect[] = [];
  const split = (r: Rect, lo: number, hi: number): void => {
    if (hi - lo === 1) {
      out.push(r);
      return;
    }
    let total = 0;
    for (let i = lo; i < hi; i++) total += weights[i]!;
    let acc = 0;
    let cut = lo + 1;
    let left = weights[lo]!;
    let best = Infinity;
    for (let i = lo; i < hi - 1; i++) {
      acc += weights[i]!;
      const imbalance = Math.abs(2 * acc - total);
      if (imbalance < best) {
        best = imbalance;
        cut = i + 1;
        left = acc;
      }
    }
    const f = left / total;
    const [x0, y0, x1, y1] = r;
    if (x1 - x0 >= y1 - y0) {
      const xs = round2(x0 + (x1 - x0) * f);
      split([x0, y0, xs, y1], lo, cut);
      split([xs, y0, x1, y1], cut, hi);
    } else {
      const ys = round2(y0 + (y1 - y0) * f);
      split([x0, y0, x1, ys], lo, cut);
      split([x0, ys, x1, y1], cut, hi);
    }
  };
  if (weights.length > 0) split(rect, 0, weights.length);
  return out;
}

function rectPolygon([x0, y0, x1, y1]: Rect): PlanePoint[] {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
}

/** GB 11714-1997 check character of an 8-character organisation code body. */
function orgCodeCheckChar(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i]!;
    const value = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55; // A = 10
    sum += value * weights[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** An enterprise USCC: 9 (market regulator) 1 (enterprise) + division + org code + check. */
function enterpriseUscc(rng: Rng, division = DISTRICT_CODE): string {
  let body = '';
  for (let i = 0; i < 8; i++) body += rng.pick([...USCC_CHARSET]);
  const first17 = `91${division}${body}${orgCodeCheckChar(body)}`;
  return first17 + usccCheckChar(first17);
}

// ---------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------

interface Territory {
  streets: DemoStreet[];
  communities: DemoCommunity[];
  grids: DemoGrid[];
  /** Keys of the communities and villages of the towns (fewer, larger grids). */
  rural: Set<string>;
}

function buildTerritory(ctx: Context): Territory {
  const rng = ctx.rng.fork('territory');
  const streets: DemoStreet[] = [];
  const communities: DemoCommunity[] = [];
  const rural = new Set<string>();
  const usedNames = new Set<string>(STREET_SPECS.flatMap((spec) => spec.knownCommunities ?? []));

  STREET_SPECS.forEach((spec, si) => {
    // National statistics numbering: streets 001…, towns 100….
    const townIndex = STREET_SPECS.slice(0, si).filter((s) => s.kind === 'town').length;
    const streetNo = spec.kind === 'town' ? 100 + townIndex : si + 1;
    const street: DemoStreet = {
      key: `street-${spec.slug}`,
      name: spec.name,
      code: DISTRICT_CODE + pad(streetNo, 3),
      kind: spec.kind,
    };
    streets.push(street);
    const known = spec.knownCommunities ?? [];
    for (let i = 0; i < spec.communities; i++) {
      const isVillage = spec.kind === 'town' && i > 0;
      const name =
        known[i] ??
        (spec.kind === 'town' && i === 0
          ? uniqueName(usedNames, () => `${spec.root}社区`)
          : uniqueName(usedNames, () =>
              isVillage ? villageName(rng) : communityName(rng, spec.root),
            ));
      // Residents' committees 001…, village committees 201….
      const no = isVillage ? 200 + i : i + 1;
      const key = `community-${spec.slug}-${pad(i + 1, 2)}`;
      communities.push({ key, name, code: street.code + pad(no, 3), streetKey: street.key });
      if (spec.kind === 'town') rural.add(key);
    }
  });

  const gridCounts = apportion(
    communities.map((c) => (rural.has(c.key) ? rng.int(4, 8) : rng.int(9, 16))),
    GRID_COUNT,
  );
  const grids: DemoGrid[] = [];
  communities.forEach((c, ci) => {
    for (let g = 1; g <= gridCounts[ci]!; g++) {
      grids.push({
        key: `grid-${c.key.slice('community-'.length)}-${pad(g, 2)}`,
        name: `${c.name}第${g}网格`,
        code: c.code + pad(g, 3),
        communityKey: c.key,
        households: rural.has(c.key) ? rng.int(90, 260) : rng.int(220, 480),
        polygon: [],
      });
    }
  });
  layOutGrids(streets, communities, grids, rural);
  return { streets, communities, grids, rural };
}

/**
 * Nested tiling of the 0..1000 plane: streets, then communities inside their
 * street, then grids inside their community. Area follows households, with town
 * grids drawn larger (rural land).
 */
function layOutGrids(
  streets: readonly DemoStreet[],
  communities: readonly DemoCommunity[],
  grids: DemoGrid[],
  rural: ReadonlySet<string>,
): void {
  const areaWeight = (g: DemoGrid): number => g.households * (rural.has(g.communityKey) ? 6 : 1);
  const gridsOf = (communityKey: string): DemoGrid[] =>
    grids.filter((g) => g.communityKey === communityKey);
  const communitiesOf = (streetKey: string): DemoCommunity[] =>
    communities.filter((c) => c.streetKey === streetKey);
  const weightOf = (gs: readonly DemoGrid[]): number => gs.reduce((a, g) => a + areaWeight(g), 0);

  const streetRects = tileRect(
    [0, 0, 1000, 1000],
    streets.map((s) => weightOf(communitiesOf(s.key).flatMap((c) => gridsOf(c.key)))),
  );
  streets.forEach((s, si) => {
    const comms = communitiesOf(s.key);
    const communityRects = tileRect(
      streetRects[si]!,
      comms.map((c) => weightOf(gridsOf(c.key))),
    );
    comms.forEach((c, ci) => {
      const gs = gridsOf(c.key);
      const gridRects = tileRect(communityRects[ci]!, gs.map(areaWeight));
      gs.forEach((g, gi) => {
        g.polygon = rectPolygon(gridRects[gi]!);
      });
    });
  });
}

function buildCenters(): DemoCenter[] {
  return [
    { key: DEMO_KEYS.centerDistrict, name: '昆都仑区综治中心', code: `${DISTRICT_CODE}-ZZ01`, kind: 'center' },
    {
      key: DEMO_KEYS.centerDevzone,
      name: `${DEVZONE_PARK}综治中心`,
      code: `${DISTRICT_CODE}-ZZ02`,
      kind: 'center',
    },
  ];
}

interface EnterpriseSpec {
  key: string;
  name: string;
  industry: string;
  stationKey?: string;
}

/** The three enterprises with stations (demo names, not claims about real companies). */
const ANCHOR_ENTERPRISES: readonly EnterpriseSpec[] = [
  {
    key: DEMO_KEYS.enterpriseMeike,
    name: '包头美科硅能源有限公司',
    industry: '光伏硅材料',
    stationKey: DEMO_KEYS.stationMeike,
  },
  {
    key: DEMO_KEYS.enterpriseTongwei,
    name: '包头通威光伏材料有限公司',
    industry: '多晶硅',
    stationKey: DEMO_KEYS.stationTongwei,
  },
  {
    key: DEMO_KEYS.enterpriseXiexin,
    name: '包头协鑫晶体材料有限公司',
    industry: '光伏晶体材料',
    stationKey: DEMO_KEYS.stationXiexin,
  },
];

const PARK_TRADES: readonly (readonly [trade: string, industry: string])[] = [
  ['稀土新材料', '稀土新材料'],
  ['钢结构', '装备制造'],
  ['重型机械', '装备制造'],
  ['物流', '现代物流'],
  ['化工', '精细化工'],
  ['铝业', '有色金属加工'],
  ['食品', '食品加工'],
  ['新型建材', '建材'],
  ['能源科技', '新能源'],
  ['冶金炉料', '冶金辅料'],
];

function buildEnterprises(ctx: Context): DemoEnterprise[] {
  const rng = ctx.rng.fork('enterprises');
  const names = new Set(ANCHOR_ENTERPRISES.map((e) => e.name));
  const usccs = new Set<string>();
  const uscc = (): string => uniqueName(usccs, () => enterpriseUscc(rng));
  const anchors = ANCHOR_ENTERPRISES.map<DemoEnterprise>((e) => ({
    key: e.key,
    name: e.name,
    uscc: uscc(),
    park: DEVZONE_PARK,
    ...(e.stationKey === undefined ? {} : { stationKey: e.stationKey }),
    industry: e.industry,
  }));
  const others = rng.sample(PARK_TRADES, 7).map<DemoEnterprise>(([trade, industry], i) => ({
    key: `ent-${pad(i + 4, 2)}`,
    name: uniqueName(names, () => companyName(rng, trade, { region: '包头' })),
    uscc: uscc(),
    park: DEVZONE_PARK,
    industry,
  }));
  return [...anchors, ...others];
}

function buildStations(territory: Territory, enterprises: readonly DemoEnterprise[]): DemoStation[] {
  const firstCommunity = (streetSlug: string, name?: string): string => {
    const c = territory.communities.find(
      (x) => x.streetKey === `street-${streetSlug}` && (name === undefined || x.name === name),
    );
    if (!c) throw new Error(`no community in ${streetSlug}`);
    return c.key;
  };
  const station = (key: string, name: string, communityKey: string): DemoStation => ({
    key,
    name,
    code: '',
    kind: 'station',
    centerKey: DEMO_KEYS.centerDistrict,
    communityKey,
  });
  const stations: DemoStation[] = [
    station(DEMO_KEYS.stationYinyao, '银耀鹿城调解工作站', firstCommunity('aerdingdajie')),
    station('station-hehe', '和合家事调解工作站', firstCommunity('shaoxianlu')),
    station('station-wuye', '物业纠纷巡回调解工作站', firstCommunity('tuanjiedajie', '景泰社区')),
    station('station-kunbei', '昆北街道调解工作站', firstCommunity('kunbei', '明德社区')),
  ];
  for (const e of enterprises) {
    if (e.stationKey === undefined) continue;
    const short = e.name.replace(/^包头/, '').slice(0, 2);
    stations.push({
      key: e.stationKey,
      name: `${short}驻企综治工作站`,
      code: '',
      kind: 'enterprise_station',
      centerKey: DEMO_KEYS.centerDevzone,
      enterpriseKey: e.key,
    });
  }
  return stations.map((s, i) => ({ ...s, code: `${DISTRICT_CODE}-TJ${pad(i + 1, 2)}` }));
}

/** Short form of a department type, used in keys and liaison usernames. */
const DEPARTMENT_SHORT: Readonly<Record<DepartmentType, string>> = {
  judicial_office: 'judicial',
  police_station: 'police',
  market_regulation: 'market',
  court: 'court',
  procuratorate: 'procuratorate',
  human_resources: 'hr',
  housing_bureau: 'housing',
  womens_federation: 'women',
  political_legal_committee: 'plc',
  law_firm: 'law',
  social_organization: 'social',
  family_education_center: 'family-edu',
  employment_training: 'employment',
};

type ResidentType = 'judicial_office' | 'police_station' | 'market_regulation';
type RotatingType = 'court' | 'procuratorate' | 'human_resources';

interface CenterDepartmentPlan {
  centerKey: string;
  slug: string;
  names: Readonly<Record<ResidentType | RotatingType, string>>;
  /** Roster weekdays of the rotating departments. */
  rotating: Readonly<Record<RotatingType, number[]>>;
  lawFirms: number;
}

const CENTER_DEPARTMENTS: readonly CenterDepartmentPlan[] = [
  {
    centerKey: DEMO_KEYS.centerDistrict,
    slug: 'district',
    names: {
      judicial_office: '昆都仑区司法局驻中心司法所',
      police_station: '昆都仑公安分局驻中心派出所',
      market_regulation: '昆都仑区市场监管局驻中心市场监管所',
      court: '昆都仑区人民法院驻中心法庭',
      procuratorate: '昆都仑区人民检察院驻中心检察室',
      human_resources: '昆都仑区人社局驻中心工作站',
    },
    rotating: { court: [2], procuratorate: [4], human_resources: [3] },
    lawFirms: 4,
  },
  {
    centerKey: DEMO_KEYS.centerDevzone,
    slug: 'devzone',
    names: {
      judicial_office: '开发区司法所',
      police_station: '开发区派出所',
      market_regulation: '开发区市场监管所',
      court: '昆都仑区人民法院开发区法庭',
      procuratorate: '昆都仑区人民检察院驻开发区检察室',
      human_resources: '昆都仑区人社局驻开发区工作站',
    },
    rotating: { court: [3], procuratorate: [1], human_resources: [5] },
    lawFirms: 3,
  },
];

/** District-level bodies named in the seed; they are called on per case. */
const DISTRICT_BODIES: readonly { slug: string; type: DepartmentType; name: string }[] = [
  { slug: 'plc', type: 'political_legal_committee', name: '中共昆都仑区委政法委员会' },
  { slug: 'women', type: 'womens_federation', name: '昆都仑区妇女联合会' },
  { slug: 'housing', type: 'housing_bureau', name: '昆都仑区住房和城乡建设局' },
  { slug: 'family-edu', type: 'family_education_center', name: '昆都仑区家庭教育指导中心' },
  { slug: 'employment', type: 'employment_training', name: '昆都仑区创业就业培训中心' },
  { slug: 'court', type: 'court', name: '昆都仑区人民法院' },
];

function buildDepartments(ctx: Context): DemoDepartment[] {
  const rng = ctx.rng.fork('departments');
  const names = new Set<string>();
  const out: Omit<DemoDepartment, 'code'>[] = [];
  const onCall = (): Pick<DemoDepartment, 'staffingTier' | 'rosterWeekdays'> => ({ staffingTier: 'on_call', rosterWeekdays: [] });
  for (const plan of CENTER_DEPARTMENTS) {
    const base = (type: DepartmentType, n = 0): string =>
      `dept-${plan.slug}-${DEPARTMENT_SHORT[type]}${n > 0 ? `-${n}` : ''}`;
    for (const type of ['judicial_office', 'police_station', 'market_regulation'] satisfies ResidentType[]) {
      out.push({
        key: base(type),
        name: plan.names[type],
        type,
        centerKey: plan.centerKey,
        staffingTier: 'resident',
        rosterWeekdays: [1, 2, 3, 4, 5],
      });
    }
    for (const type of ['court', 'procuratorate', 'human_resources'] satisfies RotatingType[]) {
      out.push({
        key: base(type),
        name: plan.names[type],
        type,
        centerKey: plan.centerKey,
        staffingTier: 'rotating',
        rosterWeekdays: [...plan.rotating[type]],
      });
    }
    for (let i = 1; i <= plan.lawFirms; i++) {
      const name = uniqueName(names, () => lawFirmName(rng));
      out.push({ key: base('law_firm', i), name, type: 'law_firm', centerKey: plan.centerKey, ...onCall() });
    }
    (['psychology', 'social_work'] as const).forEach((kind, i) => {
      const name = uniqueName(names, () => socialOrganizationName(rng, kind));
      const key = base('social_organization', i + 1);
      out.push({ key, name, type: 'social_organization', centerKey: plan.centerKey, ...onCall() });
    });
  }
  for (const body of DISTRICT_BODIES) {
    out.push({ key: `dept-${body.slug}`, name: body.name, type: body.type, centerKey: DEMO_KEYS.centerDistrict, ...onCall() });
  }
  return out.map((d, i) => ({ ...d, code: `${DISTRICT_CODE}-BM${pad(i + 1, 3)}` }));
}

function buildCompounds(ctx: Context, territory: Territory): DemoCompound[] {
  const rng = ctx.rng.fork('compounds');
  const companies = Array.from({ length: 16 }, () => '');
  const companyNames = new Set<string>();
  for (let i = 0; i < companies.length; i++) {
    companies[i] = uniqueName(companyNames, () => propertyCompanyName(rng));
  }
  const names = new Set(['明德花园', '景泰花园']);
  const out: DemoCompound[] = [];
  for (const c of territory.communities) {
    const isVillage = territory.rural.has(c.key);
    const count = isVillage ? 1 : rng.weightedPick<number>([[2, 2], [3, 3]]);
    for (let i = 0; i < count; i++) {
      let key = `compound-${pad(out.length + 1, 3)}`;
      let name: string;
      let households = isVillage ? rng.int(60, 240) : rng.int(120, 1600);
      let publicRental = !isVillage && rng.chance(0.06);
      if (i === 0 && c.name === '明德社区') {
        key = DEMO_KEYS.compoundMingde;
        name = '明德花园';
        publicRental = false;
      } else if (i === 0 && c.name === '景泰社区') {
        key = DEMO_KEYS.compoundJingtai;
        name = '景泰花园';
        households = 531;
        publicRental = true;
      } else {
        name = uniqueName(names, () => compoundName(rng));
      }
      out.push({
        key,
        name,
        streetKey: c.streetKey,
        communityKey: c.key,
        households,
        propertyCompany: rng.pick(companies),
        publicRental,
      });
    }
  }
  return out;
}

interface ExpertPlan {
  kind: ExpertKind;
  count: number;
  femaleShare: number;
  years: readonly [number, number];
  specialties: readonly CategoryCode[];
  specialtyCount: readonly [number, number];
}

const EXPERT_PLANS: readonly ExpertPlan[] = [
  {
    kind: 'retired_judge',
    count: 4,
    femaleShare: 0.4,
    years: [26, 38],
    specialties: ['family', 'property_rights', 'damages', 'contract', 'neighbour', 'tenancy'],
    specialtyCount: [2, 3],
  },
  {
    kind: 'lawyer',
    count: 14,
    femaleShare: 0.4,
    years: [5, 28],
    specialties: [
      'labour', 'contract', 'business', 'property_rights', 'damages', 'tenancy',
      'property_management', 'consumer', 'medical', 'land', 'family',
    ],
    specialtyCount: [2, 3],
  },
  {
    kind: 'legal_scholar',
    count: 5,
    femaleShare: 0.4,
    years: [8, 30],
    specialties: ['contract', 'property_rights', 'labour', 'land', 'environment', 'business'],
    specialtyCount: [2, 2],
  },
  {
    kind: 'psychologist',
    count: 7,
    femaleShare: 0.7,
    years: [4, 20],
    specialties: ['family', 'neighbour'],
    specialtyCount: [1, 2],
  },
];

const SCHOLAR_ORGS = [
  '内蒙古科技大学文法学院',
  '包头师范学院法学院',
  '内蒙古工业大学法学院',
  '内蒙古大学法学院',
] as const;

function expertBio(
  kind: ExpertKind,
  organization: string,
  years: number,
  specialties: readonly CategoryCode[],
): string {
  const fields = specialties.map((s) => CATEGORY_LABELS[s]).join('、');
  switch (kind) {
    case 'retired_judge':
      return `退休法官，从事民事审判工作${years}年，退休后投身人民调解，擅长${fields}的调处，注重情理法相结合。`;
    case 'lawyer':
      return `${organization}专职律师，执业${years}年，擅长${fields}，长期参与公益法律服务和人民调解工作。`;
    case 'legal_scholar':
      return `${organization}教师，从事民商法教学与研究${years}年，关注${fields}的多元化解，为疑难纠纷提供法律论证。`;
    case 'psychologist':
      return `心理咨询师，从事心理咨询${years}年，擅长${fields}中的情绪疏导、婚恋家庭关系调适与危机干预。`;
  }
}

function buildExperts(ctx: Context, departments: readonly DemoDepartment[]): DemoExpert[] {
  const rng = ctx.rng.fork('experts');
  const lawFirms = departments.filter((d) => d.type === 'law_firm').map((d) => d.name);
  const psychOrgs = departments
    .filter((d) => d.type === 'social_organization' && d.name.includes('心理'))
    .map((d) => d.name);
  const names = new Set<string>();
  const planned: Omit<DemoExpert, 'key'>[] = [];
  for (const plan of EXPERT_PLANS) {
    for (let i = 0; i < plan.count; i++) {
      const gender = pickGender(rng, plan.femaleShare);
      const name = uniqueName(names, () => personName(rng, gender));
      const organization =
        plan.kind === 'lawyer'
          ? rng.pick(lawFirms)
          : plan.kind === 'legal_scholar'
            ? rng.pick(SCHOLAR_ORGS)
            : plan.kind === 'psychologist'
              ? rng.pick(psychOrgs)
              : '昆都仑区人民法院（已退休）';
      const n = rng.int(plan.specialtyCount[0], plan.specialtyCount[1]);
      let specialties = rng.sample(plan.specialties, n);
      // Psychologists all work on family matters (和合同行).
      if (plan.kind === 'psychologist' && !specialties.includes('family')) {
        specialties = (['family', ...specialties] satisfies CategoryCode[]).slice(0, 2);
      }
      const years = rng.int(plan.years[0], plan.years[1]);
      const serviceModes = rng.weightedPick<ServiceMode[]>([
        [['online', 'offline'], 6],
        [['offline'], 3],
        [['online'], 1],
      ]);
      planned.push({
        name,
        gender,
        kind: plan.kind,
        organization,
        specialties,
        serviceModes: [...serviceModes],
        years,
        bio: expertBio(plan.kind, organization, years, specialties),
      });
    }
  }
  // The first expert (the 'expert' demo account) is a retired judge working on
  // family disputes at 银耀鹿城, as in the seed; the others in random order.
  const [first, ...rest] = planned;
  if (!first) throw new Error('no experts planned');
  if (!first.specialties.includes('family')) {
    first.specialties = (['family', ...first.specialties] satisfies CategoryCode[]).slice(0, 3);
    first.bio = expertBio(first.kind, first.organization, first.years, first.specialties);
  }
  return [first, ...rng.shuffle(rest)].map((e, i) => ({
    key: `expert-${pad(i + 1, 2)}`,
    username: i === 0 ? 'expert' : `expert-${pad(i + 1, 2)}`,
    ...e,
  }));
}

function buildGridMembers(ctx: Context, grids: readonly DemoGrid[], gridAccountKey: string): DemoGridMember[] {
  const rng = ctx.rng.fork('grid-members');
  const out: DemoGridMember[] = [];
  grids.forEach((g, i) => {
    out.push({
      gridKey: g.key,
      role: 'grid_worker',
      name: personName(rng, pickGender(rng, 0.65)),
      phone: mobile(ctx, rng),
      username: g.key === gridAccountKey ? 'grid' : `gw${pad(i + 1, 4)}`,
    });
    for (const role of ['unit_head', 'building_head'] as const) {
      out.push({ gridKey: g.key, role, name: personName(rng, pickGender(rng, 0.55)), phone: mobile(ctx, rng) });
    }
  });
  return out;
}

interface StaffInputs {
  stations: readonly DemoStation[];
  departments: readonly DemoDepartment[];
  compounds: readonly DemoCompound[];
  experts: readonly DemoExpert[];
  gridAccount: DemoGridMember;
}

function buildStaff(ctx: Context, inputs: StaffInputs): DemoStaff[] {
  const rng = ctx.rng.fork('staff');
  const { stations, departments, compounds, experts, gridAccount } = inputs;
  const staff: DemoStaff[] = [];
  // Display names are unique among staff, so that pickers in the UI are unambiguous.
  const names = new Set<string>([...experts.map((e) => e.name), gridAccount.name]);
  const add = (username: string, title: string, roles: DemoRoleGrant[], displayName?: string, phone?: string): void => {
    staff.push({
      username,
      displayName: displayName ?? uniqueName(names, () => personName(rng)),
      phone: phone ?? mobile(ctx, rng),
      roles,
      title,
    });
  };
  const at = (role: Role, unitKey: string): DemoRoleGrant => ({ role, unitKey });
  const { centerDistrict, centerDevzone } = DEMO_KEYS;
  const mingde = compounds.find((c) => c.key === DEMO_KEYS.compoundMingde);
  if (!mingde) throw new Error('明德花园 missing');
  const expert0 = experts[0];
  if (!expert0) throw new Error('no experts');

  // SPEC §6 demo accounts.
  add('admin', '系统管理员', [at('admin', DEMO_KEYS.district)]);
  add('director', '综治中心主任', [at('director', DEMO_KEYS.district)]);
  add('dispatcher', '窗口受理员', [at('dispatcher', centerDistrict)]);
  add('mediator', '专职调解员', [at('mediator', centerDistrict)]);
  add('expert', '专家智库成员', [at('expert', centerDistrict)], expert0.name);
  add('grid', '专职网格员', [at('grid_worker', gridAccount.gridKey)], gridAccount.name, gridAccount.phone);
  add('enterprise', '企业联络员', [at('enterprise_liaison', DEMO_KEYS.stationMeike)]);
  add('property', '物业项目经理', [at('property_manager', mingde.communityKey)]);

  // Center management, window staff, team leads.
  add('director-devzone', '开发区综治中心主任', [at('director', centerDevzone)]);
  add('dispatcher-02', '窗口受理员', [at('dispatcher', centerDistrict)]);
  add('dispatcher-03', '窗口受理员', [at('dispatcher', centerDevzone)]);
  add('lead-district', '调解组组长', [at('mediator', centerDistrict), at('dispatcher', centerDistrict)]);
  add('lead-devzone', '调解组组长', [at('mediator', centerDevzone), at('dispatcher', centerDevzone)]);

  // Mediators: 12 in all with the demo account.
  const mediatorUnits = [
    centerDistrict, centerDistrict, centerDistrict, centerDistrict,
    centerDevzone, centerDevzone, centerDevzone,
    ...stations.filter((s) => s.kind === 'station').map((s) => s.key),
  ];
  mediatorUnits.forEach((unitKey, i) => {
    const title = unitKey.startsWith('station-') ? '驻站调解员' : '专职调解员';
    add(`mediator-${pad(i + 2, 2)}`, title, [at('mediator', unitKey)]);
  });

  // Liaisons of the other enterprise stations.
  for (const s of stations) {
    if (s.kind === 'enterprise_station' && s.key !== DEMO_KEYS.stationMeike) {
      add(`enterprise-${s.key.slice('station-'.length)}`, '企业联络员', [at('enterprise_liaison', s.key)]);
    }
  }

  // One liaison per department: dept-judicial-01, dept-judicial-02, …
  const perType = new Map<string, number>();
  for (const d of departments) {
    const short = DEPARTMENT_SHORT[d.type];
    const n = (perType.get(short) ?? 0) + 1;
    perType.set(short, n);
    add(`dept-${short}-${pad(n, 2)}`, '部门联络员', [at('department_liaison', d.key)]);
  }

  // Accounts of the other experts of the pool.
  for (const e of experts.slice(1)) {
    if (e.username !== undefined) add(e.username, '专家智库成员', [at('expert', centerDistrict)], e.name);
  }
  return staff;
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

/** Generates the whole demo district; deterministic for a given seed. */
export function generateDistrict(seed: number = DEMO_SEED): DemoDistrict {
  const ctx: Context = { rng: createRng(seed), phones: new Set() };
  const territory = buildTerritory(ctx);
  const centers = buildCenters();
  const enterprises = buildEnterprises(ctx);
  const stations = buildStations(territory, enterprises);
  const departments = buildDepartments(ctx);
  const compounds = buildCompounds(ctx, territory);
  const experts = buildExperts(ctx, departments);

  // The 'grid' account: the first grid of the community of 景泰花园 (团结大街街道).
  const jingtai = compounds.find((c) => c.key === DEMO_KEYS.compoundJingtai);
  const gridOfAccount = territory.grids.find((g) => g.communityKey === jingtai?.communityKey);
  if (!gridOfAccount) throw new Error('no grid for the grid account');
  const gridMembers = buildGridMembers(ctx, territory.grids, gridOfAccount.key);
  const gridAccount = gridMembers.find((m) => m.username === 'grid');
  if (!gridAccount) throw new Error('grid account missing');

  const staff = buildStaff(ctx, { stations, departments, compounds, experts, gridAccount });
  return {
    district: { key: DEMO_KEYS.district, name: '昆都仑区', code: DISTRICT_CODE },
    streets: territory.streets,
    communities: territory.communities,
    grids: territory.grids,
    centers,
    stations,
    departments,
    enterprises,
    compounds,
    experts,
    staff,
    gridMembers,
  };
}

/** Every org unit (the targets of role grants), in tree order then the side units. */
export function orgUnits(d: DemoDistrict): DemoUnit[] {
  return [d.district, ...d.streets, ...d.communities, ...d.grids, ...d.centers, ...d.stations, ...d.departments];
}
