import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, createTestApp, login, type TestApp } from '../support/app.js';
import { makeDistrict, makeUser, PASSWORD } from '../support/factories.js';

type Unit = { id: string; parentId: string | null; kind: string; name: string; code: string; childCount: number; version: number; ancestors?: { id: string; name: string; kind: string }[] };

let t: TestApp;
let d: Awaited<ReturnType<typeof makeDistrict>>;
let admin: Agent;
let adminEn: Agent;
let director: Agent;
let mediator: Agent;
let gridWorker: Agent;
let gridWorkerId: string;

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
const countOf = async (table: 'org_units' | 'users') => (await t.database.db.selectFrom(table).select('id').execute()).length;

beforeAll(async () => {
  t = await createTestApp();
  d = await makeDistrict(t.ctx);
  await makeUser(t.ctx, 'admin1', [{ role: 'admin', unitId: d.district.id }]);
  await makeUser(t.ctx, 'director1', [{ role: 'director', unitId: d.district.id }]);
  await makeUser(t.ctx, 'mediator1', [{ role: 'mediator', unitId: d.streetA.id }], { phone: '13912345678' });
  gridWorkerId = (await makeUser(t.ctx, 'gw1', [{ role: 'grid_worker', unitId: d.grid1.id }], { phone: '13812345678', displayName: '网格员一' })).id;
  admin = await login(t.app, 'admin1', PASSWORD);
  director = await login(t.app, 'director1', PASSWORD);
  mediator = await login(t.app, 'mediator1', PASSWORD);
  gridWorker = await login(t.app, 'gw1', PASSWORD);
  const en = await login(t.app, 'admin1', PASSWORD);
  adminEn = new Agent(t.app, en.cookie, en.csrfToken, 'en');
});
afterAll(() => t.close());

