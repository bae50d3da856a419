import { type Insertable, type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import type { DemoCaseBundle } from './cases.js';

type Table = 'parties' | 'cases' | 'case_parties' | 'case_events' | 'case_deadlines';

/**
 * Inserts rows as one JSON document per statement (json_populate_recordset against
 * the table's own row type): one bind parameter instead of one per value, which is
 * what costs most on the embedded engine. Columns not given keep their defaults.
 */
async function insertJson<T extends Table>(db: Kysely<DB>, table: T, rows: readonly Insertable<DB[T]>[], chunk: number, json: (row: Insertable<DB[T]>) => object = (r) => r): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const columns = [...new Set(part.flatMap((r) => Object.keys(r)))];
    const list = sql.join(columns.map((c) => sql.ref(c)));
    await sql`INSERT INTO ${sql.table(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${sql.table(table)}, ${JSON.stringify(part.map(json))}::json)`.execute(db);
  }
}

/**
 * Writes a generated year of cases (see generateCases) in one transaction: parties,
 * cases (in registration order, so that rebounds follow the case they link), their
 * parties, timeline events and deadlines, then the code sequences of each center
 * and year (never lowered), and the centers' case-code prefixes where not yet set.
 * Inside a transaction already (e.g. seedDemo's), it runs in that one.
 */
export async function seedDemoCases(db: Kysely<DB>, bundle: DemoCaseBundle): Promise<void> {
  const run = async (trx: Kysely<DB>): Promise<void> => {
    await insertJson(trx, 'parties', bundle.parties, 2000);
    await insertJson(trx, 'cases', bundle.cases, 500);
    await insertJson(trx, 'case_parties', bundle.caseParties, 5000);
    // Event data is stored as a JSON string in the bundle (the insert type of a jsonb column); here it is nested as an object.
    await insertJson(trx, 'case_events', bundle.events, 2000, (e) => ({ ...e, data: JSON.parse(e.data) as unknown }));
    await insertJson(trx, 'case_deadlines', bundle.deadlines, 5000);
    for (const s of bundle.sequences) {
      await trx
        .insertInto('case_sequences')
        .values(s)
        .onConflict((oc) => oc.columns(['center_id', 'year']).doUpdateSet({ last: sql<number>`GREATEST(case_sequences.last, excluded.last)` }))
        .execute();
    }
    // The prefix of each center's codes (KDL, KDLKF), as the generated codes use it.
    const prefixes = new Map<string, string>();
    for (const c of bundle.cases) if (!prefixes.has(c.center_id)) prefixes.set(c.center_id, c.code.slice(0, c.code.indexOf('-')));
    for (const [centerId, prefix] of prefixes) {
      await trx.updateTable('org_units').set({ case_code_prefix: prefix }).where('id', '=', centerId).where('case_code_prefix', 'is', null).execute();
    }
  };
  if (db.isTransaction) await run(db);
  else await db.transaction().execute(run);
}
