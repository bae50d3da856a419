import { localDate } from '../../domain/calendar/working-calendar.js';
import { unitGeometry, type Ring, isRing } from '../../domain/heatmap/geometry.js';
import {
  addFigures,
  EMPTY_FIGURES,
  HEAT_DEFINITIONS,
  riskScore,
  scorePerThousandHouseholds,
  type UnitRiskFigures,
} from '../../domain/heatmap/score.js';
import { type DayPeriod, windowOf } from '../../domain/kpi/period.js';
import { forbidden, invalid } from '../../errors.js';
import { followupPaths, type GridCount, type GridRow, type HeatColumn, type HeatmapRepository, type HeatUnitRow } from '../../repositories/heatmap-repository.js';
import type { OrgUnitRow } from '../../repositories/org-unit-repository.js';
import type { Actor } from '../actor.js';
import { caseSummary, nameLookup } from '../cases/case-view.js';
import type { CaseDeps } from '../cases/deps.js';
import { resolvePeriod } from '../kpi/kpi-service.js';

export const HEAT_LEVELS = ['street', 'community', 'grid'] as const;
export type HeatLevel = (typeof HEAT_LEVELS)[number];

const LEVEL_KINDS: Record<HeatLevel, readonly string[]> = { street: ['street', 'town'], community: ['community'], grid: ['grid'] };
const LEVEL_COLUMN: Record<HeatLevel, HeatColumn> = { street: 'street_id', community: 'community_id', grid: 'grid_id' };
const CHILD_LEVEL: Record<HeatLevel, HeatLevel | null> = { street: 'community', community: 'grid', grid: null };
/** The units a level can be drawn inside of. */
const PARENT_KINDS: Record<HeatLevel, readonly string[]> = {
  street: ['district'],
  community: ['district', 'street', 'town'],
  grid: ['district', 'street', 'town', 'community'],
};
const KIND_LEVEL: Record<string, HeatLevel> = { street: 'street', town: 'street', community: 'community', grid: 'grid' };

export interface HeatmapQuery {
  level: HeatLevel;
  parentId?: string;
  from?: string;
  to?: string;
}

export interface HeatUnit {
  id: string;
  name: string;
  code: string;
  kind: string;
  /** own household count, else the sum of its grids'; null when unknown */
  households: number | null;
  /** polygons in plane coordinates; empty when the unit has no geometry */
  geometry: Ring[];
  figures: UnitRiskFigures;
  score: number;
  perThousandHouseholds: number | null;
  /** the level a click on it drills into */
  childLevel: HeatLevel | null;
}

export interface Heatmap {
  level: HeatLevel;
  parent: { id: string; name: string; kind: string } | null;
  /** the chain above the parent and the parent, for the way back up */
  trail: { id: string; name: string; kind: string }[];
  period: DayPeriod;
  /** the local day "now" figures (open, overdue) stand at */
  asOf: string;
  definitions: typeof HEAT_DEFINITIONS;
  units: HeatUnit[];
  maxScore: number;
  total: UnitRiskFigures & { score: number };
}

/** A unit named by a query field: must exist and be of the kinds (400), and lie in the caller's scope (403, audited). */
async function checkedUnit(deps: CaseDeps, actor: Actor, id: string, field: string, kinds: readonly string[]): Promise<OrgUnitRow> {
  const unit = await deps.units.get(null, id);
  if (!unit || !kinds.includes(unit.kind)) {
    throw invalid({ [field]: { 'zh-CN': '组织机构不存在或类型不符', en: 'Unknown unit or unit of the wrong kind' } });
  }
  if (!(await deps.units.get(actor.scope, id))) {
    await deps.audit.record(actor, { action: 'heatmap.read', outcome: 'denied', targetType: 'org_unit', targetId: id, detail: { field } });
    throw forbidden();
  }
  return unit;
}

/** The id of the unit (of `ids`) on a grid's path, if any. */
function ownerOf(path: string, ids: ReadonlySet<string>): string | undefined {
  return path.split('/').find((seg) => seg !== '' && ids.has(seg));
}

/**
 * GET /api/kpis/heatmap: the units of a level (inside a parent, or all the caller may see)
 * with their geometry and risk figures. Cases are the caller's; household and follow-up
 * figures those of the grids under the caller's units.
 */
