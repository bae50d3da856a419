import { type Kysely, sql } from 'kysely';
import { SHIPPED_CALENDAR } from '../../domain/calendar/holidays.js';
import { SHIPPED_CATEGORIES } from '../../domain/case/taxonomy.js';

/** The closed loop: cases, parties, timeline events, deadlines, attachments, notifications, rules as data. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE org_units ADD COLUMN case_code_prefix text, ADD COLUMN lead_user_id uuid REFERENCES users(id)`.execute(db);

  await sql`
    CREATE TABLE categories (
      code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,40}$'),
      parent_code text REFERENCES categories(code),
      name_zh text NOT NULL,
      name_en text NOT NULL,
      handling_days int NOT NULL CHECK (handling_days BETWEEN 1 AND 365),
      active boolean NOT NULL DEFAULT true,
      sort int NOT NULL DEFAULT 0
    )`.execute(db);
  let i = 0;
  for (const c of SHIPPED_CATEGORIES) {
    await sql`INSERT INTO categories (code, name_zh, name_en, handling_days, sort) VALUES (${c.code}, ${c.zh}, ${c.en}, ${c.handlingDays}, ${i++})`.execute(db);
  }

  await sql`
    CREATE TABLE calendar_days (
      date date PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('holiday','workday')),
      name text NOT NULL
    )`.execute(db);
  for (const d of SHIPPED_CALENDAR) {
    await sql`INSERT INTO calendar_days (date, kind, name) VALUES (${d.date}, ${d.kind}, ${d.name}) ON CONFLICT (date) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name`.execute(db);
  }

  await sql`
    CREATE TABLE policies (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      version int NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid
    )`.execute(db);

  await sql`
    CREATE TABLE parties (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('person','organization')),
      name text NOT NULL,
      id_number text,
      phone text,
      uscc text,
      address text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX parties_id_number_idx ON parties (id_number) WHERE id_number IS NOT NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX parties_uscc_idx ON parties (uscc) WHERE uscc IS NOT NULL`.execute(db);
  await sql`CREATE INDEX parties_phone_idx ON parties (phone) WHERE phone IS NOT NULL`.execute(db);
  await sql`CREATE INDEX parties_name_trgm ON parties USING gin (name gin_trgm_ops)`.execute(db);

  await sql`
    CREATE TABLE case_sequences (
      center_id uuid NOT NULL REFERENCES org_units(id),
      year int NOT NULL,
      last int NOT NULL,
      PRIMARY KEY (center_id, year)
    )`.execute(db);

  await sql`
    CREATE TABLE cases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      center_id uuid NOT NULL REFERENCES org_units(id),
      intake_unit_id uuid REFERENCES org_units(id),
      channel text NOT NULL,
      category text NOT NULL REFERENCES categories(code),
      subcategory text REFERENCES categories(code),
      title text NOT NULL,
      description text NOT NULL,
      address text,
      district_id uuid REFERENCES org_units(id),
      street_id uuid REFERENCES org_units(id),
      community_id uuid REFERENCES org_units(id),
      grid_id uuid REFERENCES org_units(id),
      compound_id uuid REFERENCES compounds(id),
      amount_fen bigint CHECK (amount_fen >= 0),
      people_count int NOT NULL DEFAULT 1 CHECK (people_count >= 1),
      urgency text NOT NULL DEFAULT 'normal',
      risk_level text,
      status text NOT NULL,
      paused boolean NOT NULL DEFAULT false,
      pause_reason text,
      handling_unit_id uuid REFERENCES org_units(id),
      assignee_id uuid REFERENCES users(id),
      outcome text,
      outcome_note text,
      referral_destination text,
      referral_note text,
      satisfaction text,
      judicial_confirmation text,
      money_recovered_fen bigint NOT NULL DEFAULT 0,
      linked_case_id uuid REFERENCES cases(id),
      service_mode text,
      registered_at timestamptz NOT NULL,
      accepted_at timestamptz,
      concluded_at timestamptz,
      archived_at timestamptz,
      registered_by uuid REFERENCES users(id),
      search_text text NOT NULL DEFAULT '',
      version int NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX cases_list_idx ON cases (registered_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX cases_status_idx ON cases (status, registered_at DESC)`.execute(db);
  await sql`CREATE INDEX cases_center_idx ON cases (center_id, registered_at DESC)`.execute(db);
  await sql`CREATE INDEX cases_street_idx ON cases (street_id, registered_at DESC)`.execute(db);
  await sql`CREATE INDEX cases_community_idx ON cases (community_id, registered_at DESC)`.execute(db);
  await sql`CREATE INDEX cases_grid_idx ON cases (grid_id, registered_at DESC)`.execute(db);
  await sql`CREATE INDEX cases_unit_idx ON cases (handling_unit_id, status)`.execute(db);
  await sql`CREATE INDEX cases_assignee_idx ON cases (assignee_id, status)`.execute(db);
  await sql`CREATE INDEX cases_search_trgm ON cases USING gin (search_text gin_trgm_ops)`.execute(db);

  await sql`
    CREATE TABLE case_parties (
      case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      party_id uuid NOT NULL REFERENCES parties(id),
      role text NOT NULL CHECK (role IN ('applicant','respondent','third_party')),
      ordinal int NOT NULL,
      PRIMARY KEY (case_id, party_id, role)
    )`.execute(db);
  await sql`CREATE INDEX case_parties_party_idx ON case_parties (party_id)`.execute(db);

  await sql`
    CREATE TABLE case_events (
      id bigserial PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      seq int NOT NULL,
      type text NOT NULL,
      from_status text,
      to_status text,
      actor_id uuid REFERENCES users(id),
      actor_name text,
      at timestamptz NOT NULL,
      reason text,
      data jsonb NOT NULL DEFAULT '{}',
      UNIQUE (case_id, seq)
    )`.execute(db);
  await sql`CREATE INDEX case_events_type_at_idx ON case_events (type, at)`.execute(db);

  await sql`
    CREATE TABLE case_deadlines (
      case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('response','handling')),
      started_at timestamptz NOT NULL,
      due_at timestamptz,
      met_at timestamptz,
      breached boolean NOT NULL DEFAULT false,
      escalation_level int NOT NULL DEFAULT 0,
      PRIMARY KEY (case_id, kind)
    )`.execute(db);
  await sql`CREATE INDEX case_deadlines_due_idx ON case_deadlines (due_at) WHERE met_at IS NULL`.execute(db);

  await sql`
    CREATE TABLE case_experts (
      case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      expert_id uuid NOT NULL REFERENCES experts(id),
      lead boolean NOT NULL DEFAULT false,
      status text NOT NULL DEFAULT 'accepted',
      PRIMARY KEY (case_id, expert_id)
    )`.execute(db);

  await sql`
    CREATE TABLE attachment_blobs (
      sha256 text PRIMARY KEY,
      content bytea NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE attachments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      kind text NOT NULL,
      filename text NOT NULL,
      content_type text NOT NULL,
      size int NOT NULL,
      sha256 text NOT NULL REFERENCES attachment_blobs(sha256),
      uploaded_by uuid REFERENCES users(id),
      uploaded_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX attachments_case_idx ON attachments (case_id)`.execute(db);

  await sql`
    CREATE TABLE case_annotations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      author_id uuid REFERENCES users(id),
      author_name text,
      text text NOT NULL,
      at timestamptz NOT NULL
    )`.execute(db);

  await sql`
    CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      case_id uuid REFERENCES cases(id) ON DELETE CASCADE,
      kind text NOT NULL,
      title text NOT NULL,
      body text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL,
      read_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['notifications', 'case_annotations', 'attachments', 'attachment_blobs', 'case_experts', 'case_deadlines', 'case_events', 'case_parties', 'cases', 'case_sequences', 'parties', 'policies', 'calendar_days', 'categories']) {
    await sql`DROP TABLE IF EXISTS ${sql.raw(t)} CASCADE`.execute(db);
  }
  await sql`ALTER TABLE org_units DROP COLUMN IF EXISTS case_code_prefix, DROP COLUMN IF EXISTS lead_user_id`.execute(db);
}
