/**
 * Where outbox messages go. `log` (the default) writes one line per message — the phone
 * masked, never the text — so that a demo or a test shows what would be sent; `webhook`
 * POSTs each message as JSON to CONCORD_NOTIFY_WEBHOOK_URL (an SMS gateway adapter),
 * where any answer other than 2xx is a failure to be retried.
 */
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import { maskPhone } from '../../domain/identity.js';

export interface OutgoingMessage {
  id: string;
  channel: string;
  recipient: string;
  subject: string | null;
  body: string;
}

export interface DeliveryChannel {
  readonly name: string;
  /** Resolves when the message was accepted; throws (with a message free of personal data) otherwise. */
  send(m: OutgoingMessage): Promise<void>;
}

export function logChannel(log: Pick<Logger, 'info'>): DeliveryChannel {
  return {
    name: 'log',
    async send(m) {
      log.info({ outboxId: m.id, channel: m.channel, to: maskPhone(m.recipient), subject: m.subject, length: m.body.length }, 'outbox message (log channel)');
    },
  };
}

export function webhookChannel(url: string, timeoutMs = 10_000): DeliveryChannel {
  return {
    name: 'webhook',
    async send(m) {
      let res: Response;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ id: m.id, channel: m.channel, to: m.recipient, subject: m.subject, body: m.body }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        throw new Error(`webhook unreachable: ${(err as Error).name}`);
      }
      if (!res.ok) throw new Error(`webhook answered HTTP ${res.status}`);
    },
  };
}

/** The channel the configuration asks for. */
export function channelFromConfig(config: Config, log: Pick<Logger, 'info'>): DeliveryChannel {
  return config.notify.webhookUrl ? webhookChannel(config.notify.webhookUrl) : logChannel(log);
}
