import type { Insertable, Kysely, Updateable } from 'kysely';
import type { AgreementTable, DB, JudicialConfirmationTable } from '../db/schema.js';
import type { TermInput } from '../domain/agreements/terms.js';

/** Settlement agreements of cases: terms, signatures, judicial confirmation, referral receipt. */
export class AgreementRepository {
  constructor(private readonly db: Kysely<DB>) {}

  byCase(caseId: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('agreements').selectAll().where('case_id', '=', caseId).executeTakeFirst();
  }

  forUpdate(trx: Kysely<DB>, caseId: string) {
    return trx.selectFrom('agreements').selectAll().where('case_id', '=', caseId).forUpdate().executeTakeFirst();
  }

  terms(agreementId: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('agreement_terms').selectAll().where('agreement_id', '=', agreementId).orderBy('ordinal').execute();
  }

  signatures(agreementId: string, db: Kysely<DB> = this.db) {
    return db
      .selectFrom('agreement_signatures as s')
      .innerJoin('parties as p', 'p.id', 's.party_id')
      .leftJoin('users as u', 'u.id', 's.recorded_by')
      .select(['s.party_id', 's.status', 's.signed_at', 'p.name', 'u.display_name as recorded_by_name'])
      .where('s.agreement_id', '=', agreementId)
      .orderBy('p.name')
      .execute();
  }

  insert(trx: Kysely<DB>, row: Insertable<AgreementTable>) {
    return trx.insertInto('agreements').values(row).returningAll().executeTakeFirstOrThrow();
  }

