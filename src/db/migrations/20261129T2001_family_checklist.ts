import { type Kysely, sql } from 'kysely';

/**
 * Version 1 of the family-conflict risk checklist (婚恋家庭矛盾风险清单), active, so
 * that a fresh install can assess at resolution, at visits and in screenings before an
 * admin publishes a version of its own.
 */
// Frozen here as installed, not imported from the code that may change later
// (domain/risk/family-checklist.ts is the same version for the demo and the tests).
const ITEMS = String.raw`[{"code":"separation","label":{"zh":"夫妻长期分居","en":"Long separation"},"answers":[{"code":"no","label":{"zh":"无","en":"No"},"weight":0},{"code":"short","label":{"zh":"分居不满半年","en":"Under six months"},"weight":5},{"code":"long","label":{"zh":"分居半年以上","en":"Six months or more"},"weight":12}]},{"code":"property","label":{"zh":"财产分割争议","en":"Property dispute"},"answers":[{"code":"no","label":{"zh":"无","en":"No"},"weight":0},{"code":"minor","label":{"zh":"有分歧可协商","en":"Disagreement, negotiable"},"weight":5},{"code":"serious","label":{"zh":"争议激烈","en":"Bitter dispute"},"weight":12}]},{"code":"custody","label":{"zh":"子女抚养权争议","en":"Custody conflict"},"answers":[{"code":"no","label":{"zh":"无","en":"No"},"weight":0},{"code":"yes","label":{"zh":"有","en":"Yes"},"weight":12}]},{"code":"violence","label":{"zh":"家暴迹象","en":"Signs of violence"},"answers":[{"code":"no","label":{"zh":"无","en":"No"},"weight":0},{"code":"suspected","label":{"zh":"疑似","en":"Suspected"},"weight":15,"floor":"medium"},{"code":"confirmed","label":{"zh":"有明确家暴行为","en":"Confirmed"},"weight":25,"floor":"high"}]},{"code":"threats","label":{"zh":"扬言报复、自伤或伤人","en":"Threats of revenge or self-harm"},"answers":[{"code":"no","label":{"zh":"无","en":"No"},"weight":0},{"code":"yes","label":{"zh":"有","en":"Yes"},"weight":25,"floor":"high"}]},{"code":"addiction","label":{"zh":"酗酒、赌博、吸毒等不良嗜好","en":"Drinking, gambling or drug addiction"},"answers":[{"code":"no","label":{"zh":"无","en":"No"},"weight":0},{"code":"yes","label":{"zh":"有","en":"Yes"},"weight":10}]},{"code":"police_calls","label":{"zh":"近一年报警记录","en":"Police calls in the past year"},"answers":[{"code":"no","label":{"zh":"无","en":"No"},"weight":0},{"code":"once","label":{"zh":"1 次","en":"Once"},"weight":6},{"code":"repeated","label":{"zh":"2 次及以上","en":"Twice or more"},"weight":12,"floor":"medium"}]},{"code":"hardship","label":{"zh":"失业或经济困难","en":"Unemployment or hardship"},"answers":[{"code":"no","label":{"zh":"无","en":"No"},"weight":0},{"code":"yes","label":{"zh":"有","en":"Yes"},"weight":6}]},{"code":"mental_state","label":{"zh":"情绪异常、心理问题","en":"Emotional distress"},"answers":[{"code":"no","label":{"zh":"无","en":"No"},"weight":0},{"code":"yes","label":{"zh":"有","en":"Yes"},"weight":8}]},{"code":"petition_intent","label":{"zh":"有越级上访或聚集意向","en":"Intends to petition or gather"},"answers":[{"code":"no","label":{"zh":"无","en":"No"},"weight":0},{"code":"yes","label":{"zh":"有","en":"Yes"},"weight":10}]}]`;
const THRESHOLDS = '{"medium":20,"high":45}';

export async function up(db: Kysely<unknown>): Promise<void> {
  const c = { code: 'family', version: 1 };
  await sql`
    INSERT INTO risk_checklists (code, version, name, name_en, items, thresholds, active, created_at)
    SELECT ${c.code}, ${c.version}, '婚恋家庭矛盾风险清单', 'Family-conflict risk checklist', ${ITEMS}::jsonb, ${THRESHOLDS}::jsonb,
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
