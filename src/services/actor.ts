import type { Scope } from '../domain/scope.js';

/** The authenticated caller of a request. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  scope: Scope;
  sessionHash: string;
  csrfToken: string;
  /** the client address of the current request, for audit rows written by services */
  ip?: string | null;
}

/** Where a request came from, for the audit log. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}
