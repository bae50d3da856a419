import { describe, expect, it } from 'vitest';
import type { Role, UnitKind } from '../../../src/domain/roles.js';
import { followupPaths, gridTrioPaths, managedCenters, mayManageCampaigns, mayWorkInGrid, seesFullAddress } from '../../../src/domain/screening/access.js';
import type { Scope, ScopeGrant } from '../../../src/domain/scope.js';

const grant = (role: Role, unitPath: string, unitKind: UnitKind): ScopeGrant => ({ role, unitId: unitPath.split('/').filter(Boolean).at(-1)!, unitKind, unitPath });
const scope = (...grants: ScopeGrant[]): Scope => ({ userId: 'u', grants });

const G1 = '/d/s1/c1/g1/';
const G2 = '/d/s1/c1/g2/';
const GB = '/d/s2/c2/g1/';

describe('who works in a grid', () => {
  it('the grid trio of the grid, not of the neighbouring grid', () => {
    for (const role of ['grid_worker', 'unit_head', 'building_head'] as const) {
      const s = scope(grant(role, G1, 'grid'));
      expect(mayWorkInGrid(s, G1), role).toBe(true);
      expect(mayWorkInGrid(s, G2), role).toBe(false);
    }
  });

  it('a center’s desk staff and mediators: the whole district', () => {
    for (const role of ['director', 'dispatcher', 'mediator'] as const) {
      const s = scope(grant(role, '/d/center/', 'center'));
      expect(mayWorkInGrid(s, G1), role).toBe(true);
      expect(mayWorkInGrid(s, GB), role).toBe(true);
    }
  });

  it('an admin everywhere; experts, liaisons and property managers nowhere', () => {
    expect(followupPaths(scope(grant('admin', '/d/', 'district')))).toBeNull();
    expect(mayWorkInGrid(scope(grant('expert', '/d/center/', 'center')), G1)).toBe(false);
    expect(mayWorkInGrid(scope(grant('department_liaison', '/d/center/dep/', 'department')), G1)).toBe(false);
    expect(mayWorkInGrid(scope(grant('property_manager', '/d/s1/c1/', 'community')), G1)).toBe(false);
  });

  it('“my grids” are the grid-trio grants only', () => {
    expect(gridTrioPaths(scope(grant('grid_worker', G1, 'grid'), grant('mediator', '/d/center/', 'center')))).toEqual([G1]);
    expect(gridTrioPaths(scope(grant('director', '/d/center/', 'center')))).toEqual([]);
  });
});

describe('campaign managers', () => {
  it('director or dispatcher of the center, or above it; an admin', () => {
    expect(mayManageCampaigns(scope(grant('dispatcher', '/d/center/', 'center')), '/d/center/')).toBe(true);
    expect(mayManageCampaigns(scope(grant('director', '/d/', 'district')), '/d/center/')).toBe(true);
    expect(mayManageCampaigns(scope(grant('dispatcher', '/d/other/', 'center')), '/d/center/')).toBe(false);
    expect(mayManageCampaigns(scope(grant('mediator', '/d/center/', 'center')), '/d/center/')).toBe(false);
    expect(mayManageCampaigns(scope(grant('grid_worker', G1, 'grid')), '/d/center/')).toBe(false);
    expect(mayManageCampaigns(scope(grant('admin', '/d/', 'district')), '/d/center/')).toBe(true);
  });

  it('the default center is the one the caller is posted at', () => {
    expect(managedCenters(scope(grant('dispatcher', '/d/center/', 'center'), grant('mediator', '/d/c2/', 'center')))).toEqual(['center']);
    expect(managedCenters(scope(grant('director', '/d/', 'district')))).toEqual([]);
  });
});

describe('full addresses', () => {
  it('only for the grid trio of the household’s grid', () => {
    expect(seesFullAddress(scope(grant('grid_worker', G1, 'grid')), G1)).toBe(true);
    expect(seesFullAddress(scope(grant('grid_worker', G1, 'grid')), G2)).toBe(false);
    expect(seesFullAddress(scope(grant('director', '/d/center/', 'center')), G1)).toBe(false);
  });
});
