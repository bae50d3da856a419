import type { AssistanceKind } from '../../domain/assistance/kinds.js';
import { isValidPhone } from '../../domain/identity.js';
import { hasRole } from '../../domain/roles.js';
import { conflict, type FieldMessage, forbidden, invalid, notFound } from '../../errors.js';
import type { OrgUnitRow } from '../../repositories/org-unit-repository.js';
import type { Actor } from '../actor.js';
import { CATALOGUE_ROLES, mayEditResource } from './access.js';
import type { AssistanceDeps } from './deps.js';
import { resourceView } from './view.js';

export interface ResourceFields {
  centerId?: string | null;
  kind?: AssistanceKind;
  name?: string;
  provider?: string;
  providerUnitId?: string | null;
  contactPhone?: string | null;
  description?: string | null;
  active?: boolean;
}

/** Units that provide assistance: departments and bodies at the center (妇联, 司法所, social organisations…) or stations. */
const PROVIDER_KINDS = ['department', 'station', 'center'];
/** Service hotlines (12348 法律援助, 12338 妇女维权) and 400 numbers besides ordinary phone numbers. */
const HOTLINE = /^(1\d{4}|400-?\d{3}-?\d{4})$/;

/** GET /api/assistance/resources: the catalogue, for every staff member (it names organisations, not people). */
export async function listResources(deps: AssistanceDeps, actor: Actor, f: { kind?: AssistanceKind; active?: boolean; centerId?: string; q?: string }) {
  const rows = await deps.assistance.resources(f);
  const centers = await centerRows(deps, rows.map((r) => r.center_id));
  const open = await deps.assistance.openReferralCounts(rows.map((r) => r.id));
  return {
    items: rows.map((r) => resourceView(r, mayEditResource(actor, r.center_id ? centers.get(r.center_id) ?? null : null), open.get(r.id) ?? 0)),
    canCreate: hasRole(actor.scope.grants, ...CATALOGUE_ROLES),
  };
}

async function centerRows(deps: AssistanceDeps, ids: readonly (string | null)[]): Promise<Map<string, OrgUnitRow>> {
  const unique = [...new Set(ids.filter((x): x is string => !!x))];
  return new Map((await deps.units.getMany(unique)).map((u) => [u.id, u]));
}

/** Checks and normalises the fields of a create or an edit; every problem at once, naming the field. */
async function checked(deps: AssistanceDeps, f: ResourceFields): Promise<{ center: OrgUnitRow | null | undefined; fields: ResourceFields }> {
  const problems: Record<string, FieldMessage> = {};
  const out: ResourceFields = { ...f };
  for (const key of ['name', 'provider'] as const) {
    if (f[key] !== undefined) {
      out[key] = f[key]!.trim();
      if (!out[key]) problems[key] = key === 'name' ? { 'zh-CN': '请填写资源名称', en: 'Give the resource a name' } : { 'zh-CN': '请填写提供单位', en: 'Name the provider' };
    }
  }
  if (f.contactPhone !== undefined) {
    out.contactPhone = f.contactPhone?.trim() || null;
    if (out.contactPhone && !isValidPhone(out.contactPhone) && !HOTLINE.test(out.contactPhone)) {
      problems.contactPhone = { 'zh-CN': '联系电话格式不正确（手机、座机如 0472-5123456，或 12348 等服务热线）', en: 'Invalid phone number (mobile, landline such as 0472-5123456, or a hotline such as 12348)' };
    }
  }
  if (f.description !== undefined) out.description = f.description?.trim() || null;
  let center: OrgUnitRow | null | undefined;
  if (f.centerId !== undefined) {
    center = f.centerId ? await deps.units.get(null, f.centerId) : null;
    if (f.centerId && (!center || center.kind !== 'center')) problems.centerId = { 'zh-CN': '所选综治中心不存在', en: 'No such governance center' };
  }
  if (f.providerUnitId) {
    const unit = await deps.units.get(null, f.providerUnitId);
    if (!unit || !PROVIDER_KINDS.includes(unit.kind)) problems.providerUnitId = { 'zh-CN': '提供单位须为平台中的部门、站点或中心', en: 'The provider unit must be a department, station or center on the platform' };
  }
  if (Object.keys(problems).length) throw invalid(problems);
  return { center, fields: out };
}

/** The center of a new resource when none is named: the caller's own center; district-wide for the district's staff. */
function defaultCenterId(actor: Actor): string | null {
  return actor.scope.grants.find((g) => g.unitKind === 'center' && CATALOGUE_ROLES.includes(g.role))?.unitId ?? null;
}

/** POST /api/assistance/resources (admin, director, dispatcher of the center). */
export async function createResource(deps: AssistanceDeps, actor: Actor, body: ResourceFields & { kind: AssistanceKind; name: string; provider: string }) {
  if (!hasRole(actor.scope.grants, ...CATALOGUE_ROLES)) throw forbidden();
  const centerId = body.centerId === undefined ? defaultCenterId(actor) : body.centerId;
  const { center, fields } = await checked(deps, { ...body, centerId });
  if (!mayEditResource(actor, center ?? null)) {
    await deps.audit.record(actor, { action: 'assistance.resource.create', outcome: 'denied', targetType: 'org_unit', targetId: centerId ?? undefined });
    throw forbidden();
  }
  const now = deps.clock.now();
  const row = await deps.assistance.insertResource({
    center_id: centerId,
    kind: fields.kind!,
    name: fields.name!,
    provider: fields.provider!,
    provider_unit_id: fields.providerUnitId ?? null,
    contact_phone: fields.contactPhone ?? null,
    description: fields.description ?? null,
    active: fields.active ?? true,
    created_at: now,
    updated_at: now,
  });
  return resourceView((await deps.assistance.resource(undefined, row.id))!, true);
}

/** PATCH /api/assistance/resources/:id: edit at the version read (409 when stale); `active: false` takes it out of use. */
export async function updateResource(deps: AssistanceDeps, actor: Actor, id: string, body: ResourceFields & { version: number }) {
  const current = await deps.assistance.resource(undefined, id);
  if (!current) throw notFound();
  const oldCenter = current.center_id ? (await deps.units.get(null, current.center_id)) ?? null : null;
  const { version, ...changes } = body;
  const { center, fields } = await checked(deps, changes);
  const allowed = mayEditResource(actor, oldCenter) && (center === undefined || mayEditResource(actor, center));
  if (!allowed) {
    await deps.audit.record(actor, { action: 'assistance.resource.update', outcome: 'denied', targetType: 'assistance_resource', targetId: id });
    throw forbidden();
  }
  if (version !== current.version) throw conflict({ version: current.version });
  const row = await deps.assistance.updateResource(id, version, {
    ...(fields.centerId !== undefined ? { center_id: fields.centerId } : {}),
    ...(fields.kind !== undefined ? { kind: fields.kind } : {}),
    ...(fields.name !== undefined ? { name: fields.name } : {}),
    ...(fields.provider !== undefined ? { provider: fields.provider } : {}),
    ...(fields.providerUnitId !== undefined ? { provider_unit_id: fields.providerUnitId } : {}),
    ...(fields.contactPhone !== undefined ? { contact_phone: fields.contactPhone } : {}),
    ...(fields.description !== undefined ? { description: fields.description } : {}),
    ...(fields.active !== undefined ? { active: fields.active } : {}),
    updated_at: deps.clock.now(),
  });
  if (!row) throw conflict({ version: (await deps.assistance.resource(undefined, id))?.version });
  const open = await deps.assistance.openReferralCounts([id]);
  return resourceView((await deps.assistance.resource(undefined, id))!, true, open.get(id) ?? 0);
}
