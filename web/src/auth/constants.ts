export const LOGIN_ROUTE = '/login';

/** Router state given to the login page: where to return after signing in. */
export interface LoginRedirectState {
  from?: string;
}
