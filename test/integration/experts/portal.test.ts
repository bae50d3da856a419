import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counts, getCase } from '../cases/helpers.js';
import { type ExpertWorld, expertWorld, notificationsOf, respond, rows } from './helpers.js';

/** 双向选择 on the portal: the resident picks experts when filing; the tracking page shows each answer. */
describe('portal filing with experts', () => {
  let w: ExpertWorld;
  let ipSeq = 1;
  const freshIp = () => `198.51.100.${ipSeq++}`;

  beforeAll(async () => {
    w = await expertWorld();
  });
  afterAll(() => w.t.close());

  const post = (url: string, payload: unknown) => w.t.app.inject({ method: 'POST', url, payload: payload as object, remoteAddress: freshIp() });
  const filing = (expertIds: unknown, over: Record<string, unknown> = {}) => ({
    description: '结婚八年，丈夫长期酗酒，近期提出离婚，孩子抚养和房产分割谈不拢，希望有专家帮忙调解。',
    serviceMode: 'online',
    category: 'family',
    applicant: { name: '李桂芳', phone: '13722223333' },
    respondent: { kind: 'person', name: '王强' },
    expertIds,
    ...over,
  });
  const caseOf = async (code: string) => (await w.t.database.db.selectFrom('cases').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const track = async (code: string) => {
    const res = await post('/api/portal/track', { code, phone: '13722223333' });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { experts: { name: string; status: string; lead: boolean; proposedBy: string; replacesName: string | null; replacementName: string | null }[] };
  };

  it('refuses bad picks naming expertIds and creates nothing', async () => {
    const tables = ['cases', 'parties', 'case_events', 'case_experts', 'notifications'] as const;
    const before = await counts(w.t, [...tables]);
    const cases: [unknown, RegExp][] = [
      [['00000000-0000-4000-8000-000000000000'], /不存在/],
      [[w.ex.away], /孙海涛（暂停接案）/],
      [[w.ex.offlineLawyer], /冯国栋（不提供所选服务方式）/],
      [[w.ex.judge, w.ex.psy, w.ex.lawyer, w.ex.psy2], /最多可选择 3 位专家/],
      [[w.ex.judge, w.ex.judge], /只能选择一次/],
    ];
    for (const [ids, text] of cases) {
      const res = await post('/api/portal/cases', filing(ids));
      expect(res.statusCode, res.body).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['expertIds']);
      expect(res.json().error.fields.expertIds).toMatch(text);
    }
    const notUuid = await post('/api/portal/cases', filing(['judge']));
    expect(notUuid.statusCode).toBe(400);
    expect(Object.keys(notUuid.json().error.fields)[0]).toMatch(/^expertIds/);
    expect(await counts(w.t, [...tables])).toEqual(before);
  });

  it('invites the picked experts in the same transaction as the registration', async () => {
    const res = await post('/api/portal/cases', filing([w.ex.judge, w.ex.psy]));
    expect(res.statusCode, res.body).toBe(201);
    const id = await caseOf(res.json().code);
    const r = await rows(w, id);
    expect(r.map((x) => [x.expert_id, x.status, x.proposed_by, x.lead]).sort()).toEqual([
      [w.ex.judge, 'proposed', 'party', false],
      [w.ex.psy, 'proposed', 'party', false],
    ].sort());
    expect(r.every((x) => new Date(x.respond_by!).toISOString() === new Date('2026-03-02T17:00:00+08:00').toISOString())).toBe(true);
    const c = await getCase(w.dispatcher, id);
    expect(c.timeline.filter((e) => e.type === 'expert_proposed').map((e) => [e.actorName, e.data.proposedBy])).toEqual([
      ['群众（网上申请）', 'party'],
      ['群众（网上申请）', 'party'],
    ]);
    expect((await notificationsOf(w, w.userOf.judge)).filter((n) => n.case_id === id).map((n) => n.kind)).toEqual(['expert_invited']);
    expect((await track(res.json().code)).experts.map((e) => [e.name, e.status]).sort()).toEqual([
      ['苏婉清', 'proposed'],
      ['高德明', 'proposed'],
    ].sort());
  });

  it('files without experts as before', async () => {
    const res = await post('/api/portal/cases', filing(undefined));
    expect(res.statusCode, res.body).toBe(201);
    expect(await rows(w, await caseOf(res.json().code))).toEqual([]);
    expect((await track(res.json().code)).experts).toEqual([]);
  });

  it('shows the resident who accepted, who leads, and who was invited for one who declined', async () => {
    const res = await post('/api/portal/cases', filing([w.ex.psy2, w.ex.lawyer]));
    const code = res.json().code as string;
    const id = await caseOf(code);
    expect((await respond(w.as.lawyer, id, w.ex.lawyer, 'accepted')).statusCode).toBe(200);
    expect((await respond(w.as.psy2, id, w.ex.psy2, 'declined', '本周外出培训')).statusCode).toBe(200);
    const experts = (await track(code)).experts;
    expect(experts.find((e) => e.name === '周立新')).toMatchObject({ status: 'accepted', lead: true, proposedBy: 'party' });
    expect(experts.find((e) => e.name === '韩静怡')).toMatchObject({ status: 'declined', replacementName: '苏婉清' });
    expect(experts.find((e) => e.name === '苏婉清')).toMatchObject({ status: 'proposed', proposedBy: 'fallback', replacesName: '韩静怡' });
    // No reasons on the portal.
    expect(JSON.stringify(experts)).not.toContain('培训');
  });
});
