import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { type Answers, answerProblems, assess, type Assessment, type Checklist, type ChecklistItem, checklistProblems } from '../../domain/risk/checklist.js';
import { hasRole } from '../../domain/roles.js';
import { type FieldMessage, forbidden, invalid, notFound } from '../../errors.js';
import type { RiskChecklistRow } from '../../repositories/risk-repository.js';
import type { Actor } from '../actor.js';
import type { FollowupDeps } from '../followup/deps.js';

/** The checklist every assessment of this release uses (婚恋家庭 programme). */
export const DEFAULT_CHECKLIST_CODE = 'family';

export function toChecklist(row: RiskChecklistRow): Checklist {
  return { code: row.code, version: row.version, items: row.items as ChecklistItem[], thresholds: row.thresholds };
}

export function checklistJson(row: RiskChecklistRow) {
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    name: row.name,
    nameEn: row.name_en,
    active: row.active,
    items: row.items as ChecklistItem[],
    thresholds: row.thresholds,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export async function listChecklists(deps: FollowupDeps, code?: string) {
  return (await deps.risk.checklists(code)).map(checklistJson);
}

/** The active version of a code (404 when the code has none). */
export async function activeChecklist(deps: FollowupDeps, code = DEFAULT_CHECKLIST_CODE, db?: Kysely<DB>): Promise<RiskChecklistRow> {
  const row = await deps.risk.active(code, db);
  if (!row) throw notFound();
  return row;
}

const PROBLEM_TEXT: Record<'unknown_item' | 'unknown_answer' | 'missing', { 'zh-CN': string; en: string }> = {
  unknown_item: { 'zh-CN': '风险清单中没有此项', en: 'Not an item of the risk checklist' },
  unknown_answer: { 'zh-CN': '此项没有该选项', en: 'Not one of the answers of this item' },
  missing: { 'zh-CN': '请回答此项', en: 'Answer this item' },
};

/**
 * Scores answers with a checklist, or refuses them with 400 naming each bad item as
 * `<prefix>.<item>` (an answer that does not exist, an item not on the list, an item left out).
 */
export function checkedAssessment(row: RiskChecklistRow, answers: Answers, prefix: string): Assessment {
  const list = toChecklist(row);
  const problems = answerProblems(list, answers);
  if (problems.length) {
    const fields: Record<string, FieldMessage> = {};
    for (const p of problems) fields[`${prefix}.${p.item}`] = PROBLEM_TEXT[p.problem];
    throw invalid(fields);
  }
  return assess(list, answers);
}

export interface PublishInput {
  code: string;
  name: string;
  nameEn: string;
  items: ChecklistItem[];
  thresholds: { medium: number; high: number };
}

const UNIQUE_VIOLATION = '23505';

/**
 * 发布新版风险清单 (admin): a new version of a code, active at once; older versions stay
 * for the assessments made with them. A definition with problems is refused naming
 * the fields. Concurrent publishers each get their own version number.
 */
export async function publishChecklist(deps: FollowupDeps, actor: Actor, input: PublishInput) {
  if (!hasRole(actor.scope.grants, 'admin')) throw forbidden();
  const problems = checklistProblems(input);
  if (problems.length) {
    throw invalid(Object.fromEntries(problems.map((p) => [p, { 'zh-CN': problemText(p).zh, en: problemText(p).en }])));
  }
  const now = deps.clock.now();
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await deps.db.transaction().execute((trx) => deps.risk.publish(trx, { ...input, createdBy: actor.userId, now }));
      return checklistJson(row);
    } catch (err) {
      if ((err as { code?: string }).code !== UNIQUE_VIOLATION || attempt >= 4) throw err;
    }
  }
}

function problemText(field: string): { zh: string; en: string } {
  if (field === 'items') return { zh: '清单至少需要一项', en: 'A checklist needs at least one item' };
  if (field === 'thresholds') return { zh: '分值门槛须为正整数，且高风险门槛大于中风险门槛', en: 'Thresholds must be positive whole numbers, high above medium' };
  if (field.endsWith('.code')) return { zh: '项目代码重复', en: 'Duplicate item code' };
  return { zh: '每项至少两个选项，选项代码不重复，分值为非负整数', en: 'Each item needs two or more answers with distinct codes and whole, non-negative weights' };
}
