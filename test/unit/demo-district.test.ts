import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidMobile, isValidUscc } from '../../src/domain/identity.js';
import {
  CATEGORY_LABELS,
  DEMO_KEYS,
  DEMO_SEED,
  DEMO_USERNAMES,
  GRID_COUNT,
  apportion,
  generateDistrict,
  orgUnits,
  tileRect,
  type DemoDistrict,
  type DemoGrid,
  type Role,
} from '../../src/demo/district.js';
import { chineseNumeral, personName } from '../../src/demo/names.js';
import { createRng } from '../../src/demo/random.js';

const d: DemoDistrict = generateDistrict();

/** Map from key to item, failing on duplicates. */
function index<T extends { key: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    expect(map.has(item.key), `duplicate key ${item.key}`).toBe(false);
    map.set(item.key, item);
  }
  return map;
}

function rectOf(g: DemoGrid): [number, number, number, number] {
  const xs = g.polygon.map((p) => p[0]);
  const ys = g.polygon.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const area = ([x0, y0, x1, y1]: readonly number[]): number => (x1! - x0!) * (y1! - y0!);

describe('random', () => {
  it('is deterministic per seed and differs across seeds', () => {
    const seq = (seed: number): number[] => {
      const rng = createRng(seed);
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(seq(1)).toEqual(seq(1));
    expect(seq(1)).not.toEqual(seq(2));
  });

  it('property: int stays within bounds, next within [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.nat(1000), (seed, min, span) => {
        const rng = createRng(seed);
        for (let i = 0; i < 50; i++) {
          const n = rng.int(min, min + span);
          const f = rng.next();
          if (n < min || n > min + span || !Number.isInteger(n) || f < 0 || f >= 1) return false;
        }
        return true;
      }),
    );
  });

  it('property: shuffle is a permutation and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer()), (seed, items) => {
        const copy = items.slice();
        const shuffled = createRng(seed).shuffle(items);
        expect(items).toEqual(copy);
        expect(shuffled.slice().sort((a, b) => a - b)).toEqual(copy.sort((a, b) => a - b));
      }),
    );
  });

  it('weightedPick follows the weights, chance follows p', () => {
    const rng = createRng(7);
    let heavy = 0;
    let hits = 0;
    for (let i = 0; i < 10_000; i++) {
      if (rng.weightedPick([['a', 9], ['b', 1], ['never', 0]] as const) === 'a') heavy++;
      if (rng.chance(0.25)) hits++;
    }
    expect(heavy).toBeGreaterThan(8_700);
    expect(heavy).toBeLessThan(9_300);
    expect(hits).toBeGreaterThan(2_300);
    expect(hits).toBeLessThan(2_700);
  });

  it('forks are independent of later draws of the parent', () => {
    const a = createRng(5);
    const b = createRng(5);
    b.next();
    b.next();
    expect(a.fork('x').next()).toBe(b.fork('x').next());
    expect(a.fork('x').next()).not.toBe(a.fork('y').next());
  });
});

describe('names', () => {
  it('writes Chinese numerals', () => {
    expect([1, 10, 12, 20, 30, 45, 99].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '三十', '四十五', '九十九']);
  });

  it('generates plausible names and never the real people of the seed', () => {
    const rng = createRng(1);
    const names = Array.from({ length: 5_000 }, () => personName(rng));
    for (const n of names) expect(n).toMatch(/^[\u4e00-\u9fff]{2,6}$/);
    for (const real of ['刘卓鑫', '周文玉', '郭星宇']) expect(names).not.toContain(real);
    const wang = names.filter((n) => n.startsWith('王')).length / names.length;
    expect(wang).toBeGreaterThan(0.04);
    expect(wang).toBeLessThan(0.1);
    expect(names.some((n) => ['巴特尔', '乌兰', '其其格', '额尔敦'].some((m) => n.includes(m)))).toBe(true);
  });
});

describe('layout helpers', () => {
  it('apportions exactly, proportionally, at least 1 each', () => {
    expect(apportion([1, 1, 1], 10)).toEqual([4, 3, 3]);
    expect(apportion([100, 1], 5)).toEqual([4, 1]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 100 }), fc.integer({ min: 100, max: 2000 }), (weights, total) => {
        const parts = apportion(weights, total);
        return parts.reduce((a, b) => a + b, 0) === total && parts.every((p) => p >= 1);
      }),
    );
  });

  it('property: tiles cover the rectangle without overlap', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 60 }), (weights) => {
        const rects = tileRect([0, 0, 1000, 1000], weights);
        expect(rects).toHaveLength(weights.length);
        const total = rects.reduce((a, r) => a + area(r), 0);
        expect(total).toBeCloseTo(1_000_000, 3);
        for (const r of rects) expect(area(r)).toBeGreaterThan(0);
      }),
    );
  });
});

