import { isApiError } from '../../../api/client';

/** 409: the record changed since it was loaded (optimistic concurrency). */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}
