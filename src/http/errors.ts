import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldMessage } from '../errors.js';
import { type Locale, localeFrom, type MessageKey, translate } from '../i18n/messages.js';
import { localizeIssue } from './zod-i18n.js';

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string>; [k: string]: unknown };
}

export const requestLocale = (req: FastifyRequest): Locale => localeFrom(req.headers['accept-language']);

function fieldText(locale: Locale, m: FieldMessage): string {
  return typeof m === 'string' ? translate(locale, m as MessageKey) : m[locale];
}

/** Every error leaves as `{"error":{code,message,fields}}` in the request's language (SPEC §6). */
export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const locale = requestLocale(req);
  const send = (status: number, code: string, message: string, fields?: Record<string, string>, extra?: Record<string, unknown>) => {
    const body: ErrorBody = { error: { code, message, ...(fields ? { fields } : {}), ...(extra ?? {}) } };
    return reply.status(status).send(body);
  };

  if (err instanceof AppError) {
    const fields = err.fields ? Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, fieldText(locale, v)])) : undefined;
    if (err.status === 429 && typeof err.extra?.retryAfterSeconds === 'number') reply.header('retry-after', String(err.extra.retryAfterSeconds));
    return send(err.status, err.code, translate(locale, err.messageKey, err.params), fields, err.extra);
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const fields: Record<string, string> = {};
    for (const v of err.validation) {
      const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.') || (err.validationContext ?? 'body');
      fields[path] ??= localizeIssue({ code: v.keyword, message: v.message, ...(v.params as object) } as never, locale);
    }
    return send(400, 'validation_failed', translate(locale, 'validation_failed'), fields);
  }
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return send(400, 'invalid_json', translate(locale, 'invalid_json'));
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return send(413, 'body_too_large', translate(locale, 'body_too_large', { limit: `${Math.round(req.routeOptions.bodyLimit / 1024)} KB` }));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return send(415, 'unsupported_media_type', translate(locale, 'unsupported_media_type'));
  }
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return send(err.statusCode, 'bad_request', err.message);
  }
  req.log.error({ err }, 'unhandled error');
  return send(500, 'internal', translate(locale, 'internal'));
}
