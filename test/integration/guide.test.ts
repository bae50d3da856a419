// GET /api/portal/guide and /api/portal/guide/leaves/:id: public, in the request's language, documented.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

describe('portal self-help guide API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves the tree in Chinese by default, without a login', async () => {
    const res = await t.app.inject({ url: '/api/portal/guide' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['vary']).toContain('accept-language');
    const body = res.json();
    expect(body).toMatchObject({ locale: 'zh-CN', rootId: 'start', revision: expect.any(String) });
    const start = body.nodes.find((n: { id: string }) => n.id === 'start');
    expect(start).toMatchObject({ kind: 'question', title: '您遇到的是哪方面的问题？' });
    expect(start.answers.map((a: { label: string }) => a.label)).toEqual(expect.arrayContaining(['婚姻家庭', '工作和工资', '消费购物']));
    // Leaves come as heads only: the full text is fetched per leaf.
    const wages = body.nodes.find((n: { id: string }) => n.id === 'labour.wages');
    expect(wages).toEqual({ kind: 'leaf', id: 'labour.wages', category: 'labour', categoryName: '劳资纠纷', title: '拖欠工资、加班费', summary: expect.stringContaining('1 年'), emergency: false });
    expect(wages).not.toHaveProperty('options');
  });

  it('answers in English with Accept-Language: en', async () => {
    const res = await t.app.inject({ url: '/api/portal/guide', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.locale).toBe('en');
    expect(body.nodes.find((n: { id: string }) => n.id === 'start').title).toBe('What is your problem about?');
    expect(body.nodes.find((n: { id: string }) => n.id === 'family.violence')).toMatchObject({ emergency: true, categoryName: 'Family' });
  });

  it('serves one leaf with its rights, options, time limits and urgent notice', async () => {
    const res = await t.app.inject({ url: '/api/portal/guide/leaves/labour.wages' });
    expect(res.statusCode).toBe(200);
    const leaf = res.json();
    expect(leaf).toMatchObject({ id: 'labour.wages', category: 'labour', serviceMode: 'online', prefill: '用人单位拖欠我的工资，希望帮助追讨。' });
    expect(leaf.law.map((r: { citation: string }) => r.citation)).toContain('《劳动争议调解仲裁法》第二十七条');
    const arbitration = leaf.options.find((o: { kind: string }) => o.kind === 'arbitration');
    expect(arbitration).toMatchObject({ name: '申请劳动仲裁', timeLimit: expect.stringContaining('1 年') });
    expect(leaf.urgent.join()).toContain('110');

    const en = (await t.app.inject({ url: '/api/portal/guide/leaves/family.violence', headers: { 'accept-language': 'en' } })).json();
    expect(en).toMatchObject({ emergency: true, category: 'family', title: 'Domestic violence: safety first' });
    expect(en.options.map((o: { name: string }) => o.name)).toContain('Ask the court for a personal safety protection order');
  });

  it('answers an unknown leaf or a question id with a localized 404', async () => {
    const zh = await t.app.inject({ url: '/api/portal/guide/leaves/labour.nope' });
    expect(zh.statusCode).toBe(404);
    expect(zh.json().error).toEqual({ code: 'not_found', message: '请求的资源不存在' });
    const question = await t.app.inject({ url: '/api/portal/guide/leaves/labour', headers: { 'accept-language': 'en' } });
    expect(question.statusCode).toBe(404);
    expect(question.json().error.code).toBe('not_found');
    expect(question.json().error.message).not.toMatch(/[\u4e00-\u9fff]/);
    const long = await t.app.inject({ url: `/api/portal/guide/leaves/${'x'.repeat(200)}` });
    expect(long.statusCode).toBe(400);
  });

  it('is listed in the OpenAPI document as public portal endpoints', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const tree = doc.paths['/api/portal/guide'].get;
    expect(tree.tags).toEqual(['portal']);
    expect(tree.security).toEqual([]);
    expect(tree.summary).toContain('自助指引');
    expect(doc.paths['/api/portal/guide/leaves/{id}'].get.responses['200']).toBeDefined();
  });
});
