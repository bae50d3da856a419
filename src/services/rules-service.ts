import { z } from 'zod';
import type { Clock } from '../clock.js';
import { createWorkingCalendar, type WorkingCalendar } from '../domain/calendar/working-calendar.js';
import { type CasePolicy, DEFAULT_CASE_POLICY } from '../domain/case/policy.js';
import { hasRole } from '../domain/roles.js';
import { conflict, forbidden, invalid, notFound } from '../errors.js';
import type { RulesRepository } from '../repositories/rules-repository.js';
import type { Actor } from './actor.js';

export const casePolicySchema = z.object({
  responseBudget: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('working_minutes'), minutes: z.number().int().min(1).max(7 * 540) }),
    z.object({ kind: z.literal('calendar_minutes'), minutes: z.number().int().min(1).max(7 * 1440) }),
    z.object({ kind: z.literal('working_days'), days: z.number().int().min(1).max(30) }),
  ]),
  escalation: z
    .array(z.object({ level: z.number().int().min(1).max(9), afterMinutes: z.number().int().min(0).max(30 * 540), target: z.enum(['handler', 'unit_lead', 'director']) }))
    .max(9),
  archiveRules: z.object({ requireOutcome: z.boolean(), requireFeedback: z.boolean(), requireAgreementDocument: z.boolean(), requireJudicialResult: z.boolean() }),
  jcRemindDaysBefore: z.number().int().min(1).max(29).optional(),
});

const CACHE_MS = 30_000;

/**
 * Reads the rules, cached for a short while: several instances may share the
 * database, so another instance's edit is seen within CACHE_MS; this instance's
 * own edits are seen at once.
 */
export class RulesService {
  private calendarCache: { at: number; value: WorkingCalendar } | undefined;
  private policyCache: { at: number; value: CasePolicy; version: number } | undefined;
  private categoryCache: { at: number; value: Awaited<ReturnType<RulesRepository['categories']>> } | undefined;

  constructor(
    private readonly repo: RulesRepository,
    private readonly clock: Clock,
  ) {}

  private fresh(at: number | undefined): boolean {
    return at !== undefined && Math.abs(performance.now() - at) < CACHE_MS;
  }

  async calendar(): Promise<WorkingCalendar> {
    if (this.calendarCache && this.fresh(this.calendarCache.at)) return this.calendarCache.value;
    const days = await this.repo.calendarDays();
    const value = createWorkingCalendar(days.map((d) => ({ date: d.date, kind: d.kind, name: d.name })));
    this.calendarCache = { at: performance.now(), value };
    return value;
  }

  async casePolicy(): Promise<{ value: CasePolicy; version: number }> {
    if (this.policyCache && this.fresh(this.policyCache.at)) return this.policyCache;
    const row = await this.repo.policy('case');
    const parsed = row ? casePolicySchema.safeParse(row.value) : undefined;
    this.policyCache = { at: performance.now(), value: parsed?.success ? parsed.data : DEFAULT_CASE_POLICY, version: row?.version ?? 0 };
    return this.policyCache;
  }

  async categories() {
    if (this.categoryCache && this.fresh(this.categoryCache.at)) return this.categoryCache.value;
    this.categoryCache = { at: performance.now(), value: await this.repo.categories() };
    return this.categoryCache.value;
  }

  async category(code: string) {
    return (await this.categories()).find((c) => c.code === code);
  }

  async putCasePolicy(actor: Actor, version: number, value: CasePolicy) {
    requireAdmin(actor);
    const levels = value.escalation.map((s) => s.level);
    if (new Set(levels).size !== levels.length) invalidField('value.escalation', '升级层级不能重复', 'Escalation levels must be distinct');
    const next = await this.repo.putPolicy('case', value, version, this.clock.now(), actor.userId);
    if (next === null) throw conflict({ current: await this.casePolicy() });
    this.policyCache = undefined;
    return this.casePolicy();
  }

  async addCategory(actor: Actor, c: { code: string; parentCode?: string | null; name: string; nameEn: string; handlingDays: number }) {
    requireAdmin(actor);
    if (await this.repo.category(c.code)) invalidField('code', '类别代码已存在', 'Category code already exists');
    if (c.parentCode && !(await this.repo.category(c.parentCode))) invalidField('parentCode', '上级类别不存在', 'Unknown parent category');
    const row = await this.repo.insertCategory({ ...c, parentCode: c.parentCode ?? null });
    this.categoryCache = undefined;
    return row;
  }

  async updateCategory(actor: Actor, code: string, patch: { name?: string; nameEn?: string; handlingDays?: number; active?: boolean }) {
    requireAdmin(actor);
    const row = await this.repo.updateCategory(code, { name_zh: patch.name, name_en: patch.nameEn, handling_days: patch.handlingDays, active: patch.active });
    if (!row) throw notFound();
    this.categoryCache = undefined;
    return row;
  }

  async putCalendarDay(actor: Actor, d: { date: string; kind: 'holiday' | 'workday'; name: string }) {
    requireAdmin(actor);
    await this.repo.putCalendarDay(d);
    this.calendarCache = undefined;
  }

  async deleteCalendarDay(actor: Actor, date: string) {
    requireAdmin(actor);
    if (!(await this.repo.deleteCalendarDay(date))) throw notFound();
    this.calendarCache = undefined;
  }

  calendarDays(year: number) {
    return this.repo.calendarDays(`${year}-01-01`, `${year}-12-31`);
  }
}

function requireAdmin(actor: Actor) {
  if (!hasRole(actor.scope.grants, 'admin')) throw forbidden();
}

function invalidField(field: string, zh: string, en: string): never {
  throw invalid({ [field]: { 'zh-CN': zh, en } });
}
