export const LOGIN_ROUTE = '/login';

/** Router state given to the login page: where to return after signing in. */
export interface LoginRedirectState {
  from?: string;
}

/** The public portal: no login, so a 401 there never sends anyone to the login page. */
export const PUBLIC_PATH_PREFIX = '/portal';

export function isPublicPath(pathname: string): boolean {
  return pathname === PUBLIC_PATH_PREFIX || pathname.startsWith(`${PUBLIC_PATH_PREFIX}/`);
}
