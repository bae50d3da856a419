import { type Insertable, type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.js';
import type { DemoCaseBundle } from './cases.js';

/** Rows per INSERT statement (well below PostgreSQL's 65,535 bind parameters for the widest table). */
const CHUNK = 500;

type Table = 'parties' | 'cases' | 'case_parties' | 'case_events' | 'case_deadlines';

async function insertChunks<T extends Table>(db: Kysely<DB>, table: T, rows: readonly Insertable<DB[T]>[], chunk = CHUNK): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    // The generic row type is the table's insertable row; Kysely cannot relate the two through T.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + chunk) as never)
      .execute();
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
    await insertChunks(trx, 'parties', bundle.parties);
    await insertChunks(trx, 'cases', bundle.cases);
    await insertChunks(trx, 'case_parties', bundle.caseParties, 1000);
    await insertChunks(trx, 'case_events', bundle.events, 1000);
    await insertChunks(trx, 'case_deadlines', bundle.deadlines, 1000);
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
      await trx
        .updateTable('org_units')
        .set({ case_code_prefix: prefix })
        .where('id', '=', centerId)
        .where('case_code_prefix', 'is', null)
        .execute();
    }
  };
  if (db.isTransaction) await run(db);
  else await db.transaction().execute(run);
}
