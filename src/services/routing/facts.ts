import { isWorkingDay, localDate } from '../../domain/calendar/working-calendar.js';
import { CHANNEL_LABELS, type Channel } from '../../domain/case/taxonomy.js';
import { RECEPTION_THEMES, type ReceptionTheme, themeOn } from '../../domain/reception/themes.js';
import { type Bilingual, REQUESTER_KIND_LABELS, type RoutingLabels, URGENCY_LABELS } from '../../domain/routing/explanation.js';
import type { RoutingConditions, RoutingFacts, RoutingRule, RoutingTarget } from '../../domain/routing/rules.js';
import type { RoutingRuleRow } from '../../repositories/routing-repository.js';
import type { CaseRoutingDeps } from './deps.js';

/** The case fields the rules look at (a stored case, or facts typed into the preview). */
export interface CaseFactsInput {
  centerId: string;
  category: string;
  subcategory: string | null;
  channel: string;
  streetId: string | null;
  communityId: string | null;
  gridId: string | null;
  amountFen: number | null;
  peopleCount: number;
  urgency: string;
  requesterKinds: readonly string[];
}

/** The day the case is routed on at the center: its date, whether it is a working day, and the theme hosted. */
export async function dayAt(deps: CaseRoutingDeps, centerId: string, now: Date) {
  const cal = await deps.rules.calendar();
  const date = localDate(cal, now);
  const workingDay = isWorkingDay(cal, date);
  const themes = (await deps.routing.repo.themesOf(centerId)).filter((t): t is typeof t & { theme: ReceptionTheme } => (RECEPTION_THEMES as readonly string[]).includes(t.theme));
  const theme = themeOn(themes, date, workingDay);
  return { date, workingDay, theme, hostUnitId: themes.find((t) => t.theme === theme)?.host_unit_id ?? null };
}

export function toFacts(input: CaseFactsInput, themeToday: ReceptionTheme | null): RoutingFacts {
  return {
    category: input.category,
    subcategory: input.subcategory,
    channel: input.channel,
    territoryUnitIds: [input.streetId, input.communityId, input.gridId].filter((x): x is string => !!x),
    amountFen: input.amountFen,
    peopleCount: input.peopleCount,
    urgency: input.urgency,
    requesterKinds: input.requesterKinds,
    themeToday,
  };
}

/** A stored rule as the domain sees it (the JSON columns were validated when written). */
export function toRule(row: RoutingRuleRow): RoutingRule {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    enabled: row.enabled,
    centerId: row.center_id,
    conditions: row.conditions as RoutingConditions,
    target: row.target as unknown as RoutingTarget,
  };
}

/** Display names for the checks: categories from the taxonomy, units by id (fetched once for all the ids given). */
export async function routingLabels(deps: CaseRoutingDeps, unitIds: readonly string[]): Promise<RoutingLabels> {
  const [categories, units] = await Promise.all([deps.rules.categories(), deps.units.getMany([...new Set(unitIds)])]);
  const category = new Map(categories.map((c) => [c.code, { 'zh-CN': c.name_zh, en: c.name_en } satisfies Bilingual]));
  const unit = new Map(units.map((u) => [u.id, u.name]));
  const same = (s: string): Bilingual => ({ 'zh-CN': s, en: s });
  return {
    category: (code) => category.get(code) ?? same(code),
    channel: (code) => CHANNEL_LABELS[code as Channel] ?? same(code),
    unit: (id) => unit.get(id) ?? id,
    urgency: (code) => URGENCY_LABELS[code] ?? same(code),
    requesterKind: (kind) => REQUESTER_KIND_LABELS[kind] ?? same(kind),
  };
}
