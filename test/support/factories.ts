import type { AppContext } from '../../src/context.js';
import type { Role } from '../../src/domain/roles.js';
import { hashPassword } from '../../src/services/passwords.js';

export const PASSWORD = 'Test-password-1';

/**
 * A small district for tests: one district with two streets, a community under
 * each, two grids under the first community, a center and a department.
 */
export async function makeDistrict(ctx: AppContext) {
  const repo = ctx.repos.units;
  const now = ctx.clock.now();
  const district = await repo.insert({ parentId: null, kind: 'district', name: '测试区', code: '990001' }, now, null);
  const streetA = await repo.insert({ parentId: district.id, kind: 'street', name: '甲街道', code: '990001001' }, now, district);
  const streetB = await repo.insert({ parentId: district.id, kind: 'street', name: '乙街道', code: '990001002' }, now, district);
  const communityA = await repo.insert({ parentId: streetA.id, kind: 'community', name: '甲一社区', code: '990001001001' }, now, streetA);
  const communityB = await repo.insert({ parentId: streetB.id, kind: 'community', name: '乙一社区', code: '990001002001' }, now, streetB);
  const grid1 = await repo.insert({ parentId: communityA.id, kind: 'grid', name: '甲一社区第1网格', code: '990001001001001' }, now, communityA);
  const grid2 = await repo.insert({ parentId: communityA.id, kind: 'grid', name: '甲一社区第2网格', code: '990001001001002' }, now, communityA);
  const gridB = await repo.insert({ parentId: communityB.id, kind: 'grid', name: '乙一社区第1网格', code: '990001002001001' }, now, communityB);
  const center = await repo.insert({ parentId: district.id, kind: 'center', name: '测试区综治中心', code: '990001-ZZ01' }, now, district);
  const department = await repo.insert(
    { parentId: center.id, kind: 'department', name: '甲街道司法所', code: '990001-BM001', centerId: center.id, departmentType: 'judicial_office', staffingTier: 'resident', rosterWeekdays: [1, 2, 3, 4, 5] },
    now,
    center,
  );
  return { district, streetA, streetB, communityA, communityB, grid1, grid2, gridB, center, department };
}

let cachedHash: Promise<string> | undefined;

export async function makeUser(ctx: AppContext, username: string, roles: { role: Role; unitId: string }[], extra: { phone?: string; displayName?: string } = {}) {
  cachedHash ??= hashPassword(PASSWORD);
  const user = await ctx.repos.users.insert({ username, displayName: extra.displayName ?? username, phone: extra.phone ?? null, passwordHash: await cachedHash }, ctx.clock.now());
  await ctx.repos.users.replaceRoles(user.id, roles);
  return user;
}
