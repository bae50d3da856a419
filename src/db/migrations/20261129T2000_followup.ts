import { type Kysely, sql } from 'kysely';

/**
 * Follow-up and risk (SPEC §3.5): versioned risk checklists and the assessments made
 * with them, household profiles, risk-graded follow-up plans with their visits,
 * screening campaigns grid by grid, and the assistance catalogue with its referrals.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A checklist is never edited once used: a change is a new version of the same code.
  await sql`
    CREATE TABLE risk_checklists (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL,
      version int NOT NULL,
      name text NOT NULL,
      name_en text NOT NULL,
      items jsonb NOT NULL,
      thresholds jsonb NOT NULL,
      active boolean NOT NULL DEFAULT false,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL,
      UNIQUE (code, version)
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX risk_checklists_one_active ON risk_checklists (code) WHERE active`.execute(db);

  await sql`
    CREATE TABLE household_profiles (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      grid_id uuid NOT NULL REFERENCES org_units(id),
      address text NOT NULL,
      head_name text NOT NULL,
      head_phone text,
      members jsonb NOT NULL DEFAULT '[]',
      risk_level text,
      risk_score int,
      last_assessed_at timestamptz,
      notes text,
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      version int NOT NULL DEFAULT 1,
      UNIQUE (grid_id, address)
    )`.execute(db);
  await sql`CREATE INDEX household_profiles_level_idx ON household_profiles (risk_level, grid_id)`.execute(db);
  await sql`
    CREATE TABLE household_cases (
      household_id uuid NOT NULL REFERENCES household_profiles(id) ON DELETE CASCADE,
      case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
      PRIMARY KEY (household_id, case_id)
    )`.execute(db);
  await sql`CREATE INDEX household_cases_case_idx ON household_cases (case_id)`.execute(db);

  await sql`
    CREATE TABLE risk_assessments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      checklist_id uuid NOT NULL REFERENCES risk_checklists(id),
      case_id uuid REFERENCES cases(id) ON DELETE CASCADE,
      household_id uuid REFERENCES household_profiles(id) ON DELETE CASCADE,
      context text NOT NULL,
      answers jsonb NOT NULL,
      score int NOT NULL,
      level text NOT NULL,
      assessed_by uuid REFERENCES users(id),
      assessed_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX risk_assessments_case_idx ON risk_assessments (case_id, assessed_at) WHERE case_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX risk_assessments_household_idx ON risk_assessments (household_id, assessed_at) WHERE household_id IS NOT NULL`.execute(db);

  await sql`
    CREATE TABLE followup_plans (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid REFERENCES cases(id) ON DELETE CASCADE,
      household_id uuid REFERENCES household_profiles(id) ON DELETE CASCADE,
      center_id uuid REFERENCES org_units(id),
      grid_id uuid REFERENCES org_units(id),
      level text NOT NULL,
      status text NOT NULL DEFAULT 'active',
      stable_run int NOT NULL DEFAULT 0,
      started_at timestamptz NOT NULL,
      ended_at timestamptz,
      end_reason text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      version int NOT NULL DEFAULT 1,
      CHECK (case_id IS NOT NULL OR household_id IS NOT NULL)
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX followup_plans_one_active_case ON followup_plans (case_id) WHERE status = 'active' AND case_id IS NOT NULL`.execute(db);
  await sql`CREATE UNIQUE INDEX followup_plans_one_active_household ON followup_plans (household_id) WHERE status = 'active' AND household_id IS NOT NULL AND case_id IS NULL`.execute(db);
  await sql`CREATE INDEX followup_plans_grid_idx ON followup_plans (grid_id, status)`.execute(db);

  await sql`
    CREATE TABLE followup_visits (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      plan_id uuid NOT NULL REFERENCES followup_plans(id) ON DELETE CASCADE,
      seq int NOT NULL,
      due_on date NOT NULL,
      status text NOT NULL DEFAULT 'due',
      done_at timestamptz,
      done_by uuid REFERENCES users(id),
      mode text,
      stability text,
      notes text,
      photo_sha256 text REFERENCES attachment_blobs(sha256),
      photo_content_type text,
      level_before text NOT NULL,
      level_after text,
      assessment_id uuid REFERENCES risk_assessments(id),
      rebound_case_id uuid REFERENCES cases(id),
      escalation_level int NOT NULL DEFAULT 0,
      escalated_at timestamptz,
      client_id text UNIQUE,
      version int NOT NULL DEFAULT 1,
      UNIQUE (plan_id, seq)
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX followup_visits_one_open ON followup_visits (plan_id) WHERE status = 'due'`.execute(db);
  await sql`CREATE INDEX followup_visits_due_idx ON followup_visits (due_on) WHERE status = 'due'`.execute(db);
  await sql`CREATE INDEX followup_visits_done_idx ON followup_visits (done_at) WHERE status = 'done'`.execute(db);

  await sql`
    CREATE TABLE screening_campaigns (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid NOT NULL REFERENCES org_units(id),
      name text NOT NULL,
      description text,
      checklist_id uuid NOT NULL REFERENCES risk_checklists(id),
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      status text NOT NULL DEFAULT 'open',
      created_by uuid REFERENCES users(id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      version int NOT NULL DEFAULT 1,
      CHECK (ends_on >= starts_on)
    )`.execute(db);
  await sql`
    CREATE TABLE screening_campaign_grids (
      campaign_id uuid NOT NULL REFERENCES screening_campaigns(id) ON DELETE CASCADE,
      grid_id uuid NOT NULL REFERENCES org_units(id),
      target_households int NOT NULL CHECK (target_households >= 0),
      PRIMARY KEY (campaign_id, grid_id)
    )`.execute(db);
  await sql`
    CREATE TABLE screenings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      campaign_id uuid NOT NULL REFERENCES screening_campaigns(id) ON DELETE CASCADE,
      grid_id uuid NOT NULL REFERENCES org_units(id),
      household_id uuid REFERENCES household_profiles(id),
      address text NOT NULL,
      head_name text,
      assessment_id uuid NOT NULL REFERENCES risk_assessments(id),
      score int NOT NULL,
      level text NOT NULL,
      screened_by uuid REFERENCES users(id),
      screened_at timestamptz NOT NULL,
      client_id text UNIQUE,
      UNIQUE (campaign_id, grid_id, address)
    )`.execute(db);
  await sql`CREATE INDEX screenings_grid_idx ON screenings (campaign_id, grid_id)`.execute(db);

  await sql`
    CREATE TABLE assistance_resources (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      center_id uuid REFERENCES org_units(id),
      kind text NOT NULL,
      name text NOT NULL,
      provider text NOT NULL,
      provider_unit_id uuid REFERENCES org_units(id),
      contact_phone text,
      description text,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      version int NOT NULL DEFAULT 1
    )`.execute(db);
  await sql`
    CREATE TABLE assistance_referrals (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      resource_id uuid NOT NULL REFERENCES assistance_resources(id),
      case_id uuid REFERENCES cases(id) ON DELETE CASCADE,
      household_id uuid REFERENCES household_profiles(id) ON DELETE CASCADE,
      visit_id uuid REFERENCES followup_visits(id),
      reason text NOT NULL,
      status text NOT NULL DEFAULT 'referred',
      outcome text,
      referred_by uuid REFERENCES users(id),
      referred_at timestamptz NOT NULL,
      closed_at timestamptz,
      updated_at timestamptz NOT NULL,
      version int NOT NULL DEFAULT 1,
      CHECK (case_id IS NOT NULL OR household_id IS NOT NULL)
    )`.execute(db);
  await sql`CREATE INDEX assistance_referrals_case_idx ON assistance_referrals (case_id) WHERE case_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX assistance_referrals_household_idx ON assistance_referrals (household_id) WHERE household_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX assistance_referrals_status_idx ON assistance_referrals (status, resource_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'assistance_referrals',
    'assistance_resources',
    'screenings',
    'screening_campaign_grids',
    'screening_campaigns',
    'followup_visits',
    'followup_plans',
    'risk_assessments',
    'household_cases',
    'household_profiles',
    'risk_checklists',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(t)}`.execute(db);
  }
}
