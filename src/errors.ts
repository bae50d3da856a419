import type { MessageKey } from './i18n/messages.js';

/**
 * An error meant for the caller: an HTTP status, a stable code, a message key
 * (localized at the edge) and, for validation, the fields at fault.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    /** field → message key or already-localized {zh-CN,en} pair */
    readonly fields?: Record<string, FieldMessage>,
    readonly extra?: Record<string, unknown>,
  ) {
    super(code);
  }
}

export type FieldMessage = MessageKey | { 'zh-CN': string; en: string };

export const notFound = (key: MessageKey = 'not_found') => new AppError(404, 'not_found', key);
export const forbidden = () => new AppError(403, 'forbidden', 'forbidden');
export const conflict = (extra?: Record<string, unknown>, key: MessageKey = 'conflict') => new AppError(409, 'conflict', key, {}, undefined, extra);
export const invalid = (fields: Record<string, FieldMessage>) => new AppError(400, 'validation_failed', 'validation_failed', {}, fields);
