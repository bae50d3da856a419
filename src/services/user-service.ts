import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { DB } from '../db/schema.js';
import { conflict, forbidden, invalid, notFound } from '../errors.js';
import { maskPhone } from '../domain/identity.js';
import { hasRole } from '../domain/roles.js';
import { isAdmin, territorialPaths } from '../domain/scope.js';
import type { OrgUnitRepository } from '../repositories/org-unit-repository.js';
import type { UserRepository, UserRoleRow, UserRow } from '../repositories/user-repository.js';
import type { LoginThrottleRepository } from '../repositories/session-repository.js';
import type { Actor } from './actor.js';
import { hashPassword, weakPasswordReason } from './passwords.js';

export interface UserDto {
  id: string;
  username: string;
  displayName: string;
  phone: string | null;
  active: boolean;
  lockedUntil: string | null;
  version: number;
  roles: { role: string; unitId: string; unitName: string; unitKind: string }[];
}

const WEAK = {
  too_short: { 'zh-CN': '密码至少 10 位', en: 'At least 10 characters' },
  needs_mix: { 'zh-CN': '密码须同时包含字母和数字', en: 'Use both letters and digits' },
} as const;

export class UserService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly users: UserRepository,
    private readonly units: OrgUnitRepository,
    private readonly throttle: LoginThrottleRepository,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, f: { q?: string; role?: string; unitId?: string; limit: number; cursor?: string }) {
    this.requireManager(actor);
    const rows = await this.users.list(actor.scope, { ...f, after: f.cursor, limit: f.limit + 1 });
    const page = rows.slice(0, f.limit);
    return { items: await this.toDtos(page), nextCursor: rows.length > f.limit ? page[page.length - 1]!.username.toLowerCase() : null };
  }

  async get(actor: Actor, id: string): Promise<UserDto> {
    this.requireManager(actor);
    const u = await this.users.byId(id);
    if (!u) throw notFound('user_not_found');
    // Like the list: a manager below the top sees only users with a role within their scope.
    if (!isAdmin(actor.scope)) {
      const paths = territorialPaths(actor.scope);
      const roles = await this.users.rolesOf([u.id]);
      if (!roles.some((r) => paths.some((p) => r.unit_path.startsWith(p)))) throw forbidden();
    }
    return (await this.toDtos([u]))[0]!;
  }

  async create(actor: Actor, input: { username: string; displayName: string; phone?: string | null; password: string; roles: { role: string; unitId: string }[] }) {
    this.requireAdmin(actor);
    const weak = weakPasswordReason(input.password);
    if (weak) throw invalid({ password: WEAK[weak] });
    if (await this.users.byUsername(input.username)) throw invalid({ username: { 'zh-CN': '用户名已存在', en: 'Username already exists' } });
    await this.checkUnits(input.roles);
    const passwordHash = await hashPassword(input.password);
    const row = await this.db.transaction().execute(async (trx) => {
      const u = await this.users.insert({ username: input.username, displayName: input.displayName, phone: input.phone ?? null, passwordHash }, this.clock.now(), trx);
      await this.users.replaceRoles(u.id, input.roles, trx);
      return u;
    });
    return (await this.toDtos([row]))[0]!;
  }

  async update(
    actor: Actor,
    id: string,
    input: { version: number; displayName?: string; phone?: string | null; active?: boolean; password?: string; roles?: { role: string; unitId: string }[] },
  ) {
    this.requireAdmin(actor);
    const current = await this.users.byId(id);
    if (!current) throw notFound('user_not_found');
    if (input.password) {
      const weak = weakPasswordReason(input.password);
      if (weak) throw invalid({ password: WEAK[weak] });
    }
    if (input.roles) await this.checkUnits(input.roles);
    if (input.active === false && id === actor.userId) throw invalid({ active: { 'zh-CN': '不能停用自己的账号', en: 'You cannot disable your own account' } });
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    const row = await this.db.transaction().execute(async (trx) => {
      const u = await this.users.update(
        id,
        input.version,
        { display_name: input.displayName, phone: input.phone, active: input.active, password_hash: passwordHash },
        this.clock.now(),
        trx,
      );
      if (!u) return undefined;
      if (input.roles) await this.users.replaceRoles(id, input.roles, trx);
      return u;
    });
    if (!row) throw conflict({ current: (await this.toDtos([current]))[0] });
    if (input.password) await this.throttle.clear(row.username.toLowerCase());
    return (await this.toDtos([row]))[0]!;
  }

  private async checkUnits(roles: { role: string; unitId: string }[]) {
    const ids = [...new Set(roles.map((r) => r.unitId))];
    const found = new Set((await this.units.getMany(ids)).map((u) => u.id));
    const fields: Record<string, { 'zh-CN': string; en: string }> = {};
    roles.forEach((r, i) => {
      if (!found.has(r.unitId)) fields[`roles.${i}.unitId`] = { 'zh-CN': '组织机构不存在', en: 'Unknown organisation unit' };
    });
    if (Object.keys(fields).length) throw invalid(fields);
  }

  private async toDtos(rows: UserRow[]): Promise<UserDto[]> {
    const roles = await this.users.rolesOf(rows.map((r) => r.id));
    const byUser = new Map<string, UserRoleRow[]>();
    for (const r of roles) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r]);
    const now = this.clock.now();
    const locks = await this.throttle.lockedUntil(rows.map((r) => r.username.toLowerCase()));
    return rows.map((u) => {
      const lockedUntil = locks.get(u.username.toLowerCase()) ?? null;
      return {
        id: u.id,
        username: u.username,
        displayName: u.display_name,
        phone: u.phone ? maskPhone(u.phone) : null,
        active: u.active,
        lockedUntil: lockedUntil && lockedUntil > now ? lockedUntil.toISOString() : null,
        version: u.version,
        roles: (byUser.get(u.id) ?? []).map((r) => ({ role: r.role, unitId: r.unit_id, unitName: r.unit_name, unitKind: r.unit_kind })),
      };
    });
  }

  private requireAdmin(actor: Actor) {
    if (!hasRole(actor.scope.grants, 'admin')) throw forbidden();
  }
  private requireManager(actor: Actor) {
    if (!hasRole(actor.scope.grants, 'admin', 'director')) throw forbidden();
  }
}

