// Queries over the route registry: visibility by role, leaves, breadcrumb trails.
import { matchPath } from 'react-router';
import type { Me } from './api/types';
import { hasAnyRole } from './auth/roles';
import { appRoutes, type AppRoute } from './routes';

/** Menu entries the user may see (hidden pages excluded), groups pruned to their visible children. */
export function visibleRoutes(user: Me | null, routes: AppRoute[] = appRoutes): AppRoute[] {
  const result: AppRoute[] = [];
  for (const route of routes) {
    if (route.hidden || !hasAnyRole(user, route.roles)) continue;
    if (route.children) {
      const children = visibleRoutes(user, route.children);
      if (children.length > 0) result.push({ ...route, children });
    } else {
      result.push(route);
    }
  }
  return result;
}

/** All leaf entries (with a path), depth first. */
export function leafRoutes(routes: AppRoute[] = appRoutes): AppRoute[] {
  return routes.flatMap((route) => (route.children ? leafRoutes(route.children) : route.path ? [route] : []));
}

/**
 * The chain of entries from the top level down to the leaf whose path matches
 * `pathname` (static paths first, so `/cases/new` wins over `/cases/:id`).
 */
export function routeTrail(pathname: string, routes: AppRoute[] = appRoutes): AppRoute[] {
  return exactTrail(pathname, routes) ?? patternTrail(pathname, routes) ?? [];
}

function exactTrail(pathname: string, routes: AppRoute[]): AppRoute[] | null {
  for (const route of routes) {
    if (route.path === pathname) return [route];
    if (route.children) {
      const trail = exactTrail(pathname, route.children);
      if (trail) return [route, ...trail];
    }
  }
  return null;
}

function patternTrail(pathname: string, routes: AppRoute[]): AppRoute[] | null {
  for (const route of routes) {
    if (route.path?.includes(':') && matchPath({ path: route.path, end: true }, pathname)) return [route];
    if (route.children) {
      const trail = patternTrail(pathname, route.children);
      if (trail) return [route, ...trail];
    }
  }
  return null;
}
