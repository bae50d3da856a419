import { type Kysely, sql } from 'kysely';
import { CHINA_UTC_OFFSET_MINUTES, DEFAULT_OFFICE_HOURS } from '../../domain/calendar/working-calendar.js';

/**
 * KPI facts (SPEC §3.10, "fast at scale"): one row per case holding what every figure needs,
 * derived from the case row and its timeline exactly as deriveCaseFacts() and computeKpis()
 * do (a test holds them equal), so that GET /api/kpis aggregates in SQL over one narrow
 * table instead of reducing timelines in JS.
 *
 * Why triggers: every write to cases and case_events (the lifecycle, auto-routing, money
 * recovered, linking a new case, the demo seed, raw SQL) passes through them, in the same
 * transaction, on PostgreSQL and PGlite alike; no write path can forget a call. They are
 * statement-level with transition tables, so a batch insert refreshes its cases in one
 * set-based statement. Why not rollups: medians and 90th percentiles over arbitrary periods
 * and filters cannot be rolled up exactly; per-case facts + percentile_cont can.
 *
 * Working time: kpi_workdays holds, per local day, whether it is a working day, the office ms
 * of the working days before it and the working days up to it, rebuilt from calendar_days by
 * a trigger whenever an administrator edits the calendar (the cases whose spans touch the
 * changed days are then refreshed). The office hours and the UTC offset are those of the
 * calendar the rules service builds (DEFAULT_OFFICE_HOURS, UTC+8); days 2000–2100 are covered.
 *
 * Nothing here depends on the case policy: the facts keep what each kind of response budget
 * needs (wall ms, office ms to just before acceptance, working days), and the query applies
 * the policy in force when asked, as the definitions say.
 */

