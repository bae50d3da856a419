// Routes: the public portal and the login page, then the signed-in shell with one
// route per built page of the registry (guarded by its roles), 403 and 404.
import { lazy } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { LOGIN_ROUTE, RequireAuth, RequireRoles, useAuth, type LoginRedirectState } from './auth';
import { FullPageSpin } from './components/FullPageSpin';
import { AppLayout } from './layout/AppLayout';
import { leafRoutes } from './navigation';
import { PortalLayout, publicRoutes } from './routes';
import ForbiddenPage from './pages/ForbiddenPage';
import NotFoundPage from './pages/NotFoundPage';

const LoginPage = lazy(() => import('./pages/LoginPage'));

/** Where to go after signing in: the page that sent the user here, if it is one of ours. */
function redirectTarget(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith(LOGIN_ROUTE)) {
    return from;
  }
  return '/';
}

function LoginRoute() {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <FullPageSpin />;
  if (status === 'authenticated') return <Navigate to={redirectTarget(location.state)} replace />;
  return <LoginPage />;
}

export function AppRoutes() {
  const pages = leafRoutes().filter((route) => route.page && route.path);
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        {publicRoutes.map(({ path, page: Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
      </Route>
      <Route path={LOGIN_ROUTE} element={<LoginRoute />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        {pages.map(({ key, path, roles, page: Page }) =>
          Page ? (
            <Route
              key={key}
              path={path}
              element={
                <RequireRoles roles={roles}>
                  <Page />
                </RequireRoles>
              }
            />
          ) : null,
        )}
        <Route path="/403" element={<ForbiddenPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
