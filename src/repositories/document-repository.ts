import type { Kysely } from 'kysely';
import type { DB, DocumentKind } from '../db/schema.js';

/** Document templates, generated case documents, and the case facts a document is filled with. */
export class DocumentRepository {
  constructor(private readonly db: Kysely<DB>) {}

  templates() {
    return this.db
      .selectFrom('document_templates as t')
      .leftJoin('users as u', 'u.id', 't.uploaded_by')
      .select(['t.id', 't.kind', 't.version', 't.name', 't.sha256', 't.shipped', 't.active', 't.uploaded_at', 'u.display_name as uploaded_by_name'])
      .orderBy('t.kind')
      .orderBy('t.version', 'desc')
      .execute();
  }

  templateKinds() {
    return this.db.selectFrom('document_templates').select('kind').distinct().execute();
  }

  template(id: string) {
    return this.db.selectFrom('document_templates').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The template in use for a kind: the active one (the newest, should several be marked). */
  activeTemplate(kind: DocumentKind, db: Kysely<DB> = this.db) {
    return db
      .selectFrom('document_templates as t')
      .innerJoin('attachment_blobs as b', 'b.sha256', 't.sha256')
      .select(['t.id', 't.version', 't.name', 'b.content'])
      .where('t.kind', '=', kind)
      .where('t.active', '=', true)
      .orderBy('t.version', 'desc')
      .executeTakeFirst();
  }

  blob(sha256: string) {
    return this.db.selectFrom('attachment_blobs').select('content').where('sha256', '=', sha256).executeTakeFirst();
  }

  async putBlob(trx: Kysely<DB>, sha256: string, content: Buffer): Promise<void> {
    await trx.insertInto('attachment_blobs').values({ sha256, content }).onConflict((oc) => oc.column('sha256').doNothing()).execute();
  }

  /**
   * Adds a template version of a kind and makes it the only active one. The kind's rows
   * are locked first so that two uploads at once get distinct versions.
   */
  async addTemplate(trx: Kysely<DB>, t: { kind: DocumentKind; name: string; sha256: string; shipped: boolean; uploadedBy: string | null; at: Date; version?: number }) {
    await trx.selectFrom('document_templates').select('id').where('kind', '=', t.kind).forUpdate().execute();
    const last = await trx.selectFrom('document_templates').select((eb) => eb.fn.max('version').as('v')).where('kind', '=', t.kind).executeTakeFirst();
    const version = t.version ?? Number(last?.v ?? 0) + 1;
    await trx.updateTable('document_templates').set({ active: false }).where('kind', '=', t.kind).execute();
    return trx
      .insertInto('document_templates')
      .values({ kind: t.kind, version, name: t.name, sha256: t.sha256, shipped: t.shipped, active: true, uploaded_by: t.uploadedBy, uploaded_at: t.at })
      .onConflict((oc) => oc.columns(['kind', 'version']).doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  async activate(trx: Kysely<DB>, id: string, kind: DocumentKind): Promise<void> {
    await trx.updateTable('document_templates').set({ active: false }).where('kind', '=', kind).where('id', '<>', id).execute();
    await trx.updateTable('document_templates').set({ active: true }).where('id', '=', id).execute();
  }

  caseDocuments(caseId: string) {
    return this.db
      .selectFrom('case_documents as d')
      .innerJoin('attachments as a', 'a.id', 'd.attachment_id')
      .leftJoin('document_templates as t', 't.id', 'd.template_id')
      .leftJoin('users as u', 'u.id', 'd.generated_by')
      .select(['d.id', 'd.kind', 'd.version', 'd.attachment_id', 'd.session_id', 'd.generated_at', 'a.filename', 'a.size', 't.version as template_version', 'u.display_name as generated_by_name'])
      .where('d.case_id', '=', caseId)
      .orderBy('d.kind')
      .orderBy('d.version', 'desc')
      .execute();
  }

  /** The version the next document of a kind gets (the caller holds the case row locked). */
  async nextVersion(trx: Kysely<DB>, caseId: string, kind: DocumentKind): Promise<number> {
    const last = await trx.selectFrom('case_documents').select((eb) => eb.fn.max('version').as('v')).where('case_id', '=', caseId).where('kind', '=', kind).executeTakeFirst();
    return Number(last?.v ?? 0) + 1;
  }

  /** Stores a generated file as an attachment of the case and its document row. */
  async addCaseDocument(
    trx: Kysely<DB>,
    d: { caseId: string; kind: DocumentKind; version: number; attachmentKind: string; filename: string; content: Buffer; sha256: string; templateId: string; sessionId: string | null; by: string; at: Date },
  ) {
    const { version, filename } = d;
    await this.putBlob(trx, d.sha256, d.content);
    const a = await trx
      .insertInto('attachments')
      .values({
        case_id: d.caseId,
        kind: d.attachmentKind,
        filename,
        content_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        size: d.content.length,
        sha256: d.sha256,
        uploaded_by: d.by,
        uploaded_at: d.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const doc = await trx
      .insertInto('case_documents')
      .values({ case_id: d.caseId, kind: d.kind, version, attachment_id: a.id, template_id: d.templateId, session_id: d.sessionId, generated_by: d.by, generated_at: d.at })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { ...doc, filename };
  }

  /** Every party of a case with full identifiers (documents carry them; nothing else reads this). */
  parties(caseId: string) {
    return this.db
      .selectFrom('case_parties as cp')
      .innerJoin('parties as p', 'p.id', 'cp.party_id')
      .select(['p.id', 'cp.role', 'p.kind', 'p.name', 'p.id_number', 'p.uscc', 'p.phone', 'p.address'])
      .where('cp.case_id', '=', caseId)
      .orderBy('cp.ordinal')
      .execute();
  }

  unitName(id: string | null) {
    if (!id) return Promise.resolve(undefined);
    return this.db.selectFrom('org_units').select('name').where('id', '=', id).executeTakeFirst().then((r) => r?.name);
  }

  userName(id: string | null) {
    if (!id) return Promise.resolve(undefined);
    return this.db.selectFrom('users').select('display_name').where('id', '=', id).executeTakeFirst().then((r) => r?.display_name);
  }

  categoryName(code: string) {
    return this.db.selectFrom('categories').select('name_zh').where('code', '=', code).executeTakeFirst().then((r) => r?.name_zh ?? code);
  }

  /** The sessions of a case that minutes can be written from (not cancelled), newest first. */
  sessions(caseId: string) {
    return this.db
      .selectFrom('mediation_sessions as s')
      .leftJoin('mediation_rooms as r', 'r.id', 's.room_id')
      .leftJoin('org_units as u', 'u.id', 's.unit_id')
      .leftJoin('users as rec', 'rec.id', 's.minutes_recorded_by')
      .select(['s.id', 's.mode', 's.status', 's.starts_at', 's.ends_at', 's.place', 's.online_url', 's.minutes', 's.outcome', 'r.name as room_name', 'u.name as unit_name', 'rec.display_name as recorder_name'])
      .where('s.case_id', '=', caseId)
      .where('s.status', '<>', 'cancelled')
      .orderBy('s.starts_at', 'desc')
      .execute();
  }

  participants(sessionId: string) {
    return this.db
      .selectFrom('session_participants as sp')
      .leftJoin('users as u', 'u.id', 'sp.user_id')
      .leftJoin('experts as e', 'e.id', 'sp.expert_id')
      .leftJoin('parties as p', 'p.id', 'sp.party_id')
      .select(['sp.kind', 'sp.role', 'sp.attendance', 'u.display_name as user_name', 'e.name as expert_name', 'p.name as party_name'])
      .where('sp.session_id', '=', sessionId)
      .orderBy('sp.ordinal')
      .execute();
  }

  /** The agreement of a case unless void, with its terms and signatures (party names resolved). */
  async agreement(caseId: string) {
    const a = await this.db.selectFrom('agreements').selectAll().where('case_id', '=', caseId).where('status', '<>', 'void').executeTakeFirst();
    if (!a) return undefined;
    const [terms, signatures] = await Promise.all([
      this.db
        .selectFrom('agreement_terms as t')
        .leftJoin('parties as o', 'o.id', 't.obligor_party_id')
        .leftJoin('parties as e', 'e.id', 't.obligee_party_id')
        .select(['t.ordinal', 't.kind', 't.description', 't.amount_fen', 't.due_on', 't.fulfilled_at', 'o.name as obligor_name', 'e.name as obligee_name'])
        .where('t.agreement_id', '=', a.id)
        .orderBy('t.ordinal')
        .execute(),
      this.db
        .selectFrom('agreement_signatures as s')
        .innerJoin('parties as p', 'p.id', 's.party_id')
        .select(['p.name', 's.status', 's.signed_at'])
        .where('s.agreement_id', '=', a.id)
        .execute(),
    ]);
    return { ...a, terms, signatures };
  }

  judicial(caseId: string) {
    return this.db
      .selectFrom('judicial_confirmations as j')
      .innerJoin('org_units as u', 'u.id', 'j.court_unit_id')
      .select(['j.applied_on', 'j.status', 'u.name as court_name'])
      .where('j.case_id', '=', caseId)
      .where('j.status', '<>', 'withdrawn')
      .executeTakeFirst();
  }
}