describe('org tree', () => {
  it('lists the roots and the children of a unit with child counts', async () => {
    const roots = await admin.get('/api/org/units');
    expect(roots.statusCode).toBe(200);
    expect(roots.json().items.map((u: Unit) => u.id)).toEqual([d.district.id]);
    expect(roots.json().items[0]).toMatchObject({ kind: 'district', name: '测试区', code: '990001', parentId: null, childCount: 3, version: 1 });

    const children = (await admin.get(`/api/org/units?parentId=${d.district.id}`)).json().items as Unit[];
    expect(ids(children)).toEqual([d.streetA.id, d.streetB.id, d.center.id].sort());
    expect(children.find((u) => u.id === d.streetA.id)).toMatchObject({ kind: 'street', parentId: d.district.id, childCount: 1 });

    const grids = (await admin.get(`/api/org/units?parentId=${d.communityA.id}`)).json().items as Unit[];
    expect(ids(grids)).toEqual([d.grid1.id, d.grid2.id].sort());
    expect(grids.every((g) => g.childCount === 0 && g.kind === 'grid')).toBe(true);

    const byKind = (await admin.get('/api/org/units?kind=grid')).json().items as Unit[];
    expect(ids(byKind)).toEqual([d.grid1.id, d.grid2.id, d.gridB.id].sort());
  });

  it('searches by name and by code prefix, each hit with its ancestors top-down', async () => {
    const res = await admin.get(`/api/org/units?q=${encodeURIComponent('乙一')}`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Unit[];
    expect(ids(items)).toEqual([d.communityB.id, d.gridB.id].sort());
    const gridB = items.find((u) => u.id === d.gridB.id)!;
    expect(gridB.ancestors!.map((a) => a.id)).toEqual([d.district.id, d.streetB.id, d.communityB.id]);
    expect(gridB.ancestors!.map((a) => a.kind)).toEqual(['district', 'street', 'community']);

    const byCode = (await admin.get('/api/org/units?q=990001001001')).json().items as Unit[];
    expect(ids(byCode)).toEqual([d.communityA.id, d.grid1.id, d.grid2.id].sort());

    // LIKE wildcards in the search text are taken literally.
    expect((await admin.get(`/api/org/units?q=${encodeURIComponent('%')}`)).json().items).toEqual([]);
  });

  it('gets one unit with its ancestors from the root down', async () => {
    const res = await admin.get(`/api/org/units/${d.grid1.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: d.grid1.id, kind: 'grid', name: '甲一社区第1网格', parentId: d.communityA.id });
    expect(res.json().ancestors).toEqual([
      { id: d.district.id, name: '测试区', kind: 'district' },
      { id: d.streetA.id, name: '甲街道', kind: 'street' },
      { id: d.communityA.id, name: '甲一社区', kind: 'community' },
    ]);
    expect((await admin.get(`/api/org/units/${d.district.id}`)).json().ancestors).toEqual([]);
    const missing = await admin.get(`/api/org/units/${randomUUID()}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('组织机构不存在');
    expect((await admin.get('/api/org/units/not-a-uuid')).statusCode).toBe(400);
  });

  it('requires a session', async () => {
    const res = await t.app.inject({ url: '/api/org/units' });
    expect(res.statusCode).toBe(401);
  });
});

describe('data scope', () => {
  it('a grid worker sees their grid and the path down to it, nothing beside it', async () => {
    const roots = (await gridWorker.get('/api/org/units')).json().items as Unit[];
    expect(ids(roots)).toEqual([d.district.id]);
    expect(ids((await gridWorker.get(`/api/org/units?parentId=${d.district.id}`)).json().items)).toEqual([d.streetA.id]);
    expect(ids((await gridWorker.get(`/api/org/units?parentId=${d.streetA.id}`)).json().items)).toEqual([d.communityA.id]);
    expect(ids((await gridWorker.get(`/api/org/units?parentId=${d.communityA.id}`)).json().items)).toEqual([d.grid1.id]);
    expect(ids((await gridWorker.get(`/api/org/units?parentId=${d.streetB.id}`)).json().items)).toEqual([]);
    expect(ids((await gridWorker.get('/api/org/units?kind=grid')).json().items)).toEqual([d.grid1.id]);
    expect(ids((await gridWorker.get(`/api/org/units?q=${encodeURIComponent('网格')}`)).json().items)).toEqual([d.grid1.id]);

    const own = await gridWorker.get(`/api/org/units/${d.grid1.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().ancestors.map((a: { id: string }) => a.id)).toEqual([d.district.id, d.streetA.id, d.communityA.id]);
  });

  it('refuses a read outside the scope with 403 and audits the refusal', async () => {
    const before = await t.database.db.selectFrom('audit_log').select('seq').where('outcome', '=', 'denied').execute();
    const res = await gridWorker.get(`/api/org/units/${d.gridB.id}`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: { code: 'forbidden', message: '无权访问该资源' } });
    expect((await gridWorker.get(`/api/org/units/${d.grid2.id}`)).statusCode).toBe(403);
    expect((await gridWorker.get(`/api/org/units/${d.department.id}`)).statusCode).toBe(403);

    const rows = await t.database.db.selectFrom('audit_log').selectAll().where('outcome', '=', 'denied').orderBy('seq').execute();
    expect(rows.length).toBe(before.length + 3);
    const refusal = rows.find((r) => r.target_id === d.gridB.id)!;
    expect(refusal).toMatchObject({ actor_id: gridWorkerId, actor_name: 'gw1', action: 'org.read', target_type: 'org_unit', outcome: 'denied' });
    expect(refusal.at.getTime()).toBe(t.clock.now().getTime());
  });

  it('a mediator of a street sees everything under the street, and not the other street', async () => {
    expect(ids((await mediator.get(`/api/org/units?parentId=${d.communityA.id}`)).json().items)).toEqual([d.grid1.id, d.grid2.id].sort());
    expect(ids((await mediator.get('/api/org/units?kind=grid')).json().items)).toEqual([d.grid1.id, d.grid2.id].sort());
    expect((await mediator.get(`/api/org/units/${d.grid2.id}`)).statusCode).toBe(200);
    expect((await mediator.get(`/api/org/units/${d.streetB.id}`)).statusCode).toBe(403);
    expect((await mediator.get(`/api/org/units/${d.gridB.id}`)).statusCode).toBe(403);
  });

  it('an expert (no territorial scope) sees no units', async () => {
    await makeUser(t.ctx, 'expert1', [{ role: 'expert', unitId: d.center.id }]);
    const expert = await login(t.app, 'expert1', PASSWORD);
    expect((await expert.get('/api/org/units')).json().items).toEqual([]);
    expect((await expert.get(`/api/org/units/${d.center.id}`)).statusCode).toBe(403);
  });
});

describe('org administration', () => {
  it('an admin creates a unit', async () => {
    const res = await admin.post('/api/org/units', { parentId: d.district.id, kind: 'street', name: '丙街道', code: '990001003' });
    expect(res.statusCode).toBe(201);
    const created = res.json() as Unit;
    expect(created).toMatchObject({ parentId: d.district.id, kind: 'street', name: '丙街道', code: '990001003', version: 1, childCount: 0 });
    const got = (await admin.get(`/api/org/units/${created.id}`)).json();
    expect(got.ancestors.map((a: { id: string }) => a.id)).toEqual([d.district.id]);
    const community = await admin.post('/api/org/units', { parentId: created.id, kind: 'community', name: '丙一社区', code: '990001003001' });
    expect(community.statusCode).toBe(201);
    expect((await admin.get(`/api/org/units/${community.json().id}`)).json().ancestors.map((a: { id: string }) => a.id)).toEqual([d.district.id, created.id]);
  });

  it('refuses a kind under the wrong parent, naming the field, in both languages', async () => {
    const before = await countOf('org_units');
    const gridUnderStreet = await admin.post('/api/org/units', { parentId: d.streetA.id, kind: 'grid', name: '错网格', code: '990001001099' });
    expect(gridUnderStreet.statusCode).toBe(400);
    expect(gridUnderStreet.json().error).toEqual({
      code: 'validation_failed',
      message: '提交的内容有误，请检查标注的字段',
      fields: { kind: '该类型的机构不能设在所选上级之下' },
    });
    const en = await adminEn.post('/api/org/units', { parentId: d.streetA.id, kind: 'grid', name: '错网格', code: '990001001099' });
    expect(en.json().error.fields).toEqual({ kind: 'This kind of unit cannot be placed under the chosen parent' });

    const districtWithParent = await admin.post('/api/org/units', { parentId: d.district.id, kind: 'district', name: '子区', code: '990009' });
    expect(districtWithParent.statusCode).toBe(400);
    expect(Object.keys(districtWithParent.json().error.fields)).toEqual(['kind']);

    const streetWithoutParent = await admin.post('/api/org/units', { parentId: null, kind: 'street', name: '孤街道', code: '990008' });
    expect(streetWithoutParent.statusCode).toBe(400);
    expect(Object.keys(streetWithoutParent.json().error.fields)).toEqual(['kind']);

    const unknownParent = await admin.post('/api/org/units', { parentId: randomUUID(), kind: 'street', name: '无上级', code: '990007' });
    expect(unknownParent.statusCode).toBe(400);
    expect(unknownParent.json().error.fields).toEqual({ parentId: '组织机构不存在' });
    expect(await countOf('org_units')).toBe(before);
  });

  it('refuses a duplicate code with fields.code', async () => {
    const before = await countOf('org_units');
    const res = await admin.post('/api/org/units', { parentId: d.district.id, kind: 'street', name: '重复街道', code: '990001001' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ code: '机构代码已存在' });
    const en = await adminEn.post('/api/org/units', { parentId: d.district.id, kind: 'street', name: '重复街道', code: '990001001' });
    expect(en.json().error.fields).toEqual({ code: 'Code already exists' });
    const badShape = await admin.post('/api/org/units', { parentId: d.district.id, kind: 'street', name: '坏代码', code: 'a b!' });
    expect(badShape.statusCode).toBe(400);
    expect(Object.keys(badShape.json().error.fields)).toEqual(['code']);
    expect(await countOf('org_units')).toBe(before);
  });

  it('only an admin creates or changes units', async () => {
    const before = await countOf('org_units');
    const res = await mediator.post('/api/org/units', { parentId: d.streetA.id, kind: 'community', name: '越权社区', code: '990001001002' });
    expect(res.statusCode).toBe(403);
    const dir = await director.post('/api/org/units', { parentId: d.streetA.id, kind: 'community', name: '越权社区', code: '990001001002' });
    expect(dir.statusCode).toBe(403);
    expect(await countOf('org_units')).toBe(before);
    const patch = await mediator.patch(`/api/org/units/${d.grid1.id}`, { version: 1, name: '改名' });
    expect(patch.statusCode).toBe(403);
    expect((await admin.get(`/api/org/units/${d.grid1.id}`)).json().name).toBe('甲一社区第1网格');
  });

  it('updates optimistically: a stale version gets 409 and changes nothing', async () => {
    const unit = (await admin.post('/api/org/units', { parentId: d.streetB.id, kind: 'community', name: '乙二社区', code: '990001002002' })).json() as Unit;
    const first = await admin.patch(`/api/org/units/${unit.id}`, { version: 1, name: '乙二社区（新）' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ name: '乙二社区（新）', version: 2, code: '990001002002' });

    const stale = await admin.patch(`/api/org/units/${unit.id}`, { version: 1, name: '覆盖', code: '990001002099' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    expect(stale.json().error.message).toBe('数据已被他人修改，请刷新后重试');
    expect(stale.json().error.current).toMatchObject({ name: '乙二社区（新）', version: 2 });
    const row = await t.database.db.selectFrom('org_units').selectAll().where('id', '=', unit.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ name: '乙二社区（新）', code: '990001002002', version: 2 });

    const dupCode = await admin.patch(`/api/org/units/${unit.id}`, { version: 2, code: '990001001' });
    expect(dupCode.statusCode).toBe(400);
    expect(dupCode.json().error.fields).toEqual({ code: '机构代码已存在' });
    expect((await t.database.db.selectFrom('org_units').select('version').where('id', '=', unit.id).executeTakeFirstOrThrow()).version).toBe(2);

    expect((await admin.patch(`/api/org/units/${randomUUID()}`, { version: 1, name: 'x' })).statusCode).toBe(404);
  });
});

describe('users', () => {
  it('lists users for admins and directors, phones masked; a mediator is refused', async () => {
    const res = await admin.get('/api/users?q=gw1');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      {
        id: gridWorkerId,
        username: 'gw1',
        displayName: '网格员一',
        phone: '138****5678',
        active: true,
        lockedUntil: null,
        version: 1,
        roles: [{ role: 'grid_worker', unitId: d.grid1.id, unitName: '甲一社区第1网格', unitKind: 'grid' }],
      },
    ]);
    const all = await admin.get('/api/users?limit=100');
    expect(all.json().items.map((u: { username: string }) => u.username)).toEqual(expect.arrayContaining(['admin1', 'director1', 'mediator1', 'gw1']));
    expect(all.body).not.toContain('13812345678');
    expect(all.body).not.toContain('13912345678');
    expect(all.body).not.toContain('password');

    const byDirector = await director.get('/api/users?role=grid_worker');
    expect(byDirector.statusCode).toBe(200);
    expect(byDirector.json().items.map((u: { username: string }) => u.username)).toEqual(['gw1']);

    const one = await admin.get(`/api/users/${gridWorkerId}`);
    expect(one.json().phone).toBe('138****5678');

    for (const call of [mediator.get('/api/users'), mediator.get(`/api/users/${gridWorkerId}`), gridWorker.get('/api/users')]) {
      const refused = await call;
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('forbidden');
    }
  });

  it('a director below the top sees only the users within their scope; a refused read is audited', async () => {
    await makeUser(t.ctx, 'director-b', [{ role: 'director', unitId: d.streetB.id }]);
    const inB = await makeUser(t.ctx, 'mediator-b', [{ role: 'mediator', unitId: d.communityB.id }]);
    const dirB = await login(t.app, 'director-b', PASSWORD);
    const list = await dirB.get('/api/users?limit=100');
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((u: { username: string }) => u.username).sort()).toEqual(['director-b', 'mediator-b']);
    expect((await dirB.get(`/api/users/${inB.id}`)).statusCode).toBe(200);

    const outside = await dirB.get(`/api/users/${gridWorkerId}`);
    expect(outside.statusCode).toBe(403);
    expect(outside.body).not.toContain('gw1');
    const row = await t.database.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ actor_name: 'director-b', action: 'user.read', outcome: 'denied', target_type: 'user', target_id: gridWorkerId, ip: '127.0.0.1' });

    const byMediator = await mediator.get('/api/users');
    expect(byMediator.statusCode).toBe(403);
    const row2 = await t.database.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(row2).toMatchObject({ actor_name: 'mediator1', action: 'user.read', outcome: 'denied' });
  });

  it('pages users by username', async () => {
    const first = (await admin.get('/api/users?limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBe(first.items[1].username.toLowerCase());
    const second = (await admin.get(`/api/users?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)).json();
    const names = [...first.items, ...second.items].map((u: { username: string }) => u.username);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
  });

  it('an admin creates a user who can then sign in', async () => {
    const res = await admin.post('/api/users', {
      username: 'newmed',
      displayName: '新调解员',
      phone: '13700001234',
      password: 'Strong-pass-2026',
      roles: [
        { role: 'mediator', unitId: d.streetB.id },
        { role: 'dispatcher', unitId: d.center.id },
      ],
    });
    expect(res.statusCode).toBe(201);
    const u = res.json();
    expect(u).toMatchObject({ username: 'newmed', displayName: '新调解员', phone: '137****1234', active: true, version: 1 });
    expect(u.roles).toEqual(
      expect.arrayContaining([
        { role: 'mediator', unitId: d.streetB.id, unitName: '乙街道', unitKind: 'street' },
        { role: 'dispatcher', unitId: d.center.id, unitName: '测试区综治中心', unitKind: 'center' },
      ]),
    );
    const row = await t.database.db.selectFrom('users').selectAll().where('id', '=', u.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.phone).toBe('13700001234');
    const agent = await login(t.app, 'newmed', 'Strong-pass-2026');
    expect((await agent.get('/api/auth/me')).json().roles).toHaveLength(2);
  });

  it('refuses a weak password with fields.password', async () => {
    const before = await countOf('users');
    const short = await admin.post('/api/users', { username: 'weak1', displayName: '弱', password: 'abc123', roles: [] });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toEqual({ password: '密码至少 10 位' });
    const noDigits = await adminEn.post('/api/users', { username: 'weak1', displayName: '弱', password: 'abcdefghijkl', roles: [] });
    expect(noDigits.statusCode).toBe(400);
    expect(noDigits.json().error).toMatchObject({ code: 'validation_failed', fields: { password: 'Use both letters and digits' } });
    expect(await countOf('users')).toBe(before);
  });

  it('refuses an invalid phone with fields.phone in both languages', async () => {
    const before = await countOf('users');
    const body = { username: 'badphone', displayName: '号码错', phone: '12345', password: 'Strong-pass-2026', roles: [] };
    const zh = await admin.post('/api/users', body);
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error).toEqual({ code: 'validation_failed', message: '提交的内容有误，请检查标注的字段', fields: { phone: '手机号码格式不正确' } });
    const en = await adminEn.post('/api/users', body);
    expect(en.json().error).toEqual({ code: 'validation_failed', message: 'Some fields are invalid; please check the marked fields', fields: { phone: 'Not a valid mobile number' } });
    expect(await countOf('users')).toBe(before);
  });

  it('refuses a duplicate username (case-insensitively) with fields.username', async () => {
    const before = await countOf('users');
    const res = await admin.post('/api/users', { username: 'GW1', displayName: '重名', password: 'Strong-pass-2026', roles: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ username: '用户名已存在' });
    const en = await adminEn.post('/api/users', { username: 'gw1', displayName: '重名', password: 'Strong-pass-2026', roles: [] });
    expect(en.json().error.fields).toEqual({ username: 'Username already exists' });
    expect(await countOf('users')).toBe(before);
  });

  it('refuses roles on unknown units and malformed usernames, naming the fields', async () => {
    const before = await countOf('users');
    const res = await admin.post('/api/users', {
      username: 'ghostrole',
      displayName: '无机构',
      password: 'Strong-pass-2026',
      roles: [
        { role: 'mediator', unitId: d.streetA.id },
        { role: 'mediator', unitId: randomUUID() },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ 'roles.1.unitId': '组织机构不存在' });
    const badName = await admin.post('/api/users', { username: '9lives', displayName: '数字开头', password: 'Strong-pass-2026', roles: [] });
    expect(badName.statusCode).toBe(400);
    expect(Object.keys(badName.json().error.fields)).toEqual(['username']);
    const badRole = await admin.post('/api/users', { username: 'badrole', displayName: '坏角色', password: 'Strong-pass-2026', roles: [{ role: 'king', unitId: d.streetA.id }] });
    expect(badRole.statusCode).toBe(400);
    expect(Object.keys(badRole.json().error.fields)).toEqual(['roles.0.role']);
    expect(await countOf('users')).toBe(before);
  });

  it('only an admin creates or updates users', async () => {
    const before = await countOf('users');
    const res = await director.post('/api/users', { username: 'bydirector', displayName: '主任建', password: 'Strong-pass-2026', roles: [] });
    expect(res.statusCode).toBe(403);
    const med = await mediator.post('/api/users', { username: 'bymediator', displayName: '调解员建', password: 'Strong-pass-2026', roles: [] });
    expect(med.statusCode).toBe(403);
    expect(await countOf('users')).toBe(before);
    const patch = await mediator.patch(`/api/users/${gridWorkerId}`, { version: 1, displayName: '被改' });
    expect(patch.statusCode).toBe(403);
    expect((await t.database.db.selectFrom('users').select('display_name').where('id', '=', gridWorkerId).executeTakeFirstOrThrow()).display_name).toBe('网格员一');
  });

  it('updates a user optimistically; a stale version gets 409 and changes nothing', async () => {
    const created = (await admin.post('/api/users', { username: 'changeme', displayName: '待改', password: 'Strong-pass-2026', roles: [{ role: 'mediator', unitId: d.streetA.id }] })).json();
    const res = await admin.patch(`/api/users/${created.id}`, { version: 1, displayName: '已改', phone: '13600002222', roles: [{ role: 'director', unitId: d.district.id }], password: 'Another-pass-77' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: '已改', phone: '136****2222', version: 2, roles: [{ role: 'director', unitId: d.district.id }] });
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'changeme', password: 'Strong-pass-2026' } })).statusCode).toBe(401);
    await login(t.app, 'changeme', 'Another-pass-77');

    const stale = await admin.patch(`/api/users/${created.id}`, { version: 1, displayName: '覆盖', active: false });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current).toMatchObject({ displayName: '已改', version: 2 });
    const row = await t.database.db.selectFrom('users').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ display_name: '已改', active: true, version: 2 });

    const weak = await admin.patch(`/api/users/${created.id}`, { version: 2, password: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.fields).toEqual({ password: '密码至少 10 位' });
    const badPhone = await admin.patch(`/api/users/${created.id}`, { version: 2, phone: '010-1234' });
    expect(badPhone.statusCode).toBe(400);
    expect(Object.keys(badPhone.json().error.fields)).toEqual(['phone']);
    expect((await t.database.db.selectFrom('users').select('version').where('id', '=', created.id).executeTakeFirstOrThrow()).version).toBe(2);
  });

  it('an admin cannot disable their own account', async () => {
    const me = (await admin.get('/api/auth/me')).json();
    const current = (await admin.get(`/api/users/${me.id}`)).json();
    const res = await admin.patch(`/api/users/${me.id}`, { version: current.version, active: false });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['active']);
    expect((await admin.get('/api/auth/me')).statusCode).toBe(200);
  });
});
