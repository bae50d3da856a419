import { type Kysely, type Selectable, sql } from 'kysely';
import type { DB, PartyTable } from '../db/schema.js';
import { escapeLike } from './org-unit-repository.js';

export type PartyRow = Selectable<PartyTable>;

/** The register of parties: a person is one row however many cases they bring. */
export class PartyRepository {
  constructor(private readonly db: Kysely<DB>) {}

  byId(id: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('parties').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /**
   * An existing party matching the identifiers: ID number, else USCC, else the same name at the
   * same phone — also when the identifier is new to the register but that record has none yet
   * (first registered by name and phone), so that nobody is entered twice.
   */
  async match(db: Kysely<DB>, p: { kind: string; name: string; idNumber?: string | null; phone?: string | null; uscc?: string | null }): Promise<PartyRow | undefined> {
    if (p.idNumber) {
      const byId = await db.selectFrom('parties').selectAll().where('id_number', '=', p.idNumber.toUpperCase()).executeTakeFirst();
      if (byId) return byId;
    } else if (p.uscc) {
      const byCode = await db.selectFrom('parties').selectAll().where('uscc', '=', p.uscc.toUpperCase()).executeTakeFirst();
      if (byCode) return byCode;
    }
    if (p.phone) {
      return db
        .selectFrom('parties')
        .selectAll()
        .where('phone', '=', p.phone)
        .where('name', '=', p.name)
        .where('kind', '=', p.kind as 'person')
        // a record with another identifier is somebody else with the same name at the same phone
        .$if(!!p.idNumber, (q) => q.where('id_number', 'is', null))
        .$if(!p.idNumber && !!p.uscc, (q) => q.where('uscc', 'is', null))
        .orderBy('created_at')
        .executeTakeFirst();
    }
    return undefined;
  }

  /**
   * A new party — or, when another registration entered the same ID number or credit code at the
   * same moment (its transaction has committed once the insert returns), that party.
   */
  async insert(db: Kysely<DB>, p: { kind: 'person' | 'organization'; name: string; idNumber: string | null; phone: string | null; uscc: string | null; address: string | null }, now: Date): Promise<PartyRow> {
    const row = await db
      .insertInto('parties')
      .values({ kind: p.kind, name: p.name, id_number: p.idNumber, phone: p.phone, uscc: p.uscc, address: p.address, created_at: now, updated_at: now })
      .onConflict((oc) => oc.doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row) return row;
    let q = db.selectFrom('parties').selectAll();
    q = p.idNumber ? q.where('id_number', '=', p.idNumber) : q.where('uscc', '=', p.uscc ?? '');
    return q.executeTakeFirstOrThrow();
  }

  /** Fills identifiers the register did not have yet; never overwrites what it has. */
  async complete(db: Kysely<DB>, id: string, p: { idNumber?: string | null; phone?: string | null; uscc?: string | null; address?: string | null }, now: Date) {
    await db
      .updateTable('parties')
      .set({
        id_number: sql`coalesce(id_number, ${p.idNumber ?? null})`,
        phone: sql`coalesce(phone, ${p.phone ?? null})`,
        uscc: sql`coalesce(uscc, ${p.uscc ?? null})`,
        address: sql`coalesce(address, ${p.address ?? null})`,
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
  }

  async link(db: Kysely<DB>, caseId: string, partyId: string, role: string, ordinal: number) {
    await db.insertInto('case_parties').values({ case_id: caseId, party_id: partyId, role: role as 'applicant', ordinal }).onConflict((oc) => oc.doNothing()).execute();
  }

  /** Look-up while typing: by exact identifier, or by name. */
  lookup(q: string, limit: number) {
    const upper = q.toUpperCase();
    return this.db
      .selectFrom('parties as p')
      .selectAll('p')
      .select(sql<number>`(SELECT count(*) FROM case_parties cp WHERE cp.party_id = p.id)`.as('case_count'))
      .where((eb) => eb.or([eb('p.id_number', '=', upper), eb('p.uscc', '=', upper), eb('p.phone', '=', q), eb('p.name', 'like', `${escapeLike(q)}%`)]))
      .orderBy('p.name')
      .limit(limit)
      .execute();
  }
}
