import { type Kysely, sql } from 'kysely';

/**
 * Routing and intake (issue #4): routing rules as data, duty rosters, on-call
 * requests to law firms and social organisations, themed reception days and
 * their bookings, two-way expert matching, and the link of a case to the group
 * case (涉众) it was gathered into.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Ordered rules: the first enabled rule whose conditions all hold routes the case.
  await sql`
    CREATE TABLE routing_rules (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid REFERENCES org_units(id),
      name text NOT NULL,
      position int NOT NULL,
      enabled boolean NOT NULL DEFAULT true,
      conditions jsonb NOT NULL DEFAULT '{}',
      target jsonb NOT NULL,
      note text,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      updated_by uuid REFERENCES users(id)
    )`.execute(db);
  await sql`CREATE INDEX routing_rules_order_idx ON routing_rules (position)`.execute(db);

  // One person on duty in one unit on one day (rotating tiers and named rosters).
  await sql`
    CREATE TABLE duty_shifts (
      unit_id uuid NOT NULL REFERENCES org_units(id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      date date NOT NULL,
      note text,
      PRIMARY KEY (unit_id, date, user_id)
    )`.execute(db);
  await sql`CREATE INDEX duty_shifts_user_idx ON duty_shifts (user_id, date)`.execute(db);

  // A request to an on-call body (law firm, social organisation, district bureau) for one case.
  await sql`
    CREATE TABLE oncall_requests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      unit_id uuid NOT NULL REFERENCES org_units(id),
      message text NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','accepted','declined','expired','done','cancelled')),
      requested_by uuid REFERENCES users(id),
      requested_at timestamptz NOT NULL,
      respond_by timestamptz NOT NULL,
      responded_at timestamptz,
      responder_id uuid REFERENCES users(id),
      response_note text,
      version int NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`CREATE INDEX oncall_requests_case_idx ON oncall_requests (case_id)`.execute(db);
  await sql`CREATE INDEX oncall_requests_open_idx ON oncall_requests (unit_id, respond_by) WHERE status = 'pending'`.execute(db);

  // Themed reception days (主题接待日): which weekday hosts which theme at a center.
  await sql`
    CREATE TABLE reception_themes (
      center_id uuid NOT NULL REFERENCES org_units(id) ON DELETE CASCADE,
      theme text NOT NULL CHECK (theme IN ('labour','contract','property_rights','operations','rights_protection')),
      weekday int NOT NULL CHECK (weekday BETWEEN 1 AND 7),
      host_unit_id uuid REFERENCES org_units(id),
      slots text[] NOT NULL DEFAULT '{}',
      capacity int NOT NULL DEFAULT 2 CHECK (capacity > 0),
      note text,
      version int NOT NULL DEFAULT 1,
      PRIMARY KEY (center_id, theme)
    )`.execute(db);

  await sql`
    CREATE TABLE reception_bookings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE,
      center_id uuid NOT NULL REFERENCES org_units(id),
      theme text NOT NULL,
      date date NOT NULL,
      slot text NOT NULL,
      enterprise_id uuid REFERENCES enterprises(id),
      organization_name text NOT NULL,
      uscc text,
      contact_name text NOT NULL,
      contact_phone text NOT NULL,
      topic text NOT NULL,
      status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked','cancelled','attended','no_show')),
      case_id uuid REFERENCES cases(id),
      booked_by uuid REFERENCES users(id),
      booked_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX reception_bookings_slot_idx ON reception_bookings (center_id, date, slot) WHERE status <> 'cancelled'`.execute(db);

  // Expert pool: availability beside the profile; two-way matching on case_experts.
  await sql`ALTER TABLE experts ADD COLUMN available boolean NOT NULL DEFAULT true`.execute(db);
  await sql`ALTER TABLE experts ADD COLUMN availability_note text`.execute(db);
  await sql`ALTER TABLE experts ADD COLUMN max_open_cases int NOT NULL DEFAULT 5`.execute(db);
  await sql`ALTER TABLE case_experts ALTER COLUMN status SET DEFAULT 'proposed'`.execute(db);
  await sql`ALTER TABLE case_experts ADD CONSTRAINT case_experts_status_check CHECK (status IN ('proposed','accepted','declined','expired','withdrawn'))`.execute(db);
  await sql`ALTER TABLE case_experts ADD COLUMN proposed_by text NOT NULL DEFAULT 'dispatcher' CHECK (proposed_by IN ('party','dispatcher','fallback'))`.execute(db);
  await sql`ALTER TABLE case_experts ADD COLUMN proposed_at timestamptz`.execute(db);
  await sql`ALTER TABLE case_experts ADD COLUMN respond_by timestamptz`.execute(db);
  await sql`ALTER TABLE case_experts ADD COLUMN responded_at timestamptz`.execute(db);
  await sql`ALTER TABLE case_experts ADD COLUMN decline_reason text`.execute(db);
  await sql`ALTER TABLE case_experts ADD COLUMN replaces_expert_id uuid REFERENCES experts(id)`.execute(db);
  await sql`CREATE INDEX case_experts_pending_idx ON case_experts (respond_by) WHERE status = 'proposed'`.execute(db);
  await sql`CREATE INDEX case_experts_expert_idx ON case_experts (expert_id, status)`.execute(db);

  // 涉众: a case gathered into a group case points at it.
  await sql`ALTER TABLE cases ADD COLUMN is_group boolean NOT NULL DEFAULT false`.execute(db);
  await sql`ALTER TABLE cases ADD COLUMN group_case_id uuid REFERENCES cases(id)`.execute(db);
  await sql`CREATE INDEX cases_group_idx ON cases (group_case_id) WHERE group_case_id IS NOT NULL`.execute(db);
  // Load of a handler (open cases assigned) is read at every routing decision.
  await sql`CREATE INDEX cases_assignee_open_idx ON cases (assignee_id) WHERE status IN ('routed','accepted','handling')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS cases_assignee_open_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS cases_group_idx`.execute(db);
  await sql`ALTER TABLE cases DROP COLUMN IF EXISTS group_case_id`.execute(db);
  await sql`ALTER TABLE cases DROP COLUMN IF EXISTS is_group`.execute(db);
  await sql`DROP INDEX IF EXISTS case_experts_expert_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS case_experts_pending_idx`.execute(db);
  for (const col of ['replaces_expert_id', 'decline_reason', 'responded_at', 'respond_by', 'proposed_at', 'proposed_by']) {
    await sql`ALTER TABLE case_experts DROP COLUMN IF EXISTS ${sql.id(col)}`.execute(db);
  }
  await sql`ALTER TABLE case_experts DROP CONSTRAINT IF EXISTS case_experts_status_check`.execute(db);
  await sql`ALTER TABLE case_experts ALTER COLUMN status SET DEFAULT 'accepted'`.execute(db);
  for (const col of ['max_open_cases', 'availability_note', 'available']) {
    await sql`ALTER TABLE experts DROP COLUMN IF EXISTS ${sql.id(col)}`.execute(db);
  }
  for (const t of ['reception_bookings', 'reception_themes', 'oncall_requests', 'duty_shifts', 'routing_rules']) {
    await sql`DROP TABLE IF EXISTS ${sql.id(t)}`.execute(db);
  }
}
