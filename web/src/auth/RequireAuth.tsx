// Route guards: RequireAuth sends anonymous visitors to the login page; RequireRoles
// shows the 403 page to signed-in users without one of the required roles.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../api/types';
import { FullPageSpin } from '../components/FullPageSpin';
import ForbiddenPage from '../pages/ForbiddenPage';
import { LOGIN_ROUTE, type LoginRedirectState } from './constants';
import { hasAnyRole } from './roles';
import { useAuth } from './useAuth';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <FullPageSpin />;
  if (status === 'anonymous') {
    const state: LoginRedirectState = { from: location.pathname + location.search + location.hash };
    return <Navigate to={LOGIN_ROUTE} replace state={state} />;
  }
  return <>{children}</>;
}

export function RequireRoles({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const { user } = useAuth();
  if (!hasAnyRole(user, roles)) return <ForbiddenPage />;
  return <>{children}</>;
}
