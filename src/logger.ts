import pino, { type Logger } from 'pino';

/** Structured logs. Redaction is a second line of defence: request lines carry no query, body or headers anyway. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'concord' },
    redact: {
      paths: ['password', '*.password', 'idNumber', '*.idNumber', 'phone', '*.phone', 'headers.cookie', 'headers["x-csrf-token"]', 'req.headers', 'body'],
      censor: '[redacted]',
    },
  });
}
