import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { AppContext } from '../context.js';
import { hashPassword } from '../services/passwords.js';
import { generateCases } from './cases.js';
import { DEMO_KEYS, DEMO_USERNAMES, type DemoDistrict, generateDistrict } from './district.js';
import { seedDemoCases } from './seed-cases.js';
import { seedMassDisputeDemo } from './seed-mass.js';
import { seedDemoStaffing } from './seed-staffing.js';
import { seedDemoExperts } from './seed-experts.js';
import { seedReception } from './seed-reception.js';
import { seedDemoSessions } from './seed-sessions.js';
import { seedDemoAgreements } from './seed-agreements.js';
import { seedJingtaiHouseholds } from './seed-jingtai.js';
import { seedDemoRouting } from './seed-routing.js';
import { seedFollowupDemo } from './seed-followup.js';

export const DEMO_PASSWORD = 'Concord-2026';
const SETTING = 'demo';

export interface DemoStatus {
  active: boolean;
  seededNow: boolean;
  accounts: string[];
}

/**
 * Demo mode (never in production): on first start against an empty database the
 * demo district is generated; later starts find it and only print the accounts.
 */
export async function seedDemoIfWanted(ctx: Pick<AppContext, 'config' | 'database' | 'clock' | 'log'>): Promise<DemoStatus> {
  const db = ctx.database.db;
  const accounts = [...DEMO_USERNAMES];
  if (ctx.config.demo === 'off') return { active: false, seededNow: false, accounts };
  const marker = await db.selectFrom('app_settings').select('value').where('key', '=', SETTING).executeTakeFirst();
  if (marker) return { active: true, seededNow: false, accounts };
  const anyUnit = await db.selectFrom('org_units').select('id').limit(1).executeTakeFirst();
  if (anyUnit && ctx.config.demo === 'auto') return { active: false, seededNow: false, accounts };
  const started = performance.now();
  await seedDemo(db, generateDistrict(), ctx.clock.now());
  ctx.log.info({ ms: Math.round(performance.now() - started) }, 'demo district generated');
  return { active: true, seededNow: true, accounts };
}

