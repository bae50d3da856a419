import { type Kysely, sql } from 'kysely';

/** Organisation, accounts, sessions, audit, and the registries of the demo district. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);

  await sql`
    CREATE TABLE org_units (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      parent_id uuid REFERENCES org_units(id),
      kind text NOT NULL CHECK (kind IN ('district','street','town','community','grid','center','station','enterprise_station','department')),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
      code text NOT NULL UNIQUE,
      path text NOT NULL,
      depth int NOT NULL,
      center_id uuid REFERENCES org_units(id),
      department_type text,
      staffing_tier text CHECK (staffing_tier IN ('resident','rotating','on_call')),
      roster_weekdays int[],
      households int,
      geometry jsonb,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX org_units_parent_idx ON org_units (parent_id, name)`.execute(db);
  await sql`CREATE INDEX org_units_path_idx ON org_units (path text_pattern_ops)`.execute(db);
  await sql`CREATE INDEX org_units_kind_idx ON org_units (kind, center_id)`.execute(db);
  await sql`CREATE INDEX org_units_name_trgm ON org_units USING gin (name gin_trgm_ops)`.execute(db);

  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username text NOT NULL,
      display_name text NOT NULL,
      title text,
      phone text,
      password_hash text,
      active boolean NOT NULL DEFAULT true,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE UNIQUE INDEX users_username_idx ON users (lower(username))`.execute(db);
  await sql`CREATE INDEX users_name_trgm ON users USING gin (display_name gin_trgm_ops)`.execute(db);

  await sql`
    CREATE TABLE user_roles (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      role text NOT NULL,
      unit_id uuid NOT NULL REFERENCES org_units(id),
      PRIMARY KEY (user_id, role, unit_id)
    )`.execute(db);
  await sql`CREATE INDEX user_roles_unit_idx ON user_roles (unit_id, role)`.execute(db);

  await sql`
    CREATE TABLE sessions (
      id_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      ended_at timestamptz,
      ip text,
      user_agent text
    )`.execute(db);
  await sql`CREATE INDEX sessions_user_idx ON sessions (user_id)`.execute(db);

  await sql`
    CREATE TABLE login_throttle (
      username_key text PRIMARY KEY,
      failures int NOT NULL DEFAULT 0,
      locked_until timestamptz,
      last_failure_at timestamptz
    )`.execute(db);

  await sql`
    CREATE TABLE audit_log (
      seq bigserial PRIMARY KEY,
      at timestamptz NOT NULL,
      actor_id uuid,
      actor_name text,
      action text NOT NULL,
      target_type text,
      target_id text,
      outcome text NOT NULL CHECK (outcome IN ('ok','denied','failed','error')),
      ip text,
      detail jsonb NOT NULL DEFAULT '{}',
      prev_hash text NOT NULL,
      hash text NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at)`.execute(db);
  await sql`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id)`.execute(db);

  await sql`
    CREATE TABLE grid_members (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      grid_id uuid NOT NULL REFERENCES org_units(id),
      role text NOT NULL CHECK (role IN ('grid_worker','unit_head','building_head')),
      name text NOT NULL,
      phone text,
      user_id uuid REFERENCES users(id)
    )`.execute(db);
  await sql`CREATE INDEX grid_members_grid_idx ON grid_members (grid_id)`.execute(db);

  await sql`
    CREATE TABLE enterprises (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      uscc text NOT NULL UNIQUE,
      park text,
      industry text,
      station_id uuid REFERENCES org_units(id),
      created_at timestamptz NOT NULL
    )`.execute(db);

  await sql`
    CREATE TABLE compounds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      street_id uuid NOT NULL REFERENCES org_units(id),
      community_id uuid NOT NULL REFERENCES org_units(id),
      households int NOT NULL,
      property_company text,
      public_rental boolean NOT NULL DEFAULT false
    )`.execute(db);
  await sql`CREATE INDEX compounds_community_idx ON compounds (community_id)`.execute(db);
  await sql`CREATE INDEX compounds_name_trgm ON compounds USING gin (name gin_trgm_ops)`.execute(db);

  await sql`
    CREATE TABLE experts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid REFERENCES users(id),
      name text NOT NULL,
      gender text,
      kind text NOT NULL CHECK (kind IN ('lawyer','legal_scholar','psychologist','retired_judge')),
      organization text,
      specialties text[] NOT NULL DEFAULT '{}',
      service_modes text[] NOT NULL DEFAULT '{}',
      years int,
      bio text,
      active boolean NOT NULL DEFAULT true
    )`.execute(db);

  await sql`
    CREATE TABLE app_settings (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);

  await sql`
    CREATE TABLE job_state (
      name text PRIMARY KEY,
      last_run_at timestamptz,
      last_outcome text,
      last_error text,
      lease_until timestamptz,
      lease_owner text
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['job_state', 'app_settings', 'experts', 'compounds', 'enterprises', 'grid_members', 'audit_log', 'login_throttle', 'sessions', 'user_roles', 'users', 'org_units']) {
    await sql`DROP TABLE IF EXISTS ${sql.raw(t)} CASCADE`.execute(db);
  }
}