export async function heatmap(deps: CaseDeps, repo: HeatmapRepository, actor: Actor, q: HeatmapQuery): Promise<Heatmap> {
  const cal = await deps.rules.calendar();
  const today = localDate(cal, deps.clock.now());
  const period = resolvePeriod(q, today);
  const parent = q.parentId ? await checkedUnit(deps, actor, q.parentId, 'parentId', PARENT_KINDS[q.level]) : null;
  const under = parent?.path ?? null;
  const w = windowOf(period, cal.utcOffsetMinutes);

  const units = await repo.units(actor.scope, LEVEL_KINDS[q.level], under);
  const ids = new Set(units.map((u) => u.id));
  // At the grid level the units are the grids (each its own owner): not read twice.
  const grids: GridRow[] = q.level === 'grid' ? units : await repo.grids(under);
  const paths = followupPaths(actor.scope);
  const [cases, households, plans, overdue] = await Promise.all([
    repo.caseCounts(actor.scope, LEVEL_COLUMN[q.level], [...ids], w),
    repo.highRiskHouseholds(under, paths),
    repo.activePlans(under, paths),
    repo.overdueVisits(under, paths, today),
  ]);

  // Each grid belongs to the unit of the level on its path (a grid-level unit is its own).
  const gridOwner = new Map<string, string>();
  const gridRings = new Map<string, Ring[]>();
  const gridHouseholds = new Map<string, number | null>();
  for (const g of grids) {
    const owner = ownerOf(g.path, ids);
    if (!owner) continue;
    gridOwner.set(g.id, owner);
    if (isRing(g.geometry)) gridRings.set(owner, [...(gridRings.get(owner) ?? []), g.geometry]);
    if (g.households !== null) gridHouseholds.set(owner, (gridHouseholds.get(owner) ?? 0) + g.households);
  }

  const figures = new Map<string, UnitRiskFigures>();
  const bump = (id: string | undefined, add: Partial<UnitRiskFigures>) => {
    if (!id || !ids.has(id)) return;
    figures.set(id, addFigures(figures.get(id) ?? EMPTY_FIGURES, { ...EMPTY_FIGURES, ...add }));
  };
  for (const c of cases) {
    const level = c.risk_level === 'high' || c.risk_level === 'medium' || c.risk_level === 'low' ? c.risk_level : 'unassessed';
    bump(c.unit_id, { registered: c.registered, open: { ...EMPTY_FIGURES.open, [level]: c.open } });
  }
  const byGrid = (rows: GridCount[], f: (r: GridCount) => Partial<UnitRiskFigures>) => {
    for (const r of rows) bump(gridOwner.get(r.grid_id), f(r));
  };
  byGrid(households, (r) => ({ highRiskHouseholds: r.n }));
  byGrid(plans, (r) => ({ activePlans: r.n, activeHighPlans: r.high }));
  byGrid(overdue, (r) => ({ overdueVisits: r.n }));

  const out = units.map((u: HeatUnitRow): HeatUnit => {
    const f = figures.get(u.id) ?? EMPTY_FIGURES;
    const score = riskScore(f);
    const hh = u.households ?? gridHouseholds.get(u.id) ?? null;
    return {
      id: u.id,
      name: u.name,
      code: u.code,
      kind: u.kind,
      households: hh,
      geometry: unitGeometry(u.geometry, gridRings.get(u.id) ?? []),
      figures: f,
      score,
      perThousandHouseholds: scorePerThousandHouseholds(score, hh),
      childLevel: CHILD_LEVEL[q.level],
    };
  });
  const total = out.reduce((s, u) => addFigures(s, u.figures), EMPTY_FIGURES as UnitRiskFigures);
  const trail = parent ? [...(await deps.units.ancestors(parent)), { id: parent.id, name: parent.name, kind: parent.kind }] : [];
  return {
    level: q.level,
    parent: parent ? { id: parent.id, name: parent.name, kind: parent.kind } : null,
    trail,
    period,
    asOf: today,
    definitions: HEAT_DEFINITIONS,
    units: out,
    maxScore: out.reduce((m, u) => Math.max(m, u.score), 0),
    total: { ...total, score: riskScore(total) },
  };
}

export const RISK_FILTERS = ['high', 'medium', 'low', 'any'] as const;

export interface HeatCasesQuery {
  unitId: string;
  riskLevel?: (typeof RISK_FILTERS)[number];
  from?: string;
  to?: string;
  limit?: number;
}

/** GET /api/kpis/heatmap/cases: the open cases behind a unit's figure (e.g. its open high-risk cases), as list items. */
export async function heatmapCases(deps: CaseDeps, repo: HeatmapRepository, actor: Actor, q: HeatCasesQuery) {
  const cal = await deps.rules.calendar();
  const period = resolvePeriod(q, localDate(cal, deps.clock.now()));
  const unit = await checkedUnit(deps, actor, q.unitId, 'unitId', Object.keys(KIND_LEVEL));
  const level = KIND_LEVEL[unit.kind]!;
  const risk = q.riskLevel && q.riskLevel !== 'any' ? q.riskLevel : null;
  const { rows, total } = await repo.openCases(actor.scope, LEVEL_COLUMN[level], unit.id, risk, windowOf(period, cal.utcOffsetMinutes), q.limit ?? 100);
  const names = await nameLookup(deps, rows);
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    riskLevel: q.riskLevel ?? 'any',
    period,
    total,
    items: rows.map((c) => caseSummary(c, names)),
  };
}