/** Writes a generated district in one transaction. Returns the database id of every demo key. */
export async function seedDemo(db: Kysely<DB>, d: DemoDistrict, now: Date, opts: { extras?: boolean } = {}): Promise<Map<string, string>> {
  // Demo accounts share one password, so one argon2id hash serves them all (demo data only).
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    const ids = new Map<string, string>();
    const paths = new Map<string, { path: string; depth: number }>();
    const rows: Insertable<DB['org_units']>[] = [];
    const unit = (
      key: string,
      parentKey: string | null,
      fields: { kind: string; name: string; code: string; centerKey?: string; departmentType?: string; staffingTier?: string; rosterWeekdays?: number[]; households?: number; geometry?: [number, number][] },
    ) => {
      const id = randomUUID();
      const parent = parentKey ? paths.get(parentKey) : undefined;
      if (parentKey && !parent) throw new Error(`demo unit ${key}: unknown parent ${parentKey}`);
      const path = `${parent?.path ?? '/'}${id}/`;
      const depth = (parent?.depth ?? -1) + 1;
      ids.set(key, id);
      paths.set(key, { path, depth });
      rows.push({
        id,
        parent_id: parentKey ? ids.get(parentKey)! : null,
        kind: fields.kind,
        name: fields.name,
        code: fields.code,
        path,
        depth,
        center_id: fields.centerKey ? ids.get(fields.centerKey)! : null,
        department_type: fields.departmentType ?? null,
        staffing_tier: fields.staffingTier ?? null,
        roster_weekdays: fields.rosterWeekdays ?? null,
        households: fields.households ?? null,
        geometry: fields.geometry ? JSON.stringify(fields.geometry) : null,
        created_at: now,
        updated_at: now,
      });
    };

    unit(d.district.key, null, { kind: 'district', name: d.district.name, code: d.district.code });
    for (const s of d.streets) unit(s.key, d.district.key, { kind: s.kind, name: s.name, code: s.code });
    for (const c of d.communities) unit(c.key, c.streetKey, { kind: 'community', name: c.name, code: c.code });
    for (const g of d.grids) unit(g.key, g.communityKey, { kind: 'grid', name: g.name, code: g.code, households: g.households, geometry: g.polygon });
    for (const c of d.centers) unit(c.key, d.district.key, { kind: 'center', name: c.name, code: c.code });
    for (const s of d.stations) unit(s.key, s.kind === 'station' && s.communityKey ? s.communityKey : s.centerKey, { kind: s.kind, name: s.name, code: s.code, centerKey: s.centerKey });
    for (const dep of d.departments) {
      unit(dep.key, dep.centerKey, {
        kind: 'department',
        name: dep.name,
        code: dep.code,
        centerKey: dep.centerKey,
        departmentType: dep.type,
        staffingTier: dep.staffingTier,
        rosterWeekdays: dep.rosterWeekdays.length ? dep.rosterWeekdays : undefined,
      });
    }
    for (let i = 0; i < rows.length; i += 500) await trx.insertInto('org_units').values(rows.slice(i, i + 500)).execute();
    // Case codes read KDL-2026-000123 at the district center, KDLKF-… at the development-zone center.
    for (const [key, prefix] of [[DEMO_KEYS.centerDistrict, 'KDL'], [DEMO_KEYS.centerDevzone, 'KDLKF']] as const) {
      await trx.updateTable('org_units').set({ case_code_prefix: prefix }).where('id', '=', ids.get(key)!).execute();
    }

    // Staff accounts (with the demo password) and grid workers' accounts (no password until an admin sets one).
    const userIds = new Map<string, string>();
    const users: Insertable<DB['users']>[] = [];
    const roles: { user_id: string; role: string; unit_id: string }[] = [];
    for (const s of d.staff) {
      const id = randomUUID();
      userIds.set(s.username, id);
      users.push({ id, username: s.username, display_name: s.displayName, title: s.title ?? null, phone: s.phone, password_hash: passwordHash, created_at: now, updated_at: now });
      for (const r of s.roles) roles.push({ user_id: id, role: r.role, unit_id: ids.get(r.unitKey)! });
    }
    for (const m of d.gridMembers) {
      if (!m.username || userIds.has(m.username)) continue;
      const id = randomUUID();
      userIds.set(m.username, id);
      users.push({ id, username: m.username, display_name: m.name, title: '网格员', phone: m.phone, password_hash: null, created_at: now, updated_at: now });
      roles.push({ user_id: id, role: 'grid_worker', unit_id: ids.get(m.gridKey)! });
    }
    for (let i = 0; i < users.length; i += 500) await trx.insertInto('users').values(users.slice(i, i + 500)).execute();
    for (let i = 0; i < roles.length; i += 1000) await trx.insertInto('user_roles').values(roles.slice(i, i + 1000)).execute();

    const members = d.gridMembers.map((m) => ({ grid_id: ids.get(m.gridKey)!, role: m.role, name: m.name, phone: m.phone, user_id: m.username ? userIds.get(m.username) ?? null : null }));
    for (let i = 0; i < members.length; i += 1000) await trx.insertInto('grid_members').values(members.slice(i, i + 1000)).execute();

    for (const e of d.enterprises) {
      const id = randomUUID();
      ids.set(e.key, id);
      await trx.insertInto('enterprises').values({ id, name: e.name, uscc: e.uscc, park: e.park, industry: e.industry, station_id: e.stationKey ? ids.get(e.stationKey)! : null, created_at: now }).execute();
    }
    const compounds = d.compounds.map((c) => {
      const id = randomUUID();
      ids.set(c.key, id);
      return { id, name: c.name, street_id: ids.get(c.streetKey)!, community_id: ids.get(c.communityKey)!, households: c.households, property_company: c.propertyCompany, public_rental: c.publicRental };
    });
    await trx.insertInto('compounds').values(compounds).execute();
    await trx
      .insertInto('experts')
      .values(
        d.experts.map((e) => {
          const id = randomUUID();
          ids.set(e.key, id);
          return { id, user_id: e.username ? userIds.get(e.username) ?? null : null, name: e.name, gender: e.gender, kind: e.kind, organization: e.organization, specialties: e.specialties, service_modes: e.serviceModes, years: e.years, bio: e.bio };
        }),
      )
      .execute();
    for (const [username, id] of userIds) ids.set(`user:${username}`, id);
    // A year of cases, in the same transaction: a failure leaves no half-seeded demo.
    await seedDemoCases(trx, generateCases(d, ids, { now }));
    // The present around `now` (rosters, bookings, rules, teams, a fresh 涉众 cluster); tests
    // of the generated year alone leave it out to compare with the generator's own figures.
    if (opts.extras !== false) {
      await seedMassDisputeDemo(trx, d, ids, now);
      await seedDemoStaffing(trx, ids, now);
      await seedDemoExperts(trx, d, ids, now);
      await seedReception(trx, d, ids, now);
      await seedDemoRouting(trx, d, ids, now);
      await seedDemoSessions(trx, ids, now);
      await seedDemoAgreements(trx, now);
      await seedJingtaiHouseholds(trx);
      await seedFollowupDemo(trx, d, ids, now);
    }

    await trx.insertInto('app_settings').values({ key: SETTING, value: JSON.stringify({ seed: 'default', generatedAt: now.toISOString() }), updated_at: now }).execute();
    return ids;
  });
}
