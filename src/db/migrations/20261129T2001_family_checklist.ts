import { type Kysely, sql } from 'kysely';
import { FAMILY_CHECKLIST_V1 } from '../../domain/risk/family-checklist.js';

/**
 * Version 1 of the family-conflict risk checklist (婚恋家庭矛盾风险清单), active, so
 * that a fresh install can assess at resolution, at visits and in screenings before an
 * admin publishes a version of its own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const c = FAMILY_CHECKLIST_V1;
  await sql`
    INSERT INTO risk_checklists (code, version, name, name_en, items, thresholds, active, created_at)
    SELECT ${c.code}, ${c.version}, '婚恋家庭矛盾风险清单', 'Family-conflict risk checklist', ${JSON.stringify(c.items)}::jsonb, ${JSON.stringify(c.thresholds)}::jsonb,
           NOT EXISTS (SELECT 1 FROM risk_checklists WHERE code = ${c.code} AND active), now()
    WHERE NOT EXISTS (SELECT 1 FROM risk_checklists WHERE code = ${c.code} AND version = ${c.version})`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Kept when assessments were made with it: they must stay explainable.
  await sql`
    DELETE FROM risk_checklists r WHERE r.code = 'family' AND r.version = 1
      AND NOT EXISTS (SELECT 1 FROM risk_assessments a WHERE a.checklist_id = r.id)
      AND NOT EXISTS (SELECT 1 FROM screening_campaigns s WHERE s.checklist_id = r.id)`.execute(db);
}
