import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { TEST_ENGINE } from '../support/db.js';

describe('health and errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the engine', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: TEST_ENGINE });
  });

  it('answers unknown API routes with a localized 404', async () => {
    const zh = await t.app.inject({ url: '/api/nope' });
    expect(zh.statusCode).toBe(404);
    expect(zh.json().error.message).toContain('接口不存在');
    const en = await t.app.inject({ url: '/api/nope', headers: { 'accept-language': 'en' } });
    expect(en.json().error).toMatchObject({ code: 'not_found', message: 'No such endpoint: GET /api/nope' });
  });
});
