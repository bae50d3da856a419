export { AuthProvider } from './AuthProvider';
export { isPublicPath, LOGIN_ROUTE } from './constants';
export type { LoginRedirectState } from './constants';
export { RequireAuth, RequireRoles } from './RequireAuth';
export { useAuth } from './useAuth';
export * from './roles';