  update(trx: Kysely<DB>, id: string, patch: Updateable<AgreementTable>, now: Date) {
    return trx
      .updateTable('agreements')
      .set({ ...patch, updated_at: now, version: (eb) => eb('version', '+', 1) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async replaceTerms(trx: Kysely<DB>, agreementId: string, terms: readonly TermInput[]) {
    await trx.deleteFrom('agreement_terms').where('agreement_id', '=', agreementId).execute();
    if (terms.length === 0) return;
    await trx
      .insertInto('agreement_terms')
      .values(
        terms.map((t, i) => ({
          agreement_id: agreementId,
          ordinal: i + 1,
          obligor_party_id: t.obligorPartyId,
          obligee_party_id: t.obligeePartyId ?? null,
          kind: t.kind,
          description: t.description,
          amount_fen: t.kind === 'payment' ? t.amountFen ?? null : null,
          due_on: t.dueOn ?? null,
        })),
      )
      .execute();
  }

  async resetSignatures(trx: Kysely<DB>, agreementId: string, partyIds: readonly string[]) {
    await trx.deleteFrom('agreement_signatures').where('agreement_id', '=', agreementId).execute();
    if (partyIds.length) await trx.insertInto('agreement_signatures').values(partyIds.map((party_id) => ({ agreement_id: agreementId, party_id }))).execute();
  }

  async clearSignatures(trx: Kysely<DB>, agreementId: string) {
    await trx.deleteFrom('agreement_signatures').where('agreement_id', '=', agreementId).execute();
  }

  async setSignature(trx: Kysely<DB>, agreementId: string, partyId: string, status: 'signed' | 'refused', at: Date, by: string) {
    await trx
      .updateTable('agreement_signatures')
      .set({ status, signed_at: status === 'signed' ? at : null, recorded_by: by })
      .where('agreement_id', '=', agreementId)
      .where('party_id', '=', partyId)
      .execute();
  }

  async markFulfilled(trx: Kysely<DB>, agreementId: string, ordinal: number, at: Date | null) {
    await trx.updateTable('agreement_terms').set({ fulfilled_at: at }).where('agreement_id', '=', agreementId).where('ordinal', '=', ordinal).execute();
  }

  /** The parties of a case who sign: applicants and respondents. */
  async signingParties(caseId: string, db: Kysely<DB> = this.db) {
    const rows = await db.selectFrom('case_parties').select(['party_id', 'role']).where('case_id', '=', caseId).where('role', 'in', ['applicant', 'respondent']).execute();
    return rows.map((r) => r.party_id);
  }

  async caseParties(caseId: string, db: Kysely<DB> = this.db) {
    const rows = await db.selectFrom('case_parties').select('party_id').where('case_id', '=', caseId).execute();
    return new Set(rows.map((r) => r.party_id));
  }

  judicial(caseId: string, db: Kysely<DB> = this.db) {
    return db
      .selectFrom('judicial_confirmations as j')
      .innerJoin('org_units as o', 'o.id', 'j.court_unit_id')
      .selectAll('j')
      .select('o.name as court_name')
      .where('j.case_id', '=', caseId)
      .executeTakeFirst();
  }

  judicialForUpdate(trx: Kysely<DB>, caseId: string) {
    return trx.selectFrom('judicial_confirmations').selectAll().where('case_id', '=', caseId).forUpdate().executeTakeFirst();
  }

  insertJudicial(trx: Kysely<DB>, row: Insertable<JudicialConfirmationTable>) {
    return trx.insertInto('judicial_confirmations').values(row).returningAll().executeTakeFirstOrThrow();
  }

  updateJudicial(trx: Kysely<DB>, id: string, patch: Updateable<JudicialConfirmationTable>) {
    return trx
      .updateTable('judicial_confirmations')
      .set({ ...patch, version: (eb) => eb('version', '+', 1) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Org units that are courts (the destination of an application). */
  court(unitId: string, db: Kysely<DB> = this.db) {
    return db.selectFrom('org_units').select(['id', 'name']).where('id', '=', unitId).where('department_type', '=', 'court').executeTakeFirst();
  }

  courts(db: Kysely<DB> = this.db) {
    return db.selectFrom('org_units').select(['id', 'name']).where('department_type', '=', 'court').orderBy('name').execute();
  }

  /**
   * Signed agreements still waiting for an application whose window closes soon: with a
   * payment term, no judicial confirmation, not reminded yet, concluded on or after `from`.
   */
  unremindedSigned(concludedFrom: string, concludedTo: string, db: Kysely<DB> = this.db) {
    return db
      .selectFrom('agreements as a')
      .innerJoin('cases as c', 'c.id', 'a.case_id')
      .select(['a.id', 'a.case_id', 'a.concluded_on', 'c.code', 'c.title', 'c.assignee_id', 'c.handling_unit_id', 'c.center_id'])
      .where('a.status', '=', 'signed')
      .where('a.jc_reminded_at', 'is', null)
      .where('a.concluded_on', '>=', concludedFrom)
      .where('a.concluded_on', '<=', concludedTo)
      .where('c.status', '<>', 'archived')
      .where((eb) => eb.exists(eb.selectFrom('agreement_terms as t').select('t.ordinal').whereRef('t.agreement_id', '=', 'a.id').where('t.kind', '=', 'payment')))
      .where((eb) => eb.not(eb.exists(eb.selectFrom('judicial_confirmations as j').select('j.id').whereRef('j.case_id', '=', 'a.case_id'))))
      .orderBy('a.concluded_on')
      .execute();
  }

  /** Claims the reminder of one agreement: true for exactly one caller. */
  async claimReminder(trx: Kysely<DB>, agreementId: string, at: Date): Promise<boolean> {
    const r = await trx.updateTable('agreements').set({ jc_reminded_at: at }).where('id', '=', agreementId).where('jc_reminded_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Staff with a handling role on a unit (when nobody is assigned). */
  async unitHandlers(unitId: string, db: Kysely<DB> = this.db) {
    const rows = await db.selectFrom('user_roles').select('user_id').where('unit_id', '=', unitId).where('role', 'in', ['mediator', 'department_liaison']).execute();
    return [...new Set(rows.map((r) => r.user_id))];
  }

  async setEnforceable(trx: Kysely<DB>, agreementId: string, enforceable: boolean, now: Date) {
    await trx.updateTable('agreements').set({ enforceable, updated_at: now, version: (eb) => eb('version', '+', 1) }).where('id', '=', agreementId).execute();
  }

  async sessionOfCase(trx: Kysely<DB>, caseId: string, sessionId: string): Promise<boolean> {
    const s = await trx.selectFrom('mediation_sessions').select('id').where('id', '=', sessionId).where('case_id', '=', caseId).executeTakeFirst();
    return s !== undefined;
  }
}
