import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { channelFromConfig, logChannel } from '../../../src/services/outbox/channels.js';
import { MAX_ATTEMPTS, retryAt } from '../../../src/services/outbox/deliver-job.js';

const NOW = new Date('2026-03-02T01:00:00Z');
const minutesLater = (d: Date | null) => (d ? (d.getTime() - NOW.getTime()) / 60_000 : null);

describe('retryAt', () => {
  it('backs off 1, 2, 4 … minutes and gives up after the last attempt', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => minutesLater(retryAt(n, NOW)))).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(retryAt(MAX_ATTEMPTS, NOW)).toBeNull();
    expect(MAX_ATTEMPTS).toBe(8);
  });
});

describe('delivery channels', () => {
  it('the log channel writes one line without the phone number or the text', async () => {
    const lines: unknown[] = [];
    await logChannel({ info: (obj: unknown) => void lines.push(obj) } as never).send({ id: 'o1', channel: 'sms', recipient: '13847200001', subject: '调解会通知', body: '张桂兰您好' });
    expect(lines).toEqual([{ outboxId: 'o1', channel: 'sms', to: '138****0001', subject: '调解会通知', length: 5 }]);
    expect(JSON.stringify(lines)).not.toContain('13847200001');
  });

  it('the configuration picks the webhook when its URL is set, the log otherwise', () => {
    const log = { info: () => {} } as never;
    expect(channelFromConfig(loadConfig({}), log).name).toBe('log');
    expect(channelFromConfig(loadConfig({ CONCORD_NOTIFY_WEBHOOK_URL: 'https://sms.example.gov.cn/send' }), log).name).toBe('webhook');
    expect(() => loadConfig({ CONCORD_NOTIFY_WEBHOOK_URL: 'ftp://x' })).toThrow(/CONCORD_NOTIFY_WEBHOOK_URL/);
  });
});
