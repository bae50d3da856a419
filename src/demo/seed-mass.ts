/**
 * 涉众 demo data: every demo case whose address names a compound gets its compound_id,
 * and a fresh cluster — five open property-management complaints against the property
 * company of 明德花园, 37 people, registered over the last two weeks and not yet gathered —
 * makes the mass-dispute warning visible at once (「同一小区『明德花园』30 日内 5 件，涉及 37 人」).
 * Deterministic for a given district and `now`; people are fictional.
 */
import { type Insertable, type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import { SHIPPED_CALENDAR } from '../domain/calendar/holidays.js';
import { addWorkingMinutes, createWorkingCalendar, isWorkingDay, localDate, type WorkingCalendar } from '../domain/calendar/working-calendar.js';
import { caseDeadlines } from '../domain/case/deadlines.js';
import { DEFAULT_CASE_POLICY } from '../domain/case/policy.js';
import { SHIPPED_CATEGORIES } from '../domain/case/taxonomy.js';
import { idNumberCheckChar, usccCheckChar } from '../domain/identity.js';
import { assessRisk } from '../domain/intake/risk.js';
import { DEMO_KEYS, type DemoDistrict } from './district.js';

const DAY_MS = 86_400_000;

interface ClusterCase {
  time: string;
  channel: 'window' | 'hotline';
  status: 'handling' | 'accepted';
  people: number;
  urgency: 'normal' | 'urgent';
  applicant: { name: string; birth: string; phone: string };
  building: string;
  description: string;
}

/** Oldest first. The account of each is what owners tell the window or the hotline. */
export const MASS_DEMO_CLUSTER: readonly ClusterCase[] = [
  {
    time: '09:12',
    channel: 'window',
    status: 'handling',
    people: 12,
    urgency: 'urgent',
    applicant: { name: '王秀兰', birth: '19580314', phone: '13604721836' },
    building: '12栋1单元302',
    description: '明德花园12号楼、13号楼业主代表来访反映：自上月起两部电梯频繁停运，报修后物业公司迟迟不派人维修，楼内多位七八十岁的老人只能爬楼，要求物业公司限期修复电梯并公开维修资金使用情况。',
  },
  {
    time: '10:35',
    channel: 'hotline',
    status: 'handling',
    people: 8,
    urgency: 'normal',
    applicant: { name: '赵国强', birth: '19760822', phone: '13947205518' },
    building: '5栋2单元101',
    description: '来电人称明德花园地下车库长期积水，照明大面积损坏，车辆被泡，物业公司仍按原标准收取停车管理费。同楼栋8户车主要求减免费用、赔偿损失并尽快整改。',
  },
  {
    time: '14:20',
    channel: 'window',
    status: 'handling',
    people: 5,
    urgency: 'normal',
    applicant: { name: '刘桂芳', birth: '19650407', phone: '15804723390' },
    building: '3栋3单元502',
    description: '业主反映物业公司未经业主大会同意，将小区广场和绿地出租给商户摆摊、设置广告牌，公共收益去向不明，要求物业公司公开近两年公共收益账目并将收益归全体业主所有。',
  },
  {
    time: '15:48',
    channel: 'hotline',
    status: 'accepted',
    people: 7,
    urgency: 'normal',
    applicant: { name: '陈建华', birth: '19810130', phone: '18647216472' },
    building: '7栋1单元602',
    description: '来电反映明德花园7号楼楼道窗户破损、单元门禁损坏已两个多月，入冬后楼道寒冷，多次向物业公司报修均无人处理。7户业主要求物业公司履行维修义务，否则拒交物业费。',
  },
  {
    time: '09:05',
    channel: 'window',
    status: 'accepted',
    people: 5,
    urgency: 'normal',
    applicant: { name: '孙丽娟', birth: '19870619', phone: '13514727045' },
    building: '9栋2单元201',
    description: '业主反映物业公司近期擅自上调物业费，保洁和垃圾清运却不按约定进行，部分业主拒交上调部分后被物业公司停用门禁卡，双方矛盾激化，请求综治中心组织调解。',
  },
];

/** Working days before `now`'s date, oldest first: spread over the last 13 days, reaching further back only when holidays leave too few. */
function clusterDays(cal: WorkingCalendar, now: Date, count: number): string[] {
  const pool: string[] = []; // newest first
  for (let back = 1; back <= 60 && (back <= 13 || pool.length < count); back++) {
    const day = localDate(cal, new Date(now.getTime() - back * DAY_MS));
    if (isWorkingDay(cal, day)) pool.push(day);
  }
  return Array.from({ length: count }, (_, i) => pool[Math.round(((count - 1 - i) * (pool.length - 1)) / (count - 1))]!);
}

const at = (cal: WorkingCalendar, day: string, time: string) => new Date(Date.parse(`${day}T${time}:00Z`) - cal.utcOffsetMinutes * 60_000);

/** Sets compound_id on every case whose address names a compound of its community (the longest name). */
async function backfillCompounds(trx: Kysely<DB>): Promise<void> {
  await sql`
    UPDATE cases c SET compound_id = (
      SELECT k.id FROM compounds k
      WHERE k.community_id = c.community_id AND char_length(k.name) >= 2 AND strpos(c.address, k.name) > 0
      ORDER BY char_length(k.name) DESC, k.name LIMIT 1)
    WHERE c.compound_id IS NULL AND c.address IS NOT NULL AND c.community_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM compounds k WHERE k.community_id = c.community_id AND char_length(k.name) >= 2 AND strpos(c.address, k.name) > 0)`.execute(trx);
}

export async function seedMassDisputeDemo(trx: Kysely<DB>, d: DemoDistrict, ids: ReadonlyMap<string, string>, now: Date): Promise<void> {
  await backfillCompounds(trx);

  const cal = createWorkingCalendar(SHIPPED_CALENDAR);
  const compound = d.compounds.find((c) => c.key === DEMO_KEYS.compoundMingde)!;
  const street = d.streets.find((s) => s.key === compound.streetKey)!;
  const grids = d.grids.filter((g) => g.communityKey === compound.communityKey).map((g) => g.key).sort();
  const center = d.centers.find((c) => c.key === DEMO_KEYS.centerDistrict)!;
  const staff = (username: string) => ({ id: ids.get(`user:${username}`)!, name: d.staff.find((s) => s.username === username)!.displayName });
  const dispatcher = staff('dispatcher');
  const mediator = staff('mediator');
  const handlingDays = SHIPPED_CATEGORIES.find((c) => c.code === 'property_management')!.handlingDays;

  // The respondent: the company's party of the demo year when it has one.
  const company =
    (await trx.selectFrom('parties').select('id').where('kind', '=', 'organization').where('name', '=', compound.propertyCompany).orderBy('created_at').executeTakeFirst())?.id ??
    (
      await trx
        .insertInto('parties')
        .values({ kind: 'organization', name: compound.propertyCompany, uscc: `${'91150203MA0MD0001'}${usccCheckChar('91150203MA0MD0001')}`, created_at: now, updated_at: now })
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  const days = clusterDays(cal, now, MASS_DEMO_CLUSTER.length);
  for (const [i, c] of MASS_DEMO_CLUSTER.entries()) {
    const registeredAt = at(cal, days[i]!, c.time);
    const routedAt = addWorkingMinutes(cal, registeredAt, 6);
    const acceptedAt = addWorkingMinutes(cal, registeredAt, 24);
    const startedAt = addWorkingMinutes(cal, registeredAt, 95);
    const year = Number(localDate(cal, registeredAt).slice(0, 4));
    const seq = await trx
      .insertInto('case_sequences')
      .values({ center_id: ids.get(center.key)!, year, last: 1 })
      .onConflict((oc) => oc.columns(['center_id', 'year']).doUpdateSet({ last: sql`case_sequences.last + 1` }))
      .returning('last')
      .executeTakeFirstOrThrow();
    const first17 = `150203${c.applicant.birth}${String(101 + i * 2).padStart(3, '0')}`;
    const address = `${street.name}${compound.name}${c.building}`;
    const applicant = await trx
      .insertInto('parties')
      .values({ kind: 'person', name: c.applicant.name, id_number: first17 + idNumberCheckChar(first17), phone: c.applicant.phone, address, created_at: registeredAt, updated_at: registeredAt })
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirstOrThrow();
    const title = `${c.applicant.name.slice(0, 1)}某某与${compound.propertyCompany}物业纠纷`;
    const events: { type: string; from: string | null; to: string; at: Date; actor: { id: string; name: string }; data: Record<string, unknown> }[] = [
      { type: 'registered', from: null, to: 'registered', at: registeredAt, actor: dispatcher, data: { channel: c.channel, categoryConfirmed: true } },
      {
        type: 'routed',
        from: 'registered',
        to: 'routed',
        at: routedAt,
        actor: dispatcher,
        data: { unitId: ids.get(center.key), unitName: center.name, userId: mediator.id, userName: mediator.name, explanation: `按类别分流至${center.name}（${mediator.name}）` },
      },
      { type: 'accepted', from: 'routed', to: 'accepted', at: acceptedAt, actor: mediator, data: {} },
    ];
    if (c.status === 'handling') events.push({ type: 'started', from: 'accepted', to: 'handling', at: startedAt, actor: mediator, data: {} });

    const row: Insertable<DB['cases']> = {
      code: `KDL-${year}-${String(seq.last).padStart(6, '0')}`,
      center_id: ids.get(center.key)!,
      channel: c.channel,
      category: 'property_management',
      title,
      description: c.description,
      address,
      district_id: ids.get(d.district.key)!,
      street_id: ids.get(street.key)!,
      community_id: ids.get(compound.communityKey)!,
      grid_id: ids.get(grids[i % grids.length]!)!,
      compound_id: ids.get(compound.key)!,
      people_count: c.people,
      urgency: c.urgency,
      risk_level: assessRisk(c.description).level,
      status: c.status,
      handling_unit_id: ids.get(center.key)!,
      assignee_id: mediator.id,
      registered_at: registeredAt,
      accepted_at: acceptedAt,
      registered_by: dispatcher.id,
      search_text: `${title} ${c.description} ${c.applicant.name} ${compound.propertyCompany}`,
      version: events.length,
      updated_at: events[events.length - 1]!.at,
    };
    const inserted = await trx.insertInto('cases').values(row).returning('id').executeTakeFirstOrThrow();
    await trx
      .insertInto('case_parties')
      .values([
        { case_id: inserted.id, party_id: applicant.id, role: 'applicant', ordinal: 0 },
        { case_id: inserted.id, party_id: company, role: 'respondent', ordinal: 1 },
      ])
      .execute();
    await trx
      .insertInto('case_events')
      .values(events.map((e, seqNo) => ({ case_id: inserted.id, seq: seqNo + 1, type: e.type, from_status: e.from, to_status: e.to, actor_id: e.actor.id, actor_name: e.actor.name, at: e.at, reason: null, data: JSON.stringify(e.data) })))
      .execute();
    const clocks = caseDeadlines(cal, DEFAULT_CASE_POLICY, { registeredAt, acceptedAt, handlingStartedAt: null, concludedAt: null, pauses: [], handlingDays }, now);
    await trx
      .insertInto('case_deadlines')
      .values(clocks.map((k) => ({ case_id: inserted.id, kind: k.kind, started_at: k.startedAt, due_at: k.dueAt, met_at: k.stoppedAt, breached: k.breached })))
      .execute();
  }
}
