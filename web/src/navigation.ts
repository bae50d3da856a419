// Queries over the route registry: visibility by role, leaves, breadcrumb trails.
import type { Me } from './api/types';
import { hasAnyRole } from './auth/roles';
import { appRoutes, type AppRoute } from './routes';

/** Entries the user may see, groups pruned to their visible children. */
export function visibleRoutes(user: Me | null, routes: AppRoute[] = appRoutes): AppRoute[] {
  const result: AppRoute[] = [];
  for (const route of routes) {
    if (!hasAnyRole(user, route.roles)) continue;
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

/** The chain of entries from the top level down to the leaf whose path is `pathname`. */
export function routeTrail(pathname: string, routes: AppRoute[] = appRoutes): AppRoute[] {
  for (const route of routes) {
    if (route.path === pathname) return [route];
    if (route.children) {
      const trail = routeTrail(pathname, route.children);
      if (trail.length > 0) return [route, ...trail];
    }
  }
  return [];
}
