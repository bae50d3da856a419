import type { Clock } from '../clock.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../errors.js';
import { canPlaceUnder, hasRole, type UnitKind } from '../domain/roles.js';
import type { Scope } from '../domain/scope.js';
import type { OrgUnitRepository, OrgUnitRow, OrgUnitWithCount } from '../repositories/org-unit-repository.js';
import type { Actor } from './actor.js';
import type { AuditService } from './audit-service.js';

export interface OrgUnitDto {
  id: string;
  parentId: string | null;
  kind: string;
  name: string;
  code: string;
  childCount: number;
  version: number;
  staffingTier: string | null;
  rosterWeekdays: number[] | null;
  departmentType: string | null;
  centerId: string | null;
  households: number | null;
}

export function toOrgUnitDto(u: OrgUnitWithCount | (OrgUnitRow & { child_count?: number })): OrgUnitDto {
  return {
    id: u.id,
    parentId: u.parent_id,
    kind: u.kind,
    name: u.name,
    code: u.code,
    childCount: Number(u.child_count ?? 0),
    version: u.version,
    staffingTier: u.staffing_tier,
    rosterWeekdays: u.roster_weekdays,
    departmentType: u.department_type,
    centerId: u.center_id,
    households: u.households,
  };
}

const isAdminScope = (scope: Scope) => hasRole(scope.grants, 'admin');

export class OrgService {
  constructor(
    private readonly units: OrgUnitRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, q: { parentId?: string; kind?: string; centerId?: string; q?: string; limit: number }) {
    if (q.q) {
      const rows = await this.units.search(actor.scope, q.q, q.limit, q.kind);
      return Promise.all(rows.map(async (r) => ({ ...toOrgUnitDto(r), ancestors: await this.units.ancestors(r) })));
    }
    if (q.kind) return (await this.units.byKind(actor.scope, q.kind, q.centerId, q.kind === 'grid' ? q.limit : undefined)).map(toOrgUnitDto);
    const parentId = q.parentId && q.parentId !== 'root' ? q.parentId : null;
    return (await this.units.children(actor.scope, parentId)).map(toOrgUnitDto);
  }

  /** One unit with its ancestors; a unit outside the caller's scope is refused and the refusal audited. */
  async get(actor: Actor, id: string) {
    const unit = await this.units.get(actor.scope, id);
    if (!unit) {
      const exists = await this.units.get(null, id);
      if (!exists) throw notFound('unit_not_found');
      await this.audit.record(actor, { action: 'org.read', outcome: 'denied', targetType: 'org_unit', targetId: id });
      throw forbidden();
    }
    return { ...toOrgUnitDto(unit), ancestors: await this.units.ancestors(unit) };
  }

  async create(
    actor: Actor,
    input: { parentId: string | null; kind: UnitKind; name: string; code: string; staffingTier?: string | null; rosterWeekdays?: number[] | null; departmentType?: string | null; centerId?: string | null },
  ): Promise<OrgUnitDto> {
    this.requireAdmin(actor);
    const parent = input.parentId ? await this.units.get(null, input.parentId) : null;
    if (input.parentId && !parent) throw invalid({ parentId: 'unit_not_found' });
    if (!canPlaceUnder(input.kind, (parent?.kind as UnitKind) ?? null)) {
      throw new AppError(400, 'validation_failed', 'validation_failed', {}, {
        kind: { 'zh-CN': '该类型的机构不能设在所选上级之下', en: 'This kind of unit cannot be placed under the chosen parent' },
      });
    }
    if (await this.units.codeTaken(input.code)) throw invalid({ code: { 'zh-CN': '机构代码已存在', en: 'Code already exists' } });
    const row = await this.units.insert({ ...input }, this.clock.now(), parent ?? null);
    return toOrgUnitDto(row);
  }

  async update(actor: Actor, id: string, version: number, patch: { name?: string; code?: string; staffingTier?: string | null; rosterWeekdays?: number[] | null }) {
    this.requireAdmin(actor);
    const current = await this.units.get(null, id);
    if (!current) throw notFound('unit_not_found');
    if (patch.code && (await this.units.codeTaken(patch.code, id))) throw invalid({ code: { 'zh-CN': '机构代码已存在', en: 'Code already exists' } });
    const row = await this.units.update(
      id,
      version,
      { name: patch.name, code: patch.code, staffing_tier: patch.staffingTier, roster_weekdays: patch.rosterWeekdays },
      this.clock.now(),
    );
    if (!row) throw conflict({ current: toOrgUnitDto(current) });
    return toOrgUnitDto({ ...row, child_count: current.child_count });
  }

  private requireAdmin(actor: Actor) {
    if (!isAdminScope(actor.scope)) throw forbidden();
  }
}
