/**
 * Screening campaigns (排查活动): opened by a center's director or dispatcher (or an
 * admin) over grids chosen one by one or as whole communities and streets, with the
 * checklist version in force; listed, read and closed.
 */
import { followupPaths, managedCenters, mayManageCampaigns } from '../../domain/screening/access.js';
import { campaignProblems, targetFor } from '../../domain/screening/campaign.js';
import { daysBetween } from '../../domain/calendar/days.js';
import { hasRole } from '../../domain/roles.js';
import { conflict, type FieldMessage, forbidden, invalid, notFound } from '../../errors.js';
import type { CampaignRow } from '../../repositories/screening-repository.js';
import type { OrgUnitRow } from '../../repositories/org-unit-repository.js';
import type { Actor } from '../actor.js';
import { checklistJson, DEFAULT_CHECKLIST_CODE } from '../risk/checklists.js';
import { campaignClosed, todayOf, visibleCampaign } from './access.js';
import type { ScreeningDeps } from './deps.js';
import { campaignJson } from './views.js';

const AREA_KINDS = ['community', 'street', 'town'];

export interface NewCampaign {
  name: string;
  description?: string | null;
  centerId?: string;
  checklistId?: string;
  startsOn: string;
  endsOn: string;
  gridIds?: string[];
  /** communities or streets (towns): all their grids */
  unitIds?: string[];
  /** target households per grid id, overriding the grid's registered households */
  targets?: Record<string, number>;
}

const text = (zh: string, en: string): FieldMessage => ({ 'zh-CN': zh, en });

/** The center of a new campaign: the one given (which the caller must manage), else the caller's only one. */
async function centerFor(deps: ScreeningDeps, actor: Actor, centerId: string | undefined) {
  const id = centerId ?? (managedCenters(actor.scope).length === 1 ? managedCenters(actor.scope)[0] : undefined);
  if (!id) throw invalid({ centerId: text('请选择组织排查的综治中心', 'Choose the center that runs the campaign') });
  const center = await deps.units.get(null, id);
  if (!center || center.kind !== 'center') throw invalid({ centerId: text('综治中心不存在', 'No such center') });
  if (!mayManageCampaigns(actor.scope, center.path)) throw forbidden();
  return center;
}

export async function createCampaign(deps: ScreeningDeps, actor: Actor, input: NewCampaign) {
  if (!hasRole(actor.scope.grants, 'admin', 'director', 'dispatcher')) throw forbidden();
  const center = await centerFor(deps, actor, input.centerId);
  // A center serves its district: the grids must lie there.
  const districtPath = center.path.replace(/[^/]+\/$/, '');
  const checklist = input.checklistId ? await deps.risk.byId(input.checklistId) : await deps.risk.active(DEFAULT_CHECKLIST_CODE);
  const fields: Record<string, FieldMessage> = {};
  if (!checklist) fields.checklistId = input.checklistId ? text('风险清单不存在', 'No such checklist') : text('尚无启用的风险清单', 'No active risk checklist');

  const gridIds = [...new Set(input.gridIds ?? [])];
  const unitIds = [...new Set(input.unitIds ?? [])];
  const units = new Map((await deps.units.getMany([...gridIds, ...unitIds])).map((u) => [u.id, u]));
  (input.gridIds ?? []).forEach((id, i) => {
    const u = units.get(id);
    if (!u || u.kind !== 'grid') fields[`gridIds.${i}`] = text('不是网格', 'Not a grid');
    else if (!u.path.startsWith(districtPath)) fields[`gridIds.${i}`] = text('该网格不在本中心辖区', 'Not in the district of this center');
  });
  (input.unitIds ?? []).forEach((id, i) => {
    const u = units.get(id);
    if (!u || !AREA_KINDS.includes(u.kind)) fields[`unitIds.${i}`] = text('请选择社区或街道（乡镇）', 'Choose a community or a street (town)');
    else if (!u.path.startsWith(districtPath)) fields[`unitIds.${i}`] = text('不在本中心辖区', 'Not in the district of this center');
  });
  if (Object.keys(fields).length) throw invalid(fields);

  const grids = await deps.screening.gridsFor(gridIds, unitIds.map((id) => units.get(id)!.path));
  const chosen = new Set(grids.map((g) => g.id));
  for (const id of Object.keys(input.targets ?? {})) {
    if (!chosen.has(id)) fields[`targets.${id}`] = text('该网格不在所选范围内', 'Not one of the chosen grids');
  }
  const draft = {
    name: input.name,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    grids: grids.map((g) => ({ gridId: g.id, targetHouseholds: targetFor(input.targets?.[g.id], g.households) })),
  };
  Object.assign(fields, campaignProblems(draft, await todayOf(deps)));
  if (fields.grids && (input.gridIds?.length || input.unitIds?.length)) fields.grids = text('所选社区、街道下没有网格', 'The chosen communities and streets have no grids');
  if (Object.keys(fields).length) throw invalid(fields);

  const now = deps.clock.now();
  const row = await deps.db.transaction().execute((trx) =>
    deps.screening.insertCampaign(
      trx,
      {
        center_id: center.id,
        name: input.name.trim(),
        description: input.description?.trim() || null,
        checklist_id: checklist!.id,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      },
      draft.grids,
    ),
  );
  // The caller manages the center, so sees its district: no visibility check to repeat.
  return renderCampaign(deps, actor, row, center);
}

