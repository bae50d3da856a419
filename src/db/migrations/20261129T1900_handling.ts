import { type Kysely, sql } from 'kysely';

/**
 * Handling (issue #5): mediation rooms and sessions, circuit-mediation plans, document
 * templates and generated case documents, structured settlement agreements with
 * signatures, judicial confirmation, referral receipts, and the households of a group
 * case (涉众) with batch notices through an outbox.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE mediation_rooms (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      unit_id uuid NOT NULL REFERENCES org_units(id),
      name text NOT NULL,
      capacity int NOT NULL DEFAULT 8 CHECK (capacity > 0),
      equipment text,
      active boolean NOT NULL DEFAULT true,
      UNIQUE (unit_id, name)
    )`.execute(db);

  // A circuit-mediation plan: one day's route of community stops with cases to mediate on site.
  await sql`
    CREATE TABLE circuit_plans (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid NOT NULL REFERENCES org_units(id),
      date date NOT NULL,
      title text NOT NULL,
      status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','done','cancelled')),
      note text,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL,
      version int NOT NULL DEFAULT 1
    )`.execute(db);

  // One meeting on one case (a circuit stop's sessions carry the plan).
  await sql`
    CREATE TABLE mediation_sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      mode text NOT NULL CHECK (mode IN ('center','circuit','enterprise_station','online')),
      room_id uuid REFERENCES mediation_rooms(id),
      unit_id uuid REFERENCES org_units(id),
      place text,
      online_url text,
      circuit_plan_id uuid REFERENCES circuit_plans(id) ON DELETE SET NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','held','cancelled')),
      outcome text CHECK (outcome IN ('agreement','partial','no_agreement','adjourned')),
      minutes text,
      minutes_recorded_by uuid REFERENCES users(id),
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL,
      version int NOT NULL DEFAULT 1,
      CHECK (ends_at > starts_at)
    )`.execute(db);
  await sql`CREATE INDEX mediation_sessions_case_idx ON mediation_sessions (case_id)`.execute(db);
  await sql`CREATE INDEX mediation_sessions_room_idx ON mediation_sessions (room_id, starts_at) WHERE status <> 'cancelled'`.execute(db);
  await sql`CREATE INDEX mediation_sessions_time_idx ON mediation_sessions (starts_at)`.execute(db);

  // Who is invited: staff (user_id), an expert, or a party of the case.
  await sql`
    CREATE TABLE session_participants (
      session_id uuid NOT NULL REFERENCES mediation_sessions(id) ON DELETE CASCADE,
      ordinal int NOT NULL,
      kind text NOT NULL CHECK (kind IN ('staff','expert','party')),
      user_id uuid REFERENCES users(id),
      expert_id uuid REFERENCES experts(id),
      party_id uuid REFERENCES parties(id),
      role text,
      attendance text NOT NULL DEFAULT 'invited' CHECK (attendance IN ('invited','present','absent')),
      PRIMARY KEY (session_id, ordinal)
    )`.execute(db);
  await sql`CREATE INDEX session_participants_user_idx ON session_participants (user_id) WHERE user_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX session_participants_expert_idx ON session_participants (expert_id) WHERE expert_id IS NOT NULL`.execute(db);

  // Templates are versioned: an admin uploads a new .docx; the newest active one is used.
  await sql`
    CREATE TABLE document_templates (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('application','minutes','agreement','follow_up_record','judicial_confirmation_application')),
      version int NOT NULL,
      name text NOT NULL,
      sha256 text NOT NULL REFERENCES attachment_blobs(sha256),
      shipped boolean NOT NULL DEFAULT false,
      active boolean NOT NULL DEFAULT true,
      uploaded_by uuid REFERENCES users(id),
      uploaded_at timestamptz NOT NULL,
      UNIQUE (kind, version)
    )`.execute(db);

  // A generated document of a case; every generation is a new version (the file is an attachment).
  await sql`
    CREATE TABLE case_documents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      kind text NOT NULL,
      version int NOT NULL,
      attachment_id uuid NOT NULL REFERENCES attachments(id),
      template_id uuid REFERENCES document_templates(id),
      session_id uuid REFERENCES mediation_sessions(id) ON DELETE SET NULL,
      generated_by uuid REFERENCES users(id),
      generated_at timestamptz NOT NULL,
      UNIQUE (case_id, kind, version)
    )`.execute(db);

  // The settlement agreement of a case, its terms and who has signed.
  await sql`
    CREATE TABLE agreements (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
      session_id uuid REFERENCES mediation_sessions(id) ON DELETE SET NULL,
      summary text NOT NULL,
      total_fen bigint NOT NULL DEFAULT 0 CHECK (total_fen >= 0),
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','signing','signed','void')),
      concluded_on date,
      enforceable boolean NOT NULL DEFAULT false,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE agreement_terms (
      agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
      ordinal int NOT NULL,
      obligor_party_id uuid REFERENCES parties(id),
      obligee_party_id uuid REFERENCES parties(id),
      kind text NOT NULL CHECK (kind IN ('payment','action','refrain','other')),
      description text NOT NULL,
      amount_fen bigint CHECK (amount_fen IS NULL OR amount_fen >= 0),
      due_on date,
      fulfilled_at timestamptz,
      PRIMARY KEY (agreement_id, ordinal)
    )`.execute(db);
  await sql`
    CREATE TABLE agreement_signatures (
      agreement_id uuid NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
      party_id uuid NOT NULL REFERENCES parties(id),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','signed','refused')),
      signed_at timestamptz,
      recorded_by uuid REFERENCES users(id),
      PRIMARY KEY (agreement_id, party_id)
    )`.execute(db);

  await sql`
    CREATE TABLE judicial_confirmations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
      agreement_id uuid NOT NULL REFERENCES agreements(id),
      court_unit_id uuid NOT NULL REFERENCES org_units(id),
      applied_on date NOT NULL,
      status text NOT NULL DEFAULT 'applied' CHECK (status IN ('applied','accepted','confirmed','rejected','withdrawn')),
      accepted_on date,
      ruling_number text,
      ruled_on date,
      result_note text,
      reminded_at timestamptz,
      version int NOT NULL DEFAULT 1,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL
    )`.execute(db);

  // Referral (refer action): the receipt from the destination.
  await sql`ALTER TABLE cases ADD COLUMN referral_unit_id uuid REFERENCES org_units(id)`.execute(db);
  await sql`ALTER TABLE cases ADD COLUMN referral_receipt_no text`.execute(db);
  await sql`ALTER TABLE cases ADD COLUMN referral_received_at timestamptz`.execute(db);

  // The households of a group case and their progress.
  await sql`
    CREATE TABLE group_households (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      group_case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      row_no int NOT NULL,
      party_id uuid REFERENCES parties(id),
      name text NOT NULL,
      id_number text,
      phone text,
      address text,
      representative boolean NOT NULL DEFAULT false,
      claim_fen bigint NOT NULL DEFAULT 0 CHECK (claim_fen >= 0),
      agreed_fen bigint CHECK (agreed_fen IS NULL OR agreed_fen >= 0),
      paid_fen bigint NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
      notified_at timestamptz,
      attended_at timestamptz,
      agreed_at timestamptz,
      signed_at timestamptz,
      paid_at timestamptz,
      note text,
      version int NOT NULL DEFAULT 1,
      UNIQUE (group_case_id, row_no)
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX group_households_id_number_idx ON group_households (group_case_id, id_number) WHERE id_number IS NOT NULL`.execute(db);

  // Outgoing messages (SMS gateway, webhook): written in the same transaction as what causes
  // them, delivered by a job with retries, so nothing is lost while the gateway is down.
  await sql`
    CREATE TABLE notice_batches (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      title text NOT NULL,
      body text NOT NULL,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE outbox (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      channel text NOT NULL,
      recipient text NOT NULL,
      subject text,
      body text NOT NULL,
      batch_id uuid REFERENCES notice_batches(id) ON DELETE CASCADE,
      household_id uuid REFERENCES group_households(id) ON DELETE CASCADE,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','failed')),
      attempts int NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL,
      last_error text,
      sent_at timestamptz,
      created_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'pending'`.execute(db);
  await sql`CREATE INDEX outbox_batch_idx ON outbox (batch_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['outbox', 'notice_batches', 'group_households', 'judicial_confirmations', 'agreement_signatures', 'agreement_terms', 'agreements', 'case_documents', 'document_templates', 'session_participants', 'mediation_sessions', 'circuit_plans', 'mediation_rooms']) {
    await sql`DROP TABLE IF EXISTS ${sql.id(t)}`.execute(db);
  }
  for (const col of ['referral_received_at', 'referral_receipt_no', 'referral_unit_id']) {
    await sql`ALTER TABLE cases DROP COLUMN IF EXISTS ${sql.id(col)}`.execute(db);
  }
}
