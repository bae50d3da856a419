import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from '../cases/helpers.js';
import { type AssistanceWorld, assistanceWorld, createResource, resourceBody } from './helpers.js';

describe('assistance catalogue (帮扶资源)', () => {
  let w: AssistanceWorld;
  beforeAll(async () => {
    w = await assistanceWorld();
  });
  afterAll(() => w.t.close());

  it('lets a dispatcher add a resource at their own center, which every staff member can read', async () => {
    const r = await createResource(w.dispatcher, { providerUnitId: w.women.id });
    expect(r).toMatchObject({ centerId: w.d.center.id, active: true, version: 1, canEdit: true });

    const list = await w.grid.get('/api/assistance/resources');
    expect(list.statusCode).toBe(200);
    expect(list.json().canCreate).toBe(false);
    const item = list.json().items.find((i: { id: string }) => i.id === r.id);
    expect(item).toMatchObject({ kind: 'counselling', kindLabel: { zh: '心理疏导' }, providerUnitName: '测试区妇女联合会', canEdit: false, openReferrals: 0 });

    const found = (await w.dispatcher.get(`/api/assistance/resources?q=${encodeURIComponent('妇女联合')}`)).json().items as { id: string }[];
    expect(found.map((i) => i.id)).toEqual([r.id]);
    expect((await w.dispatcher.get(`/api/assistance/resources?q=${encodeURIComponent('100%')}`)).json().items).toEqual([]);

    const byKind = (await w.dispatcher.get('/api/assistance/resources?kind=legal_aid')).json().items;
    expect(byKind.some((i: { id: string }) => i.id === r.id)).toBe(false);
  });

  it('lets an admin add a district-wide resource (no center)', async () => {
    const r = await createResource(w.admin, { kind: 'legal_aid', name: '法律援助值班律师', provider: '测试区法律援助中心', contactPhone: '12348', centerId: null });
    expect(r.centerId).toBeNull();
    expect(r.canEdit).toBe(true);
  });

  it('refuses the grid trio and a mediator: only admins, directors and dispatchers keep the catalogue', async () => {
    const before = await count(w.t, 'assistance_resources');
    expect((await w.grid.post('/api/assistance/resources', resourceBody())).statusCode).toBe(403);
    expect((await w.mediator.post('/api/assistance/resources', resourceBody())).statusCode).toBe(403);
    expect(await count(w.t, 'assistance_resources')).toBe(before);
  });

  it('answers bad input with 400 naming each field, and writes nothing', async () => {
    const before = await count(w.t, 'assistance_resources');
    const badKind = await w.dispatcher.post('/api/assistance/resources', resourceBody({ kind: 'housing' }));
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.fields).toHaveProperty('kind');

    const blank = await w.dispatcher.post('/api/assistance/resources', resourceBody({ name: '   ', provider: '', contactPhone: '12-34' }));
    expect(blank.statusCode).toBe(400);
    expect(Object.keys(blank.json().error.fields).sort()).toEqual(['contactPhone', 'name', 'provider']);
    expect(blank.json().error.fields.name).toBe('请填写资源名称');

    const gridAsProvider = await w.dispatcher.post('/api/assistance/resources', resourceBody({ providerUnitId: w.d.grid1.id }));
    expect(gridAsProvider.statusCode).toBe(400);
    expect(gridAsProvider.json().error.fields).toHaveProperty('providerUnitId');

    const notCenter = await w.admin.post('/api/assistance/resources', resourceBody({ centerId: w.d.streetA.id }));
    expect(notCenter.statusCode).toBe(400);
    expect(notCenter.json().error.fields).toHaveProperty('centerId');
    expect(await count(w.t, 'assistance_resources')).toBe(before);
  });

  it('edits at the version read, 409 on a stale one, and takes a resource out of use', async () => {
    const r = await createResource(w.dispatcher, { kind: 'employment', name: '技能培训', provider: '测试区人社局' });
    const edited = await w.dispatcher.patch(`/api/assistance/resources/${r.id}`, { version: 1, name: '家政服务技能培训', description: '育婴员、养老护理员培训' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ name: '家政服务技能培训', version: 2, provider: '测试区人社局' });

    const stale = await w.director.patch(`/api/assistance/resources/${r.id}`, { version: 1, name: '过时的修改' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');

    const bad = await w.dispatcher.patch(`/api/assistance/resources/${r.id}`, { version: 2, contactPhone: 'abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('contactPhone');

    const off = await w.dispatcher.patch(`/api/assistance/resources/${r.id}`, { version: 2, active: false });
    expect(off.json()).toMatchObject({ active: false, version: 3, name: '家政服务技能培训' });
    const active = (await w.dispatcher.get('/api/assistance/resources?active=true')).json().items as { id: string }[];
    expect(active.some((i) => i.id === r.id)).toBe(false);
    const all = (await w.dispatcher.get('/api/assistance/resources')).json().items as { id: string; active: boolean }[];
    expect(all.find((i) => i.id === r.id)?.active).toBe(false);

    expect((await w.grid.patch(`/api/assistance/resources/${r.id}`, { version: 3, active: true })).statusCode).toBe(403);
    expect((await w.dispatcher.patch('/api/assistance/resources/00000000-0000-4000-8000-000000000000', { version: 1, active: true })).statusCode).toBe(404);
  });
});