export async function listCampaigns(deps: ScreeningDeps, actor: Actor, q: { status?: 'open' | 'closed'; cursor?: string; limit: number }) {
  const paths = followupPaths(actor.scope);
  const after = parseCursor(q.cursor);
  const rows = await deps.screening.listCampaigns(paths, { status: q.status, after }, q.limit + 1);
  const page = rows.slice(0, q.limit);
  const grids = await deps.screening.campaignGrids(page.map((c) => c.id), paths);
  const today = await todayOf(deps);
  const items = page.map((c) =>
    campaignJson(
      c,
      grids.filter((g) => g.campaign_id === c.id),
      today,
    ),
  );
  const last = page.at(-1);
  return { items, nextCursor: rows.length > q.limit && last ? `${new Date(last.created_at).toISOString()}|${last.id}` : null };
}

export function parseCursor(cursor: string | undefined): { at: Date; id: string } | undefined {
  if (!cursor) return undefined;
  const [at, id] = cursor.split('|');
  const d = new Date(at ?? '');
  if (!id || Number.isNaN(d.getTime()) || !/^[0-9a-f-]{36}$/i.test(id)) throw invalid({ cursor: text('分页标记无效', 'Invalid cursor') });
  return { at: d, id };
}

/** One campaign with its checklist (items to fill in), totals, and what the caller may do. */
export async function campaignDetail(deps: ScreeningDeps, actor: Actor, id: string) {
  return renderCampaign(deps, actor, await visibleCampaign(deps, actor, id));
}

/** A campaign the caller sees (checked, or just created or closed by them), with the center when already read. */
async function renderCampaign(deps: ScreeningDeps, actor: Actor, c: CampaignRow, knownCenter?: OrgUnitRow) {
  const [checklist, grids, center, today] = await Promise.all([
    deps.risk.byId(c.checklist_id),
    deps.screening.campaignGrids([c.id], followupPaths(actor.scope)),
    knownCenter ?? deps.units.get(null, c.center_id),
    todayOf(deps),
  ]);
  if (!checklist || !center) throw notFound();
  const row = { ...c, checklist_code: checklist.code, checklist_version: checklist.version, checklist_name: checklist.name, center_name: center.name };
  return {
    ...campaignJson(row, grids, today),
    checklist: checklistJson(checklist),
    canManage: mayManageCampaigns(actor.scope, center.path),
    // Open, started, and with a grid the caller works in.
    canRecord: c.status === 'open' && daysBetween(c.starts_on, today) >= 0 && grids.length > 0,
  };
}

/** 结束排查 (the campaign's managers): no more screenings; 409 when closed already or changed meanwhile. */
export async function closeCampaign(deps: ScreeningDeps, actor: Actor, id: string, version: number) {
  const c = await visibleCampaign(deps, actor, id, 'screening.close');
  const center = await deps.units.get(null, c.center_id);
  if (!center || !mayManageCampaigns(actor.scope, center.path)) throw forbidden();
  if (c.status === 'closed') throw campaignClosed();
  const row = await deps.screening.closeCampaign(id, version, deps.clock.now());
  if (!row) {
    const now = await deps.screening.campaign(id);
    if (now?.status === 'closed') throw campaignClosed();
    throw conflict({ version: now?.version });
  }
  return renderCampaign(deps, actor, row, center);
}
