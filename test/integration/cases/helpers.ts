import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { DB } from '../../../src/db/schema.js';
import { idNumberCheckChar, usccCheckChar } from '../../../src/domain/identity.js';
import { type Agent, createTestApp, login, type TestApp } from '../../support/app.js';
import { makeDistrict, makeUser, PASSWORD } from '../../support/factories.js';

/** A valid resident ID number from its first 17 digits. */
export const idNo = (first17: string) => first17 + idNumberCheckChar(first17);
/** A valid unified social credit code from its first 17 characters. */
export const usccOf = (first17: string) => first17 + usccCheckChar(first17);

export type District = Awaited<ReturnType<typeof makeDistrict>>;

export interface CaseWorld {
  t: TestApp;
  d: District;
  admin: Agent;
  dispatcher: Agent;
  director: Agent;
  /** mediator of the department, the usual handler */
  mediator: Agent;
  /** a second mediator of the same department */
  colleague: Agent;
  /** a mediator at the center: sees every case of the center */
  centerMediator: Agent;
  /** the grid worker of grid1 */
  grid: Agent;
  ids: Record<'admin' | 'dispatcher' | 'director' | 'mediator' | 'colleague' | 'centerMediator' | 'grid' | 'lead', string>;
}

/** A test app with the small district and one user per role the case engine needs. */
export async function caseWorld(opts: { now?: string; env?: Record<string, string> } = {}): Promise<CaseWorld> {
  // Sessions that survive the clock jumps of deadline tests (idle 24 h, absolute 7 days); see relogin().
  const t = await createTestApp({ ...opts, env: { CONCORD_SESSION_IDLE_MINUTES: '1440', CONCORD_SESSION_ABSOLUTE_HOURS: '168', ...opts.env } });
  const d = await makeDistrict(t.ctx);
  const users = {
    admin: await makeUser(t.ctx, 'admin1', [{ role: 'admin', unitId: d.district.id }], { displayName: '管理员' }),
    dispatcher: await makeUser(t.ctx, 'dispatcher1', [{ role: 'dispatcher', unitId: d.center.id }], { displayName: '窗口登记员' }),
    director: await makeUser(t.ctx, 'director1', [{ role: 'director', unitId: d.center.id }], { displayName: '中心主任' }),
    mediator: await makeUser(t.ctx, 'mediator1', [{ role: 'mediator', unitId: d.department.id }], { displayName: '调解员甲' }),
    colleague: await makeUser(t.ctx, 'mediator2', [{ role: 'mediator', unitId: d.department.id }], { displayName: '调解员乙' }),
    centerMediator: await makeUser(t.ctx, 'mediator3', [{ role: 'mediator', unitId: d.center.id }], { displayName: '中心调解员' }),
    grid: await makeUser(t.ctx, 'grid1', [{ role: 'grid_worker', unitId: d.grid1.id }], { displayName: '网格员' }),
    lead: await makeUser(t.ctx, 'lead1', [{ role: 'mediator', unitId: d.department.id }], { displayName: '带班负责人' }),
  };
  const agent = (name: string) => login(t.app, name, PASSWORD);
  return {
    t,
    d,
    admin: await agent('admin1'),
    dispatcher: await agent('dispatcher1'),
    director: await agent('director1'),
    mediator: await agent('mediator1'),
    colleague: await agent('mediator2'),
    centerMediator: await agent('mediator3'),
    grid: await agent('grid1'),
    ids: Object.fromEntries(Object.entries(users).map(([k, u]) => [k, u.id])) as CaseWorld['ids'],
  };
}

/** Signs every agent of the world in again (after the clock jumped past the session lifetime). */
export async function relogin(w: CaseWorld): Promise<void> {
  const names = { admin: 'admin1', dispatcher: 'dispatcher1', director: 'director1', mediator: 'mediator1', colleague: 'mediator2', centerMediator: 'mediator3', grid: 'grid1' } as const;
  for (const [key, username] of Object.entries(names)) {
    const fresh = await login(w.t.app, username, PASSWORD);
    const agent = w[key as keyof typeof names];
    agent.cookie = fresh.cookie;
    agent.csrfToken = fresh.csrfToken;
  }
}

export const APPLICANT_ID = idNo('15020319900101123');
export const APPLICANT_PHONE = '13812345678';