const MINUTE_MS = 60_000;
const clock = (hhmm: string) => (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * MINUTE_MS;
const OPEN = clock(DEFAULT_OFFICE_HOURS.start);
const SPAN = clock(DEFAULT_OFFICE_HOURS.end) - OPEN;
const CLOSE = OPEN + SPAN;
const OFFSET = CHINA_UTC_OFFSET_MINUTES * MINUTE_MS;
const DAY = 86_400_000;
const FIRST_DAY = "date '2000-01-01'";
const LAST_DAY = "date '2100-12-31'";

/** Local ms (epoch ms shifted to local time) of a timestamptz expression. */
const local = (ts: string) => `(floor(extract(epoch FROM ${ts}) * 1000)::bigint + ${OFFSET})`;
/** The local day number (days since 1970-01-01) of a timestamptz expression. */
const dayNo = (ts: string) => `((${local(ts)} / ${DAY})::int)`;
/** Office ms from the table's first day up to the instant; `w` is its kpi_workdays row. */
const upTo = (ts: string, w: string) => `(${w}.before_ms + CASE WHEN ${w}.working THEN least(greatest(${local(ts)} - ${w}.day_no::bigint * ${DAY} - ${OPEN}, 0), ${SPAN}) ELSE 0 END)`;
/** = workingTime(cal).msBetween(a, b): office ms of working days in [a, b). */
const workingMs = (a: string, wa: string, b: string, wb: string) => `(CASE WHEN ${b} <= ${a} THEN 0 ELSE ${upTo(b, wb)} - ${upTo(a, wa)} END)`;
const msBetween = (a: string, b: string) => `(floor(extract(epoch FROM ${b}) * 1000)::bigint - floor(extract(epoch FROM ${a}) * 1000)::bigint)`;

const TURNS = "('resolved','referred','withdrawn','reopened')";
/** A feedback event carrying a rating (deriveCaseFacts: a string satisfaction). */
const RATED = "e.type = 'feedback' AND jsonb_typeof(e.data->'satisfaction') = 'string'";
const CASE_COLUMNS = [
  'registered_at',
  'channel',
  'category',
  'subcategory',
  'status',
  'district_id',
  'street_id',
  'community_id',
  'grid_id',
  'center_id',
  'intake_unit_id',
  'handling_unit_id',
  'assignee_id',
  'money_recovered_fen',
];
const FACT_COLUMNS = [
  ...CASE_COLUMNS,
  'first_accepted_at',
  'response_ms',
  'response_working_ms',
  'response_working_ms_early',
  'response_work_days',
  'accepted_by_close',
  'conclusion',
  'concluded_at',
  'duration_ms',
  'duration_working_ms',
  'rebounded',
  'rating_at',
  'rating',
  'rating_ats',
  'ratings',
  'rating_span',
];

/**
 * The facts of the cases matching `casesWhere` (over `cases c`) / `eventsWhere` (over
 * `case_events e`): the first acceptance; the latest conclusion or reopening (a reopening
 * leaves no standing conclusion); the working-time measures; the rebound flag (a case linking
 * to it registered within 180 days, i.e. 4320 hours, after its resolution); the latest rating
 * (feedback event with a satisfaction) and, for a case rated more than once, all of them in
 * timeline order with the span of their times.
 */
function factsSelect(casesWhere: string, eventsWhere: string): string {
  const acc = 'ev.first_accepted_at';
  const accEarly = `(${acc} - interval '1 millisecond')`;
  const con = 'ct.at';
  return `
    SELECT c.id, ${CASE_COLUMNS.map((col) => `c.${col}`).join(', ')},
      ${acc},
      ${msBetween('c.registered_at', acc)},
      ${workingMs('c.registered_at', 'wr', acc, 'wa')},
      ${workingMs('c.registered_at', 'wr', accEarly, 'we')},
      wa.work_no - wr.work_no,
      (wa.working AND ${local(acc)} - wa.day_no::bigint * ${DAY} <= ${CLOSE}),
      ct.type,
      ${con},
      ${msBetween('c.registered_at', con)},
      ${workingMs('c.registered_at', 'wr', con, 'wc')},
      (ct.type = 'resolved' AND EXISTS (
        SELECT 1 FROM cases n WHERE n.linked_case_id = c.id AND n.registered_at >= ${con} AND n.registered_at <= ${con} + interval '4320 hours')),
      ev.rating_ats[cardinality(ev.rating_ats)],
      ev.ratings[cardinality(ev.ratings)],
      CASE WHEN cardinality(ev.rating_ats) > 1 THEN ev.rating_ats END,
      CASE WHEN cardinality(ev.ratings) > 1 THEN ev.ratings END,
      CASE WHEN cardinality(ev.rating_ats) > 1 THEN tstzrange(ev.first_rating_at, ev.last_rating_at, '[]') END
    FROM cases c
    LEFT JOIN (
      SELECT e.case_id,
        min(e.at) FILTER (WHERE e.type = 'accepted') AS first_accepted_at,
        max(e.seq) FILTER (WHERE e.type IN ${TURNS}) AS turn_seq,
        array_agg(e.at ORDER BY e.seq) FILTER (WHERE ${RATED}) AS rating_ats,
        array_agg(e.data->>'satisfaction' ORDER BY e.seq) FILTER (WHERE ${RATED}) AS ratings,
        min(e.at) FILTER (WHERE ${RATED}) AS first_rating_at,
        max(e.at) FILTER (WHERE ${RATED}) AS last_rating_at
      FROM case_events e
      WHERE e.type IN ('accepted', 'resolved', 'referred', 'withdrawn', 'reopened', 'feedback') AND ${eventsWhere}
      GROUP BY e.case_id
    ) ev ON ev.case_id = c.id
    LEFT JOIN case_events ct ON ct.case_id = c.id AND ct.seq = ev.turn_seq AND ct.type <> 'reopened'
    LEFT JOIN kpi_workdays wr ON wr.day_no = ${dayNo('c.registered_at')}
    LEFT JOIN kpi_workdays wa ON wa.day_no = ${dayNo(acc)}
    LEFT JOIN kpi_workdays we ON we.day_no = ${dayNo(accEarly)}
    LEFT JOIN kpi_workdays wc ON wc.day_no = ${dayNo(con)}
    WHERE ${casesWhere}`;
}

const upsertSet = FACT_COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ');

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE kpi_workdays (
      day_no int PRIMARY KEY,
      working boolean NOT NULL,
      before_ms bigint NOT NULL,
      work_no int NOT NULL
    )`.execute(db);

  await sql`
    CREATE TABLE kpi_case_facts (
      id uuid PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
      registered_at timestamptz NOT NULL,
      channel text NOT NULL,
      category text NOT NULL,
      subcategory text,
      status text NOT NULL,
      district_id uuid,
      street_id uuid,
      community_id uuid,
      grid_id uuid,
      center_id uuid NOT NULL,
      intake_unit_id uuid,
      handling_unit_id uuid,
      assignee_id uuid,
      money_recovered_fen bigint NOT NULL,
      first_accepted_at timestamptz,
      response_ms bigint,
      response_working_ms bigint,
      response_working_ms_early bigint,
      response_work_days int,
      accepted_by_close boolean,
      conclusion text,
      concluded_at timestamptz,
      duration_ms bigint,
      duration_working_ms bigint,
      rebounded boolean NOT NULL DEFAULT false,
      rating_at timestamptz,
      rating text,
      rating_ats timestamptz[],
      ratings text[],
      rating_span tstzrange
    )`.execute(db);
  // One index per cohort date; the registration one in the order of the drill-down lists.
  await sql`CREATE INDEX kpi_case_facts_registered_idx ON kpi_case_facts (registered_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX kpi_case_facts_accepted_idx ON kpi_case_facts (first_accepted_at) WHERE first_accepted_at IS NOT NULL`.execute(db);
  await sql`CREATE INDEX kpi_case_facts_concluded_idx ON kpi_case_facts (concluded_at) WHERE concluded_at IS NOT NULL`.execute(db);

  // Ratings: the latest one's time (the only one of most rated cases); for the few cases rated
  // more than once, the span of their ratings (a period it overlaps may hold their latest rating).
  await sql`CREATE INDEX kpi_case_facts_rated_idx ON kpi_case_facts (rating_at) WHERE rating_at IS NOT NULL`.execute(db);
  await sql`CREATE INDEX kpi_case_facts_rerated_idx ON kpi_case_facts USING gist (rating_span) WHERE rating_span IS NOT NULL`.execute(db);

  // The working days from calendar_days (weekdays work unless a 'holiday' override, weekends
  // rest unless a 'workday' one), with running totals. Returns the first and last changed day.
  await sql
    .raw(
      `
    CREATE FUNCTION kpi_rebuild_workdays(OUT first_changed int, OUT last_changed int) LANGUAGE plpgsql AS $$
    BEGIN
      CREATE TEMP TABLE kpi_workdays_next ON COMMIT DROP AS
      SELECT n AS day_no, w.working,
        coalesce(sum(CASE WHEN w.working THEN ${SPAN}::bigint ELSE 0 END) OVER (ORDER BY n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::bigint AS before_ms,
        (count(*) FILTER (WHERE w.working) OVER (ORDER BY n))::int AS work_no
      FROM generate_series((${FIRST_DAY} - date '1970-01-01'), (${LAST_DAY} - date '1970-01-01')) AS n
      LEFT JOIN calendar_days cd ON cd.date = date '1970-01-01' + n
      CROSS JOIN LATERAL (SELECT coalesce(cd.kind = 'workday', extract(isodow FROM date '1970-01-01' + n) < 6) AS working) w;
      SELECT min(x.day_no), max(x.day_no) INTO first_changed, last_changed
      FROM kpi_workdays_next x LEFT JOIN kpi_workdays o ON o.day_no = x.day_no
      WHERE o.day_no IS NULL OR o.working <> x.working;
      IF first_changed IS NOT NULL THEN
        DELETE FROM kpi_workdays;
        INSERT INTO kpi_workdays SELECT * FROM kpi_workdays_next;
      END IF;
      DROP TABLE kpi_workdays_next;
    END $$`,
    )
    .execute(db);

  // The facts (and ratings) of some cases; NULL: of every case (the backfill).
  await sql
    .raw(
      `
    CREATE FUNCTION kpi_refresh_facts(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      IF ids IS NULL THEN
        DELETE FROM kpi_case_facts;
        INSERT INTO kpi_case_facts (id, ${FACT_COLUMNS.join(', ')}) ${factsSelect('true', 'true')};
        RETURN;
      END IF;
      IF cardinality(ids) = 0 THEN RETURN; END IF;
      INSERT INTO kpi_case_facts (id, ${FACT_COLUMNS.join(', ')}) ${factsSelect('c.id = ANY(ids)', 'e.case_id = ANY(ids)')}
        ON CONFLICT (id) DO UPDATE SET ${upsertSet};
    END $$`,
    )
    .execute(db);

  // Timeline events that move a figure: refresh their cases.
  await sql
    .raw(
      `
    CREATE FUNCTION kpi_events_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM kpi_refresh_facts(ARRAY(SELECT DISTINCT case_id FROM kpi_changed_events WHERE type IN ('accepted', 'resolved', 'referred', 'withdrawn', 'reopened', 'feedback')));
      RETURN NULL;
    END $$`,
    )
    .execute(db);
  for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
    const ref = op === 'DELETE' ? 'OLD' : 'NEW';
    await sql
      .raw(`CREATE TRIGGER kpi_case_events_${op.toLowerCase()} AFTER ${op} ON case_events REFERENCING ${ref} TABLE AS kpi_changed_events FOR EACH STATEMENT EXECUTE FUNCTION kpi_events_changed()`)
      .execute(db);
  }

  // New cases, and the cases they link to (a possible rebound).
  await sql
    .raw(
      `
    CREATE FUNCTION kpi_cases_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM kpi_refresh_facts(ARRAY(SELECT id FROM kpi_new_cases UNION SELECT linked_case_id FROM kpi_new_cases WHERE linked_case_id IS NOT NULL));
      RETURN NULL;
    END $$`,
    )
    .execute(db);
  await sql.raw(`CREATE TRIGGER kpi_cases_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS kpi_new_cases FOR EACH STATEMENT EXECUTE FUNCTION kpi_cases_inserted()`).execute(db);

  // Updated cases whose facts change (not every version bump), and the cases they link or linked to.
  const changed = CASE_COLUMNS.map((col) => `o.${col} IS DISTINCT FROM n.${col}`).join(' OR ');
  await sql
    .raw(
      `
    CREATE FUNCTION kpi_cases_updated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM kpi_refresh_facts(ARRAY(
        SELECT n.id FROM kpi_new_cases n JOIN kpi_old_cases o ON o.id = n.id WHERE ${changed}
        UNION
        SELECT x.linked FROM kpi_new_cases n JOIN kpi_old_cases o ON o.id = n.id
          CROSS JOIN LATERAL (VALUES (o.linked_case_id), (n.linked_case_id)) AS x(linked)
          WHERE x.linked IS NOT NULL AND (o.linked_case_id IS DISTINCT FROM n.linked_case_id OR o.registered_at IS DISTINCT FROM n.registered_at)));
      RETURN NULL;
    END $$`,
    )
    .execute(db);
  await sql
    .raw(`CREATE TRIGGER kpi_cases_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS kpi_old_cases NEW TABLE AS kpi_new_cases FOR EACH STATEMENT EXECUTE FUNCTION kpi_cases_updated()`)
    .execute(db);

  // A deleted case's own facts go with it (ON DELETE CASCADE); the case it linked to may lose a rebound.
  await sql
    .raw(
      `
    CREATE FUNCTION kpi_cases_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM kpi_refresh_facts(ARRAY(SELECT DISTINCT linked_case_id FROM kpi_old_cases WHERE linked_case_id IS NOT NULL));
      RETURN NULL;
    END $$`,
    )
    .execute(db);
  await sql.raw(`CREATE TRIGGER kpi_cases_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS kpi_old_cases FOR EACH STATEMENT EXECUTE FUNCTION kpi_cases_deleted()`).execute(db);

  // A calendar edit: rebuild the working days; refresh the cases whose measured spans touch a changed day.
  await sql
    .raw(
      `
    CREATE FUNCTION kpi_calendar_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE r record;
    BEGIN
      SELECT * INTO r FROM kpi_rebuild_workdays();
      IF r.first_changed IS NULL THEN RETURN NULL; END IF;
      PERFORM kpi_refresh_facts(ARRAY(
        SELECT f.id FROM kpi_case_facts f
        WHERE ${dayNo('f.registered_at')} <= r.last_changed
          AND ${dayNo('greatest(f.registered_at, f.first_accepted_at, f.concluded_at)')} >= r.first_changed));
      RETURN NULL;
    END $$`,
    )
    .execute(db);
  await sql.raw(`CREATE TRIGGER kpi_calendar_days_change AFTER INSERT OR UPDATE OR DELETE ON calendar_days FOR EACH STATEMENT EXECUTE FUNCTION kpi_calendar_changed()`).execute(db);

  // Backfill.
  await sql`SELECT kpi_rebuild_workdays()`.execute(db);
  await sql`SELECT kpi_refresh_facts(NULL)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER IF EXISTS kpi_calendar_days_change ON calendar_days`.execute(db);
  for (const t of ['kpi_cases_insert', 'kpi_cases_update', 'kpi_cases_delete']) await sql.raw(`DROP TRIGGER IF EXISTS ${t} ON cases`).execute(db);
  for (const t of ['kpi_case_events_insert', 'kpi_case_events_update', 'kpi_case_events_delete']) await sql.raw(`DROP TRIGGER IF EXISTS ${t} ON case_events`).execute(db);
  for (const f of ['kpi_calendar_changed()', 'kpi_cases_deleted()', 'kpi_cases_updated()', 'kpi_cases_inserted()', 'kpi_events_changed()', 'kpi_refresh_facts(uuid[])', 'kpi_rebuild_workdays()']) {
    await sql.raw(`DROP FUNCTION IF EXISTS ${f}`).execute(db);
  }
  for (const t of ['kpi_case_facts', 'kpi_workdays']) await sql.raw(`DROP TABLE IF EXISTS ${t}`).execute(db);
}