describe('demo district', () => {
  it('has the district, the real streets and towns and about 80 communities', () => {
    expect(d.district).toEqual({ key: 'district', name: '昆都仑区', code: '150203' });
    const names = d.streets.map((s) => s.name);
    expect(names).toContain('昆北街道');
    expect(names).toContain('团结大街街道');
    expect(names).not.toContain('团结街道');
    expect(d.streets.length).toBeGreaterThanOrEqual(12);
    expect(d.streets.filter((s) => s.kind === 'town').map((s) => s.name)).toEqual(['昆河镇', '卜尔汉图镇']);
    expect(d.communities.length).toBeGreaterThanOrEqual(70);
    expect(d.communities.length).toBeLessThanOrEqual(90);
    expect(d.communities.map((c) => c.name)).toEqual(expect.arrayContaining(['阿尔丁十号街坊第一社区', '林南小区第一社区', '神鹿社区']));
    for (const s of d.streets) expect(d.communities.some((c) => c.streetKey === s.key)).toBe(true);
  });

  it('has exactly 997 grids, each named after its community', () => {
    expect(d.grids).toHaveLength(GRID_COUNT);
    expect(GRID_COUNT).toBe(997);
    const communities = index(d.communities);
    for (const g of d.grids) {
      const c = communities.get(g.communityKey);
      expect(c).toBeDefined();
      expect(g.name).toMatch(new RegExp(`^${c!.name}第[1-9]\\d*网格$`));
      expect(g.households).toBeGreaterThan(0);
    }
    for (const c of d.communities) expect(d.grids.some((g) => g.communityKey === c.key)).toBe(true);
  });

  it('uses unique codes nested district → street → community → grid', () => {
    const units = orgUnits(d);
    const codes = units.map((u) => u.code);
    expect(new Set(codes).size).toBe(codes.length);
    const streets = index(d.streets);
    const communities = index(d.communities);
    for (const s of d.streets) expect(s.code).toMatch(/^150203\d{3}$/);
    for (const c of d.communities) {
      expect(c.code).toMatch(/^\d{12}$/);
      expect(c.code.startsWith(streets.get(c.streetKey)!.code)).toBe(true);
    }
    for (const g of d.grids) {
      expect(g.code).toMatch(/^\d{15}$/);
      expect(g.code.startsWith(communities.get(g.communityKey)!.code)).toBe(true);
    }
  });

  it('keeps every key unique across all entities', () => {
    const keys = [
      ...orgUnits(d).map((u) => u.key),
      ...d.enterprises.map((e) => e.key),
      ...d.compounds.map((c) => c.key),
      ...d.experts.map((e) => e.key),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('resolves every reference', () => {
    const streets = index(d.streets);
    const communities = index(d.communities);
    const grids = index(d.grids);
    const centers = index(d.centers);
    const stations = index(d.stations);
    const enterprises = index(d.enterprises);
    const units = new Set(orgUnits(d).map((u) => u.key));

    for (const c of d.communities) expect(streets.has(c.streetKey)).toBe(true);
    for (const s of d.stations) {
      expect(centers.has(s.centerKey)).toBe(true);
      if (s.communityKey !== undefined) expect(communities.has(s.communityKey)).toBe(true);
      if (s.kind === 'enterprise_station') {
        expect(enterprises.get(s.enterpriseKey!)?.stationKey).toBe(s.key);
      }
    }
    for (const dep of d.departments) expect(centers.has(dep.centerKey)).toBe(true);
    for (const e of d.enterprises) if (e.stationKey !== undefined) expect(stations.get(e.stationKey)?.enterpriseKey).toBe(e.key);
    for (const c of d.compounds) {
      expect(communities.get(c.communityKey)?.streetKey).toBe(c.streetKey);
    }
    for (const s of d.staff) {
      expect(s.roles.length).toBeGreaterThan(0);
      for (const r of s.roles) expect(units.has(r.unitKey), `${s.username}: ${r.unitKey}`).toBe(true);
    }
    for (const m of d.gridMembers) expect(grids.has(m.gridKey)).toBe(true);
  });

  it('gives every grid its trio (铁三角)', () => {
    expect(d.gridMembers).toHaveLength(3 * GRID_COUNT);
    const byGrid = new Map<string, string[]>();
    for (const m of d.gridMembers) byGrid.set(m.gridKey, [...(byGrid.get(m.gridKey) ?? []), m.role]);
    expect(byGrid.size).toBe(GRID_COUNT);
    for (const roles of byGrid.values()) expect(roles.sort()).toEqual(['building_head', 'grid_worker', 'unit_head']);
    for (const m of d.gridMembers) {
      expect(m.username !== undefined).toBe(m.role === 'grid_worker');
      if (m.username !== undefined && m.username !== 'grid') expect(m.username).toMatch(/^gw\d{4}$/);
    }
  });

  it('has all usernames unique and every phone a valid, unique 13x/15x/18x mobile', () => {
    const usernames = [...d.staff.map((s) => s.username), ...d.gridMembers.flatMap((m) => (m.username && m.username !== 'grid' ? [m.username] : []))];
    expect(new Set(usernames).size).toBe(usernames.length);
    const phones = [...d.staff.map((s) => s.phone), ...d.gridMembers.filter((m) => m.username !== 'grid').map((m) => m.phone)];
    expect(new Set(phones).size).toBe(phones.length);
    for (const p of phones) {
      expect(isValidMobile(p)).toBe(true);
      expect(p).toMatch(/^1[358]/);
    }
  });

  it('has the SPEC §6 demo accounts with their roles', () => {
    const staff = new Map(d.staff.map((s) => [s.username, s]));
    const grant = (username: string): { role: Role; unitKey: string }[] => staff.get(username)?.roles ?? [];
    for (const u of DEMO_USERNAMES) expect(staff.has(u), u).toBe(true);
    expect(grant('admin')).toEqual([{ role: 'admin', unitKey: 'district' }]);
    expect(grant('director')).toEqual([{ role: 'director', unitKey: 'district' }]);
    expect(grant('dispatcher')).toEqual([{ role: 'dispatcher', unitKey: 'center-district' }]);
    expect(grant('mediator')).toEqual([{ role: 'mediator', unitKey: 'center-district' }]);
    expect(grant('expert')).toEqual([{ role: 'expert', unitKey: 'center-district' }]);
    expect(grant('enterprise')).toEqual([{ role: 'enterprise_liaison', unitKey: DEMO_KEYS.stationMeike }]);
    const meike = d.stations.find((s) => s.key === DEMO_KEYS.stationMeike);
    expect(meike?.kind).toBe('enterprise_station');
    expect(d.enterprises.find((e) => e.key === meike?.enterpriseKey)?.name).toContain('美科');
    const mingde = d.compounds.find((c) => c.name === '明德花园');
    expect(grant('property')).toEqual([{ role: 'property_manager', unitKey: mingde?.communityKey }]);

    const [expert0] = d.experts;
    expect(expert0?.username).toBe('expert');
    expect(staff.get('expert')?.displayName).toBe(expert0?.name);
    for (const e of d.experts) if (e.username !== undefined) expect(grant(e.username)).toEqual([{ role: 'expert', unitKey: 'center-district' }]);
  });

  it("gives the 'grid' account exactly one grid, in 团结大街街道", () => {
    const account = d.staff.find((s) => s.username === 'grid');
    expect(account?.roles).toHaveLength(1);
    const [role] = account!.roles;
    expect(role?.role).toBe('grid_worker');
    const grid = d.grids.find((g) => g.key === role?.unitKey);
    const community = d.communities.find((c) => c.key === grid?.communityKey);
    expect(community?.streetKey).toBe(DEMO_KEYS.streetTuanjie);
    const members = d.gridMembers.filter((m) => m.username === 'grid');
    expect(members).toHaveLength(1);
    expect(members[0]).toMatchObject({ gridKey: grid!.key, role: 'grid_worker', name: account!.displayName, phone: account!.phone });
    expect(d.staff.filter((s) => s.roles.some((r) => r.role === 'grid_worker'))).toHaveLength(1);
  });

  it('has the seed places: centers, stations, compounds', () => {
    expect(d.centers.map((c) => [c.key, c.name])).toEqual([
      ['center-district', '昆都仑区综治中心'],
      ['center-devzone', '包头昆都仑经济技术开发区综治中心'],
    ]);
    expect(d.stations.find((s) => s.name === '银耀鹿城调解工作站')?.kind).toBe('station');
    const enterpriseStations = d.stations.filter((s) => s.kind === 'enterprise_station');
    expect(enterpriseStations.map((s) => s.name)).toEqual(['美科驻企综治工作站', '通威驻企综治工作站', '协鑫驻企综治工作站']);
    for (const s of enterpriseStations) expect(s.centerKey).toBe('center-devzone');

    const streetName = (key: string): string | undefined => d.streets.find((s) => s.key === key)?.name;
    const mingde = d.compounds.filter((c) => c.name === '明德花园');
    expect(mingde).toHaveLength(1);
    expect(streetName(mingde[0]!.streetKey)).toBe('昆北街道');
    const jingtai = d.compounds.filter((c) => c.name === '景泰花园');
    expect(jingtai).toHaveLength(1);
    expect(jingtai[0]).toMatchObject({ households: 531, publicRental: true });
    expect(streetName(jingtai[0]!.streetKey)).toBe('团结大街街道');
    expect(d.compounds.length).toBeGreaterThanOrEqual(150);
    expect(d.compounds.length).toBeLessThanOrEqual(250);
    expect(new Set(d.compounds.map((c) => c.name)).size).toBe(d.compounds.length);
  });

  it('staffs the centers by tier as the seed says', () => {
    for (const center of d.centers) {
      const deps = d.departments.filter((x) => x.centerKey === center.key);
      const tierOf = (type: string): string[] => deps.filter((x) => x.type === type).map((x) => x.staffingTier);
      for (const t of ['judicial_office', 'police_station', 'market_regulation']) expect(tierOf(t)).toContain('resident');
      for (const t of ['court', 'procuratorate', 'human_resources']) expect(tierOf(t)).toContain('rotating');
      const lawFirms = deps.filter((x) => x.type === 'law_firm');
      expect(lawFirms.length).toBeGreaterThanOrEqual(3);
      expect(lawFirms.length).toBeLessThanOrEqual(4);
      for (const f of lawFirms) expect(f.name).toMatch(/律师事务所$/);
      expect(deps.some((x) => x.type === 'social_organization')).toBe(true);
    }
    for (const dep of d.departments) {
      if (dep.staffingTier === 'resident') expect(dep.rosterWeekdays).toEqual([1, 2, 3, 4, 5]);
      if (dep.staffingTier === 'rotating') {
        expect(dep.rosterWeekdays.length).toBeGreaterThan(0);
        expect(dep.rosterWeekdays.length).toBeLessThan(5);
        for (const w of dep.rosterWeekdays) expect(w >= 1 && w <= 5).toBe(true);
      }
      if (dep.staffingTier === 'on_call') expect(dep.rosterWeekdays).toEqual([]);
    }
    const types = new Set(d.departments.map((x) => x.type));
    for (const t of ['political_legal_committee', 'womens_federation', 'housing_bureau', 'family_education_center', 'employment_training', 'court']) {
      expect(types.has(t as (typeof d.departments)[number]['type'])).toBe(true);
    }
    expect(d.departments.find((x) => x.type === 'court' && x.name === '昆都仑区人民法院')?.staffingTier).toBe('on_call');
  });

  it('has one liaison per department', () => {
    for (const dep of d.departments) {
      const liaisons = d.staff.filter((s) => s.roles.some((r) => r.role === 'department_liaison' && r.unitKey === dep.key));
      expect(liaisons).toHaveLength(1);
      expect(liaisons[0]?.username).toMatch(/^dept-[a-z-]+-\d{2}$/);
    }
    expect(d.staff.some((s) => s.username === 'dept-judicial-01')).toBe(true);
    const mediators = d.staff.filter((s) => s.roles.some((r) => r.role === 'mediator'));
    expect(mediators.length).toBeGreaterThanOrEqual(12);
    const names = d.staff.map((s) => s.displayName);
    expect(new Set(names).size).toBe(names.length);
  });

  it('registers enterprises with valid, unique USCCs, including 美科, 通威, 协鑫', () => {
    expect(d.enterprises.length).toBeGreaterThanOrEqual(8);
    for (const e of d.enterprises) {
      expect(isValidUscc(e.uscc), e.uscc).toBe(true);
      expect(e.uscc.slice(2, 8)).toBe('150203');
    }
    expect(new Set(d.enterprises.map((e) => e.uscc)).size).toBe(d.enterprises.length);
    for (const brand of ['美科', '通威', '协鑫']) {
      const e = d.enterprises.find((x) => x.name.includes(brand));
      expect(e?.park).toBe('包头昆都仑经济技术开发区');
      expect(e?.stationKey).toBeDefined();
    }
  });

  it('has about 30 generated experts of all four kinds', () => {
    expect(d.experts.length).toBeGreaterThanOrEqual(25);
    expect(new Set(d.experts.map((e) => e.kind))).toEqual(new Set(['lawyer', 'legal_scholar', 'psychologist', 'retired_judge']));
    expect(d.experts[0]?.kind).toBe('retired_judge');
    for (const e of d.experts) {
      expect(e.name).not.toBe('周文玉');
      expect(e.specialties.length).toBeGreaterThan(0);
      for (const s of e.specialties) expect(Object.keys(CATEGORY_LABELS)).toContain(s);
      expect(e.serviceModes.length).toBeGreaterThan(0);
      expect(e.years).toBeGreaterThan(0);
      expect(e.bio.length).toBeGreaterThan(10);
    }
    const realPeople = ['刘卓鑫', '周文玉', '郭星宇'];
    const everyone = [...d.staff.map((s) => s.displayName), ...d.gridMembers.map((m) => m.name), ...d.experts.map((e) => e.name)];
    for (const name of realPeople) expect(everyone).not.toContain(name);
  });

  it('tiles the plane with grids: no overlaps, no gaps, communities and streets contiguous', () => {
    const rects = d.grids.map(rectOf);
    for (const g of d.grids) expect(g.polygon).toHaveLength(4);
    for (const [x0, y0, x1, y1] of rects) {
      expect(x0 >= 0 && y0 >= 0 && x1 <= 1000 && y1 <= 1000 && x1 > x0 && y1 > y0).toBe(true);
    }
    expect(rects.reduce((a, r) => a + area(r), 0)).toBeCloseTo(1_000_000, 3);

    // Sweep along x: only pairs whose x-ranges overlap are compared.
    const order = rects.map((r, i) => i).sort((a, b) => rects[a]![0] - rects[b]![0]);
    const eps = 1e-9;
    for (let i = 0; i < order.length; i++) {
      const a = rects[order[i]!]!;
      for (let j = i + 1; j < order.length; j++) {
        const b = rects[order[j]!]!;
        if (b[0] >= a[2] - eps) break;
        const overlaps = a[0] < b[2] - eps && b[0] < a[2] - eps && a[1] < b[3] - eps && b[1] < a[3] - eps;
        expect(overlaps, `${d.grids[order[i]!]!.key} × ${d.grids[order[j]!]!.key}`).toBe(false);
      }
    }

    // A group is contiguous here when its grids fill their bounding box exactly.
    const fillsBox = (gs: readonly DemoGrid[]): boolean => {
      const rs = gs.map(rectOf);
      const box = [Math.min(...rs.map((r) => r[0])), Math.min(...rs.map((r) => r[1])), Math.max(...rs.map((r) => r[2])), Math.max(...rs.map((r) => r[3]))];
      return Math.abs(area(box) - rs.reduce((a, r) => a + area(r), 0)) < 1e-3;
    };
    const communityOf = new Map(d.communities.map((c) => [c.key, c.streetKey]));
    for (const c of d.communities) expect(fillsBox(d.grids.filter((g) => g.communityKey === c.key)), c.name).toBe(true);
    for (const s of d.streets) expect(fillsBox(d.grids.filter((g) => communityOf.get(g.communityKey) === s.key)), s.name).toBe(true);
  });

  it('is deterministic: same seed, same district; another seed, other names', () => {
    expect(generateDistrict(DEMO_SEED)).toEqual(d);
    expect(generateDistrict()).toEqual(generateDistrict(DEMO_SEED));
    const other = generateDistrict(42);
    expect(other.grids).toHaveLength(GRID_COUNT);
    expect(other.staff.map((s) => s.displayName)).not.toEqual(d.staff.map((s) => s.displayName));
    expect(other.communities.map((c) => c.name)).not.toEqual(d.communities.map((c) => c.name));
    expect(other.staff.map((s) => s.username)).toEqual(d.staff.map((s) => s.username));
  });

  it('property: any seed yields 997 grids and the demo accounts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const x = generateDistrict(seed);
        expect(x.grids).toHaveLength(GRID_COUNT);
        expect(x.staff.filter((s) => (DEMO_USERNAMES as readonly string[]).includes(s.username))).toHaveLength(DEMO_USERNAMES.length);
        expect(x.compounds.filter((c) => c.name === '景泰花园')).toHaveLength(1);
      }),
      { numRuns: 5 },
    );
  });

  it('generates the whole district in well under a second', () => {
    const t0 = performance.now();
    generateDistrict(DEMO_SEED + 1);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
