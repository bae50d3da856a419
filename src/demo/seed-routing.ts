import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { RECEPTION_THEME_LABELS, RECEPTION_THEMES, type ReceptionTheme, THEME_CATEGORIES } from '../domain/reception/themes.js';
import { normalizeConditions, type RoutingConditions, type RoutingTarget } from '../domain/routing/rules.js';
import { DEMO_KEYS, type DemoDistrict } from './district.js';

interface DemoRule {
  center: string;
  name: string;
  conditions: RoutingConditions;
  target: RoutingTarget;
  note: string;
}

/** The department that hosts a theme when the reception-day table names none. */
const THEME_HOST: Record<ReceptionTheme, string> = {
  labour: 'hr',
  contract: 'court',
  property_rights: 'judicial',
  operations: 'market',
  rights_protection: 'market',
};

/**
 * The demo's routing rules (分流规则), in order, for both centers: group disputes and
 * large sums first, then the development-zone center's themed reception days, then by
 * category and territory. Deliberately no catch-all: whatever no rule takes waits in
 * the dispatcher queue (中心队列), as it would in a real center. Deterministic.
 */
export async function seedDemoRouting(trx: Kysely<DB>, d: DemoDistrict, ids: ReadonlyMap<string, string>, now: Date): Promise<void> {
  const id = (key: string) => {
    const v = ids.get(key);
    if (!v) throw new Error(`demo routing: unknown key ${key}`);
    return v;
  };
  const dept = (center: 'district' | 'devzone', short: string) => id(`dept-${center}-${short}`);
  const streetOf = (stationKey: string) => {
    const station = d.stations.find((s) => s.key === stationKey);
    const community = d.communities.find((c) => c.key === station?.communityKey);
    if (!community) throw new Error(`demo routing: no street for ${stationKey}`);
    return id(community.streetKey);
  };
  const district = id(DEMO_KEYS.centerDistrict);
  const devzone = id(DEMO_KEYS.centerDevzone);
  const least = (unitId: string): RoutingTarget => ({ unitId, assign: 'least_loaded' });
  const queue = (unitId: string): RoutingTarget => ({ unitId, assign: 'unit' });

  // The reception-day table may already name each theme's host; else the matching department.
  const themeRows = await trx.selectFrom('reception_themes').select(['theme', 'host_unit_id']).where('center_id', '=', devzone).execute();
  const hostOf = (theme: ReceptionTheme) => themeRows.find((t) => t.theme === theme)?.host_unit_id ?? dept('devzone', THEME_HOST[theme]);

  const rules: DemoRule[] = [];
  for (const [center, label, side] of [[district, '区综治中心', 'district'], [devzone, '开发区综治中心', 'devzone']] as const) {
    rules.push({
      center,
      name: '涉众纠纷 · 中心联席调度',
      conditions: { peopleCount: { min: 30 } },
      target: queue(center),
      note: `涉及 30 人以上的纠纷由${label}主任牵头联席调度，不直接分派到个人`,
    });
    rules.push({
      center,
      name: '大额纠纷 · 驻中心法庭',
      conditions: { amountFen: { min: 100_000_000 } },
      target: queue(dept(side, 'court')),
      note: '争议金额 100 万元以上，由法庭法官提前介入、诉调对接',
    });
  }
  for (const theme of RECEPTION_THEMES) {
    rules.push({
      center: devzone,
      name: `${RECEPTION_THEME_LABELS[theme]['zh-CN']}主题接待日 · 主办单位接待`,
      conditions: { categories: [...THEME_CATEGORIES[theme]], themedDay: true },
      target: least(hostOf(theme)),
      note: '主题接待日当天，本主题的企业诉求由主办单位坐班人员直接接待',
    });
  }
  rules.push(
    { center: devzone, name: '劳资纠纷 · 人社局驻开发区工作站', conditions: { categories: ['labour'] }, target: least(dept('devzone', 'hr')), note: '值班人员中在办最少者承办' },
    {
      center: devzone,
      name: '驻企工作站转来的经营、合同纠纷 · 开发区司法所',
      conditions: { categories: ['business', 'contract'], channels: ['enterprise_station'], requesterKinds: ['organization'] },
      target: least(dept('devzone', 'judicial')),
      note: '企业之间的经营、合同纠纷先行人民调解',
    },
    { center: devzone, name: '婚恋家庭纠纷 · 中心调解员', conditions: { categories: ['family'] }, target: least(devzone), note: '开发区综治中心专职调解员轮流承办' },
    { center: district, name: '劳资纠纷 · 人社局驻中心工作站', conditions: { categories: ['labour'] }, target: least(dept('district', 'hr')), note: '人社局轮驻日外，分至单位由联络员分派' },
    {
      center: district,
      name: '家事纠纷 · 和合家事调解工作站（少先路街道）',
      conditions: { categories: ['family'], territoryUnitIds: [streetOf('station-hehe')] },
      target: least(id('station-hehe')),
      note: '少先路街道辖区的婚恋家庭纠纷就近到和合家事调解工作站',
    },
    { center: district, name: '婚恋家庭纠纷 · 中心调解员', conditions: { categories: ['family'] }, target: least(district), note: '中心专职调解员中在办最少者承办' },
    {
      center: district,
      name: '邻里、物业纠纷 · 银耀鹿城调解工作站（阿尔丁大街街道）',
      conditions: { categories: ['neighbour', 'property_management'], territoryUnitIds: [streetOf(DEMO_KEYS.stationYinyao)] },
      target: least(id(DEMO_KEYS.stationYinyao)),
      note: '属地化解：街道有调解工作站的，就近分至工作站',
    },
    {
      center: district,
      name: '邻里、物业纠纷 · 昆北街道调解工作站',
      conditions: { categories: ['neighbour', 'property_management'], territoryUnitIds: [streetOf('station-kunbei')] },
      target: least(id('station-kunbei')),
      note: '属地化解：街道有调解工作站的，就近分至工作站',
    },
    {
      center: district,
      name: '物业纠纷 · 物业纠纷巡回调解工作站',
      conditions: { categories: ['property_management'] },
      target: least(id('station-wuye')),
      note: '其他街道的物业纠纷由巡回调解工作站到小区现场调解',
    },
    { center: district, name: '消费维权 · 驻中心市场监管所', conditions: { categories: ['consumer'], amountFen: { max: 5_000_000 } }, target: least(dept('district', 'market')), note: '5 万元以下的消费纠纷由市场监管所调解' },
  );

  const by = ids.get('user:admin') ?? null;
  await trx
    .insertInto('routing_rules')
    .values(
      rules.map((r, i) => ({
        center_id: r.center,
        name: r.name,
        position: (i + 1) * 10,
        enabled: true,
        conditions: JSON.stringify(normalizeConditions(r.conditions)),
        target: JSON.stringify(r.target),
        note: r.note,
        created_at: now,
        updated_at: now,
        updated_by: by,
      })),
    )
    .execute();
}
