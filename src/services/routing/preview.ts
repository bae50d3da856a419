import { describeCheck, type Locale, renderExplanation } from '../../domain/routing/explanation.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import type { Actor } from '../actor.js';
import type { CaseDeps } from '../cases/deps.js';
import { visibleCase } from '../cases/visible-case.js';
import { ruleAccess } from './access.js';
import { caseFactsOf } from './auto-route.js';
import { decideRoute } from './decide.js';
import { withRouting } from './deps.js';
import type { CaseFactsInput } from './facts.js';

/** Case facts typed into the 试算 panel instead of naming a case. */
export interface PreviewFacts {
  centerId?: string | null;
  category: string;
  subcategory?: string | null;
  channel: string;
  /** a street, town, community or grid */
  territoryUnitId?: string | null;
  amountFen?: number | null;
  peopleCount?: number | null;
  urgency?: string | null;
  requesterKinds?: string[] | null;
}

export type PreviewInput = { caseId: string } | { caseCode: string } | { facts: PreviewFacts };

/**
 * 试算: which rule would route the case now, to whom, and why every earlier rule did
 * not match — without changing anything (reads only, no transaction).
 */
export async function previewRouting(baseDeps: CaseDeps, actor: Actor, input: PreviewInput, locale: Locale) {
  const deps = withRouting(baseDeps);
  const access = await ruleAccess(deps, actor);
  const now = deps.clock.now();

  let facts: CaseFactsInput;
  let caseRef: { id: string; code: string; status: string } | null = null;
  if ('facts' in input) {
    facts = await typedFacts(deps, actor, input.facts, access.readCenters.map((c) => c.id));
  } else {
    const id = 'caseId' in input ? input.caseId : (await deps.cases.byCode(input.caseCode.trim().toUpperCase()))?.id;
    if (!id) throw notFound('case_not_found');
    const c = await visibleCase(deps, actor, id);
    facts = caseFactsOf(c, await deps.routing.repo.applicantKinds(c.id));
    caseRef = { id: c.id, code: c.code, status: c.status };
  }

  const d = await decideRoute(deps, facts, now);
  const r = d.record;
  return {
    case: caseRef,
    centerId: facts.centerId,
    date: d.day.date,
    workingDay: d.day.workingDay,
    themeToday: d.day.theme,
    mode: r.mode,
    matched:
      r.mode === 'rule'
        ? { ruleId: r.ruleId, ruleName: r.ruleName, unitId: r.unitId, unitName: r.unitName, assign: r.pick.assign, userId: r.pick.picked?.userId ?? null, userName: r.pick.picked?.name ?? null }
        : null,
    explanation: renderExplanation(r, locale),
    candidates: r.mode === 'rule' ? r.pick.candidates : [],
    trace: d.evaluation.trace.map((t) => ({
      ruleId: t.ruleId,
      ruleName: t.ruleName,
      enabled: t.enabled,
      matched: t.matched,
      checks: t.checks.map((c) => ({ key: c.key, held: c.held, text: describeCheck(c, d.labels).text[locale] })),
    })),
  };
}

async function typedFacts(deps: ReturnType<typeof withRouting>, actor: Actor, f: PreviewFacts, readable: readonly string[]): Promise<CaseFactsInput> {
  const centerId = f.centerId ?? actor.scope.grants.find((g) => g.unitKind === 'center')?.unitId ?? readable[0];
  if (!centerId) throw invalid({ 'facts.centerId': { 'zh-CN': '请选择综治中心', en: 'Choose a governance center' } });
  if (!readable.includes(centerId)) throw forbidden();
  const territory = { streetId: null as string | null, communityId: null as string | null, gridId: null as string | null };
  if (f.territoryUnitId) {
    const unit = await deps.units.get(null, f.territoryUnitId);
    if (!unit || !['street', 'town', 'community', 'grid'].includes(unit.kind)) {
      throw invalid({ 'facts.territoryUnitId': { 'zh-CN': '所选街道/社区/网格不存在', en: 'Unknown street, community or grid' } });
    }
    const chain = [...(await deps.units.ancestors(unit)), { id: unit.id, kind: unit.kind }];
    const of = (...kinds: string[]) => chain.find((u) => kinds.includes(u.kind))?.id ?? null;
    Object.assign(territory, { streetId: of('street', 'town'), communityId: of('community'), gridId: of('grid') });
  }
  return {
    centerId,
    category: f.category,
    subcategory: f.subcategory ?? null,
    channel: f.channel,
    ...territory,
    amountFen: f.amountFen ?? null,
    peopleCount: f.peopleCount ?? 1,
    urgency: f.urgency ?? 'normal',
    requesterKinds: f.requesterKinds?.length ? f.requesterKinds : ['person'],
  };
}
