import { describe, expect, it } from 'vitest';
import { canPlaceUnder, hasRole, type Role, type UnitKind, UNIT_KINDS } from '../../src/domain/roles.js';
import { isAdmin, rolesOf, type Scope, type ScopeGrant, territorialPaths } from '../../src/domain/scope.js';

const grant = (role: Role, unitPath: string, unitKind: UnitKind = 'street'): ScopeGrant => ({ role, unitId: unitPath.split('/').filter(Boolean).at(-1)!, unitKind, unitPath });
const scope = (...grants: ScopeGrant[]): Scope => ({ userId: 'u1', grants });

describe('territorialPaths', () => {
  it('gives the path of each territorial grant', () => {
    expect(territorialPaths(scope(grant('grid_worker', '/d/s1/c1/g1/', 'grid')))).toEqual(['/d/s1/c1/g1/']);
    expect(territorialPaths(scope(grant('mediator', '/d/s1/'), grant('dispatcher', '/d/s2/')))).toEqual(['/d/s1/', '/d/s2/']);
  });

  it('drops paths covered by a broader grant, whatever the order', () => {
    expect(territorialPaths(scope(grant('grid_worker', '/d/s1/c1/g1/', 'grid'), grant('mediator', '/d/s1/')))).toEqual(['/d/s1/']);
    expect(territorialPaths(scope(grant('mediator', '/d/s1/'), grant('grid_worker', '/d/s1/c1/g1/', 'grid')))).toEqual(['/d/s1/']);
    expect(territorialPaths(scope(grant('director', '/d/', 'district'), grant('mediator', '/d/s1/'), grant('grid_worker', '/d/s2/c/g/', 'grid')))).toEqual(['/d/']);
  });

  it('lists one path once, even when several roles sit on the same unit', () => {
    expect(territorialPaths(scope(grant('mediator', '/d/s1/'), grant('dispatcher', '/d/s1/')))).toEqual(['/d/s1/']);
  });

  it('does not treat a sibling with a common name prefix as covered', () => {
    expect(territorialPaths(scope(grant('mediator', '/d/s1/'), grant('mediator', '/d/s10/')))).toEqual(['/d/s1/', '/d/s10/']);
  });

  it('gives an expert no territory: experts see only the cases they serve on', () => {
    expect(territorialPaths(scope(grant('expert', '/d/center/', 'center')))).toEqual([]);
    expect(territorialPaths(scope(grant('expert', '/d/center/', 'center'), grant('mediator', '/d/s1/')))).toEqual(['/d/s1/']);
    expect(territorialPaths(scope())).toEqual([]);
  });

  it('gives every other staff role its territory', () => {
    const roles: Role[] = ['admin', 'director', 'dispatcher', 'mediator', 'department_liaison', 'grid_worker', 'unit_head', 'building_head', 'enterprise_liaison', 'property_manager'];
    for (const role of roles) expect(territorialPaths(scope(grant(role, '/d/x/'))), role).toEqual(['/d/x/']);
  });
});

describe('isAdmin, rolesOf, hasRole', () => {
  it('recognises the admin role and lists distinct roles', () => {
    expect(isAdmin(scope(grant('admin', '/d/', 'district')))).toBe(true);
    expect(isAdmin(scope(grant('director', '/d/', 'district')))).toBe(false);
    expect(rolesOf(scope(grant('mediator', '/d/s1/'), grant('mediator', '/d/s2/'), grant('expert', '/d/c/')))).toEqual(['mediator', 'expert']);
    expect(hasRole([grant('mediator', '/d/s1/')], 'admin', 'mediator')).toBe(true);
    expect(hasRole([grant('mediator', '/d/s1/')], 'admin', 'director')).toBe(false);
    expect(hasRole([], 'admin')).toBe(false);
  });
});

describe('canPlaceUnder', () => {
  it('follows the territorial tree: district → street/town → community → grid', () => {
    expect(canPlaceUnder('district', null)).toBe(true);
    expect(canPlaceUnder('street', 'district')).toBe(true);
    expect(canPlaceUnder('town', 'district')).toBe(true);
    expect(canPlaceUnder('community', 'street')).toBe(true);
    expect(canPlaceUnder('community', 'town')).toBe(true);
    expect(canPlaceUnder('grid', 'community')).toBe(true);
  });

  it('refuses skipped or inverted levels', () => {
    expect(canPlaceUnder('grid', 'street')).toBe(false);
    expect(canPlaceUnder('grid', 'district')).toBe(false);
    expect(canPlaceUnder('grid', 'grid')).toBe(false);
    expect(canPlaceUnder('community', 'district')).toBe(false);
    expect(canPlaceUnder('street', 'community')).toBe(false);
    expect(canPlaceUnder('street', null)).toBe(false);
    expect(canPlaceUnder('district', 'district')).toBe(false);
  });

  it('places the bodies beside the tree', () => {
    expect(canPlaceUnder('center', 'district')).toBe(true);
    expect(canPlaceUnder('center', 'street')).toBe(false);
    expect(canPlaceUnder('enterprise_station', 'center')).toBe(true);
    expect(canPlaceUnder('enterprise_station', 'community')).toBe(false);
    expect(canPlaceUnder('station', 'community')).toBe(true);
    expect(canPlaceUnder('department', 'center')).toBe(true);
    expect(canPlaceUnder('department', 'grid')).toBe(false);
  });

  it('only a district may be a root, and nothing sits under a grid', () => {
    expect(UNIT_KINDS.filter((k) => canPlaceUnder(k, null))).toEqual(['district']);
    expect(UNIT_KINDS.filter((k) => canPlaceUnder(k, 'grid'))).toEqual([]);
  });
});

describe('territorialPaths for center staff', () => {
  it('a grant on a center reads the district the center serves', () => {
    expect(territorialPaths(scope(grant('dispatcher', '/d/center/', 'center')))).toEqual(['/d/']);
    expect(territorialPaths(scope(grant('dispatcher', '/d/center/', 'center'), grant('mediator', '/d/s1/')))).toEqual(['/d/']);
  });
});
