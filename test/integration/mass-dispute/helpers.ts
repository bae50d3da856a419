import { expect } from 'vitest';
import type { Agent } from '../../support/app.js';
import { type CaseJson, type CaseWorld, caseWorld, register, relogin, usccOf } from '../cases/helpers.js';

export const DAY = 86_400_000;
export const COMPANY = '包头市鑫安物业服务有限公司';
export const COMPANY_USCC = usccOf('91150203MA0XAN001');

export interface MassWorld extends CaseWorld {
  /** 明德花园 and 明德花园二期 in 甲一社区 (grid1, grid2), 阳光小区 in 乙一社区 (gridB) */
  k: { mingde: string; mingde2: string; yangguang: string };
}

export async function massWorld(): Promise<MassWorld> {
  const w = await caseWorld({ now: '2026-03-02T09:00:00+08:00' });
  const db = w.t.database.db;
  const insert = (name: string, street: string, community: string, households: number) =>
    db.insertInto('compounds').values({ name, street_id: street, community_id: community, households, property_company: COMPANY }).returning('id').executeTakeFirstOrThrow();
  const mingde = await insert('明德花园', w.d.streetA.id, w.d.communityA.id, 820);
  const mingde2 = await insert('明德花园二期', w.d.streetA.id, w.d.communityA.id, 400);
  const yangguang = await insert('阳光小区', w.d.streetB.id, w.d.communityB.id, 300);
  return Object.assign(w, { k: { mingde: mingde.id, mingde2: mingde2.id, yangguang: yangguang.id } });
}

let seq = 0;
/** A property-management complaint against the company at an address; override what a test is about. */
export function propertyCase(over: Record<string, unknown> = {}) {
  seq += 1;
  return {
    channel: 'window',
    category: 'property_management',
    description: `物业公司长期不清运垃圾、电梯故障无人维修，业主多次反映未果（第 ${seq} 件）。`,
    gridId: undefined as string | undefined,
    address: '甲街道明德花园3栋2单元502',
    parties: [
      { role: 'applicant', kind: 'person', name: `业主${String.fromCharCode(0x4e00 + seq)}`, phone: `139${String(10000000 + seq).slice(-8)}` },
      { role: 'respondent', kind: 'organization', name: COMPANY, uscc: COMPANY_USCC },
    ],
    ...over,
  };
}

export async function registerProperty(agent: Agent, w: MassWorld, over: Record<string, unknown> = {}): Promise<CaseJson> {
  return register(agent, propertyCase({ gridId: w.d.grid1.id, ...over }));
}

/** Moves the clock on by some days and signs everybody in again. */
export async function daysLater(w: CaseWorld, days: number): Promise<void> {
  w.t.clock.advanceBy(days * DAY);
  await relogin(w);
}

export interface WarningJson {
  warn: boolean;
  settings: { windowDays: number; minCases: number; minPeople: number };
  compound: { id: string; name: string } | null;
  signals: {
    kind: 'respondent' | 'compound';
    key: string;
    name: string;
    reason: string;
    reached: boolean;
    warn: boolean;
    level: number;
    caseCount: number;
    peopleCount: number;
    cases: { id: string; code: string; title: string; status: string; groupId: string | null }[];
    hiddenCount: number;
    groups: { id: string; code: string }[];
  }[];
}

export async function warningOf(agent: Agent, caseId: string): Promise<WarningJson> {
  const res = await agent.get(`/api/cases/${caseId}/mass-warning`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as WarningJson;
}

export const signal = (w: WarningJson, kind: 'respondent' | 'compound') => w.signals.find((s) => s.kind === kind);