/** A valid registration body; override what a test is about. */
export function caseBody(over: Record<string, unknown> = {}) {
  return {
    channel: 'window',
    description: '楼上住户卫生间漏水，导致楼下天花板受损，双方协商未果。',
    category: 'neighbour',
    parties: [
      { role: 'applicant', kind: 'person', name: '王建国', idNumber: APPLICANT_ID, phone: APPLICANT_PHONE },
      { role: 'respondent', kind: 'person', name: '李秀英', phone: '13900001111' },
    ],
    ...over,
  };
}

export interface CaseJson {
  id: string;
  code: string;
  status: string;
  version: number;
  paused: boolean;
  assigneeId: string | null;
  handlingUnitId: string | null;
  pauseReason: string | null;
  satisfaction: string | null;
  outcome: string | null;
  title: string;
  category: string;
  riskLevel: string | null;
  parties: { partyId: string; role: string; kind: string; name: string; idNumber: string | null; phone: string | null; uscc: string | null }[];
  deadlines: {
    kind: 'response' | 'handling';
    startedAt: string;
    dueAt: string | null;
    metAt: string | null;
    breached: boolean;
    paused: boolean;
    remainingWorkingMinutes: number;
    escalations: { level: number; target: string; dueAt: string | null; at: string | null }[];
  }[];
  timeline: { seq: number; type: string; fromStatus: string | null; toStatus: string | null; actorName: string | null; at: string; reason: string | null; data: Record<string, unknown> }[];
  attachments: { id: string; kind: string; filename: string; contentType: string; size: number }[];
  annotations: { id: string; text: string; authorName: string | null }[];
  allowedActions: string[];
  archiveGaps: string[];
  archivedAt: string | null;
}

export async function register(agent: Agent, over: Record<string, unknown> = {}): Promise<CaseJson> {
  const res = await agent.post('/api/cases', caseBody(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as CaseJson;
}

export async function getCase(agent: Agent, id: string): Promise<CaseJson> {
  const res = await agent.get(`/api/cases/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CaseJson;
}

export function act(agent: Agent, id: string, body: Record<string, unknown>) {
  return agent.post(`/api/cases/${id}/actions`, body);
}

/** An action that must succeed; returns the case. */
export async function ok(agent: Agent, id: string, body: Record<string, unknown>): Promise<CaseJson> {
  const res = await act(agent, id, body);
  expect(res.statusCode, `${String(body.action)}: ${res.body}`).toBe(200);
  return res.json() as CaseJson;
}

/** Registers a case and takes it to `handling` with the department's mediator as handler. */
export async function caseInHandling(w: CaseWorld, over: Record<string, unknown> = {}): Promise<CaseJson> {
  const c = await register(w.dispatcher, over);
  await ok(w.dispatcher, c.id, { action: 'route', unitId: w.d.department.id, userId: w.ids.mediator });
  await ok(w.mediator, c.id, { action: 'accept' });
  return ok(w.mediator, c.id, { action: 'start' });
}

export const TINY_PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

/** A multipart/form-data body built by hand: text fields first, then one file. */
export function multipart(fields: Record<string, string>, file: { name?: string; filename: string; content: Buffer; contentType?: string }) {
  const boundary = `----concord${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.name ?? 'file'}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
    ),
  );
  parts.push(file.content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export function upload(agent: Agent, caseId: string, kind: string, filename: string, content: Buffer) {
  const { payload, headers } = multipart({ kind }, { filename, content });
  return agent.request('POST', `/api/cases/${caseId}/attachments`, payload, headers);
}

/** Row count of a table, to show that a refused request wrote nothing. */
export async function count(t: TestApp, table: keyof DB): Promise<number> {
  const r = await sql<{ n: string | number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(t.database.db);
  return Number(r.rows[0]!.n);
}

export async function counts(t: TestApp, tables: (keyof DB)[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) out[table] = await count(t, table);
  return out;
}

/** The audit rows of an action, newest first. */
export function auditRows(t: TestApp, action: string) {
  return t.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq', 'desc').execute();
}

/** Beijing wall time as a Date. */
export const bj = (local: string) => new Date(`${local}+08:00`);
export const iso = (local: string) => bj(local).toISOString();
