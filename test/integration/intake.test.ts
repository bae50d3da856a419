import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar, usccCheckChar } from '../../src/domain/identity.js';
import { type Agent, createTestApp, login, type TestApp } from '../support/app.js';
import { makeDistrict, makeUser, PASSWORD } from '../support/factories.js';

const APPLICANT_ID = '15020319800101123' + idNumberCheckChar('15020319800101123');
const OTHER_ID = '15020419900202456' + idNumberCheckChar('15020419900202456');
const COMPANY_USCC = '91150200MA0N77777' + usccCheckChar('91150200MA0N77777');
const ADDRESS = '甲街道景泰花园3栋2单元1203';
const FIRST_ACCOUNT = '景泰花园物业公司突然把地面停车费从每月一百元涨到两百元，没有召开业主大会，也没有公示收费依据，业主多次找物业协商无果。';

type Related = { id: string; code: string; title: string; status: string; registeredAt: string; reason: string; score: number };

describe('POST /api/intake/suggest (SPEC §6)', () => {
  let t: TestApp;
  let d: Awaited<ReturnType<typeof makeDistrict>>;
  let dispatcher: Agent;
  let gridWorker: Agent;
  let otherGridWorker: Agent;
  let first: { id: string; code: string };
  let second: { id: string; code: string };

  beforeAll(async () => {
    t = await createTestApp();
    d = await makeDistrict(t.ctx);
    await makeUser(t.ctx, 'intake_dispatcher', [{ role: 'dispatcher', unitId: d.center.id }]);
    await makeUser(t.ctx, 'intake_grid1', [{ role: 'grid_worker', unitId: d.grid1.id }]);
    await makeUser(t.ctx, 'intake_gridB', [{ role: 'grid_worker', unitId: d.gridB.id }]);
    dispatcher = await login(t.app, 'intake_dispatcher', PASSWORD);
    gridWorker = await login(t.app, 'intake_grid1', PASSWORD);
    otherGridWorker = await login(t.app, 'intake_gridB', PASSWORD);

    const register = async (description: string, category: string) => {
      const res = await dispatcher.post('/api/cases', {
        channel: 'window',
        description,
        category,
        gridId: d.grid1.id,
        address: ADDRESS,
        parties: [
          { role: 'applicant', kind: 'person', name: '王建国', idNumber: APPLICANT_ID, phone: '13800138000' },
          { role: 'respondent', kind: 'organization', name: '包头市景泰物业服务有限公司', uscc: COMPANY_USCC },
        ],
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; code: string };
    };
    first = await register(FIRST_ACCOUNT, 'property_management');
    t.clock.advanceMinutes(1);
    second = await register('楼上邻居家卫生间漏水，把我家厨房顶棚泡坏了，邻居说不是他家的问题，不让进去查看。', 'neighbour');
  });
  afterAll(() => t?.close());

  const suggest = (agent: Agent, body: unknown) => agent.post('/api/intake/suggest', body);

  it('is a look-up, not a change: a suggestion writes no audit row', async () => {
    const count = async () => Number((await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    expect((await suggest(dispatcher, { text: '邻居装修噪音太大' })).statusCode).toBe(200);
    expect(await count()).toBe(before);
  });
  const relatedOf = (res: { json(): unknown }) => (res.json() as { related: Related[] }).related;

  it('suggests top-3 categories, a risk level with signs, and related cases', async () => {
    const res = await suggest(dispatcher, { text: '物业公司乱涨停车费，业主很不满，已经协商了好几次' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.categories).toHaveLength(3);
    expect(body.categories[0].code).toBe('property_management');
    expect(body.categories[0].score).toBeGreaterThanOrEqual(body.categories[1].score);
    expect(body.risk).toMatchObject({ level: expect.stringMatching(/^(low|medium|high)$/), score: expect.any(Number), signs: expect.any(Array) });
    expect(body.truncated).toBe(false);
    expect(Array.isArray(body.related)).toBe(true);
  });

  it('a high-risk account is flagged high', async () => {
    const res = await suggest(dispatcher, { text: '包工头拖欠三十多名工人工资，工人们聚集在工地门口拉横幅，有人扬言要跳楼' });
    expect(res.statusCode).toBe(200);
    expect(res.json().risk.level).toBe('high');
    expect(res.json().risk.signs.length).toBeGreaterThan(0);
  });

  it('the same applicant ID number finds both earlier cases, reason same_party', async () => {
    const res = await suggest(dispatcher, { text: '申请人又来反映停车费的问题', parties: [{ name: '王建国', idNumber: APPLICANT_ID }] });
    expect(res.statusCode, res.body).toBe(200);
    const related = relatedOf(res);
    const earlier = related.find((r) => r.id === first.id);
    expect(earlier).toMatchObject({ code: first.code, reason: 'same_party', status: 'registered', score: 1 });
    expect(related.find((r) => r.id === second.id)?.reason).toBe('same_party');
    expect(earlier!.title).not.toContain('王建国');
    expect(new Date(earlier!.registeredAt).toISOString()).toBe(earlier!.registeredAt);
  });

  it('the ID number typed in lower case or with spaces still matches; a half-typed one is ignored, not refused', async () => {
    const lower = await suggest(dispatcher, { text: '咨询', parties: [{ idNumber: ` ${APPLICANT_ID.toLowerCase()} ` }] });
    expect(relatedOf(lower).some((r) => r.id === first.id && r.reason === 'same_party')).toBe(true);
    const partial = await suggest(dispatcher, { text: '咨询', parties: [{ idNumber: APPLICANT_ID.slice(0, 10) }] });
    expect(partial.statusCode).toBe(200);
    expect(relatedOf(partial).some((r) => r.reason === 'same_party')).toBe(false);
  });

  it('the same respondent organisation (by credit code) is reason same_respondent', async () => {
    const res = await suggest(dispatcher, { text: '物业公司不公开公共收益', parties: [{ name: '包头市景泰物业服务有限公司', uscc: COMPANY_USCC, kind: 'organization', role: 'respondent' }] });
    expect(res.statusCode).toBe(200);
    expect(relatedOf(res).find((r) => r.id === first.id)?.reason).toBe('same_respondent');
  });

  it('the same address or compound is reason same_address', async () => {
    const exact = await suggest(dispatcher, { text: '家里暖气不热', address: ADDRESS, parties: [{ idNumber: OTHER_ID }] });
    expect(relatedOf(exact).find((r) => r.id === first.id)).toMatchObject({ reason: 'same_address', score: 0.9 });
    const compound = await suggest(dispatcher, { text: '家里暖气不热', address: '景泰花园9栋1单元101' });
    expect(relatedOf(compound).find((r) => r.id === first.id)?.reason).toBe('same_address');
  });

  it('a similar account is reason similar_text', async () => {
    const res = await suggest(dispatcher, { text: FIRST_ACCOUNT.replace('两百元', '二百元') });
    const hit = relatedOf(res).find((r) => r.id === first.id);
    expect(hit?.reason).toBe('similar_text');
    expect(hit!.score).toBeGreaterThan(0.3);
  });

  it('related cases are best first and at most 10', async () => {
    const res = await suggest(dispatcher, { text: FIRST_ACCOUNT, address: ADDRESS, parties: [{ idNumber: APPLICANT_ID }] });
    const related = relatedOf(res);
    expect(related.length).toBeLessThanOrEqual(10);
    for (let i = 1; i < related.length; i++) expect(related[i - 1]!.score).toBeGreaterThanOrEqual(related[i]!.score);
    expect(new Set(related.map((r) => r.id)).size).toBe(related.length);
  });

  it('only cases the caller may see: the grid worker of the grid sees them, a grid worker of another grid does not', async () => {
    const body = { text: '申请人反映停车费的问题', parties: [{ idNumber: APPLICANT_ID }], address: ADDRESS };
    const own = await suggest(gridWorker, body);
    expect(own.statusCode).toBe(200);
    expect(relatedOf(own).some((r) => r.id === first.id)).toBe(true);
    const other = await suggest(otherGridWorker, body);
    expect(other.statusCode).toBe(200);
    expect(relatedOf(other)).toEqual([]);
    const similar = await suggest(otherGridWorker, { text: FIRST_ACCOUNT });
    expect(relatedOf(similar).some((r) => r.id === first.id)).toBe(false);
  });

  it('an empty or blank text is 400 with the field named', async () => {
    for (const text of ['', '   ']) {
      const res = await suggest(dispatcher, { text });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.fields).toHaveProperty('text');
    }
    const missing = await suggest(dispatcher, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toHaveProperty('text');
  });

  it('a very long text is analysed on its first 5,000 characters: truncated', async () => {
    const res = await suggest(dispatcher, { text: '小区物业乱收费，业主们意见很大。'.repeat(500) });
    expect(res.statusCode).toBe(200);
    expect(res.json().truncated).toBe(true);
    expect(res.json().categories[0].code).toBe('property_management');
  });

  it('English-only, emoji-only and digit-only texts get an answer, not a crash', async () => {
    for (const text of ['My landlord kept my deposit', '😡😡😡', '13800138000']) {
      const res = await suggest(dispatcher, { text });
      expect(res.statusCode, text).toBe(200);
      expect(res.json().categories).toHaveLength(3);
    }
  });

  it('401 without a session', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/intake/suggest', payload: { text: '物业乱收费' } });
    expect(res.statusCode).toBe(401);
    const blank = await t.app.inject({ method: 'POST', url: '/api/intake/suggest', payload: { text: '' } });
    expect(blank.statusCode).toBe(401);
  });
});

describe('POST /api/intake/suggest: related cases by phone, organisation name, compound and repeated account', () => {
  const PHONE = '13912345678';
  const COMPANY = '包头市翠湖物业服务有限公司';
  const ACCOUNT = '翠湖苑7号楼的电梯半年里坏了十几次，上个月把一位老人困在里面一个多小时，物业一直说在等配件，维修基金也不公开，业主们要求物业限期修好并公开账目。';
  let t: TestApp;
  let dispatcher: Agent;
  let otherGridWorker: Agent;
  let earlier: { id: string; code: string };
  let compoundId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const d = await makeDistrict(t.ctx);
    compoundId = (
      await t.database.db
        .insertInto('compounds')
        .values({ name: '翠湖苑', street_id: d.streetA.id, community_id: d.communityA.id, households: 600, property_company: COMPANY })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await makeUser(t.ctx, 'intake2_dispatcher', [{ role: 'dispatcher', unitId: d.center.id }]);
    await makeUser(t.ctx, 'intake2_gridB', [{ role: 'grid_worker', unitId: d.gridB.id }]);
    dispatcher = await login(t.app, 'intake2_dispatcher', PASSWORD);
    otherGridWorker = await login(t.app, 'intake2_gridB', PASSWORD);
    const res = await dispatcher.post('/api/cases', {
      channel: 'window',
      category: 'property_management',
      description: ACCOUNT,
      gridId: d.grid1.id,
      address: '甲街道翠湖苑7号楼2单元301',
      parties: [
        { role: 'applicant', kind: 'person', name: '刘桂兰', phone: PHONE },
        { role: 'respondent', kind: 'organization', name: COMPANY },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    earlier = res.json();
    t.clock.advanceMinutes(5);
  });
  afterAll(() => t?.close());

  const related = async (agent: Agent, body: unknown) => {
    const res = await agent.post('/api/intake/suggest', body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { related: Related[]; truncated: boolean; massWarning?: unknown };
  };
  const earlierIn = (r: { related: Related[] }) => r.related.find((x) => x.id === earlier.id);

  it('the registration found the compound from the address', async () => {
    const row = await t.database.db.selectFrom('cases').select('compound_id').where('id', '=', earlier.id).executeTakeFirstOrThrow();
    expect(row.compound_id).toBe(compoundId);
  });

  it('the same phone is same_party (0.85); the same organisation by name is same_respondent (0.8)', async () => {
    expect(earlierIn(await related(dispatcher, { text: '电梯又坏了', parties: [{ name: '刘桂兰', phone: PHONE }] }))).toMatchObject({ reason: 'same_party', score: 0.85 });
    expect(earlierIn(await related(dispatcher, { text: '物业不修电梯', parties: [{ name: COMPANY, kind: 'organization', role: 'respondent' }] }))).toMatchObject({
      reason: 'same_respondent',
      score: 0.8,
    });
  });

  it('a registered compound named only in the account is the same place', async () => {
    expect(earlierIn(await related(dispatcher, { text: '我家住翠湖苑，楼道里的灯坏了一个月没人修' }))).toMatchObject({ reason: 'same_address', score: 0.65 });
  });

  it('a returning account is found by its text even inside a very long, truncated one; another dispute of the same kind is not "similar"', async () => {
    // (without the compound's name, which would make it the same place first)
    const long = await related(dispatcher, { text: `${ACCOUNT.replace('翠湖苑', '我们小区')}现在电梯还是没修好。${'补充说明：业主们每天爬楼，老人出不了门。'.repeat(400)}` });
    expect(long.truncated).toBe(true);
    expect(earlierIn(long)).toMatchObject({ reason: 'similar_text' });
    expect(earlierIn(long)!.score).toBeGreaterThanOrEqual(0.4);
    const other = await related(dispatcher, { text: '小区物业把绿地改成了停车位，收费也不公示，业主们意见很大，要求恢复绿地。' });
    expect(earlierIn(other)).toBeUndefined();
  });

  it('none of it reaches a caller outside the scope of the case', async () => {
    for (const body of [
      { text: '电梯又坏了', parties: [{ phone: PHONE }] },
      { text: '物业不修电梯', parties: [{ name: COMPANY, kind: 'organization', role: 'respondent' }] },
      { text: '我家住翠湖苑，楼道里的灯坏了一个月没人修' },
      { text: ACCOUNT },
    ]) expect(earlierIn(await related(otherGridWorker, body))).toBeUndefined();
  });

  it('with a respondent hint the 涉众 warning comes along, and the related cases stay', async () => {
    const res = await related(dispatcher, { text: '物业不修电梯', respondent: { name: COMPANY }, parties: [{ phone: PHONE }] });
    expect(res.massWarning).toBeDefined();
    expect(earlierIn(res)).toMatchObject({ reason: 'same_party' });
  });
});
