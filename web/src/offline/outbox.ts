// The device outbox of the grid trio's phone forms (回访记录, 入户排查): a submission
// that could not reach the server is kept on the device and sent later, in order.
// The server recognises a re-sent `clientId` and replays its first answer, so sending
// again after a lost response never records anything twice.
//
// Pure of the browser on purpose (no DOM types, no imports): storage, sending and the
// clock are injected, so the rules below are unit-tested in node
// (test/unit/offline). The browser wiring is in ./useOutbox.ts.

export type SubmissionKind = 'visit' | 'screening';

/** A filled form, as it will be sent. */
export interface Submission {
  /** Made on the device when the form is filled; the server's idempotency key. */
  clientId: string;
  kind: SubmissionKind;
  /** The visit id (kind 'visit') or the campaign id (kind 'screening'). */
  targetId: string;
  body: unknown;
  /** What the worker reads in the lists (the household or the case), never sent. */
  title: string;
  /** ISO time the form was filled. */
  createdAt: string;
}

export interface QueuedSubmission extends Submission {
  attempts: number;
  lastTriedAt: string | null;
}

/** A submission the server refused (4xx): out of the queue, kept for the worker to read. */
export interface FailedSubmission extends Submission {
  failedAt: string;
  status: number;
  code: string;
  message: string;
  fields: Record<string, string>;
}

export interface OutboxState {
  queued: QueuedSubmission[];
  failed: FailedSubmission[];
}

export type SendResult =
  | { ok: true }
  | { ok: false; status: number; code: string; message: string; fields?: Record<string, string> };

/**
 * What to do after one attempt:
 * - sent: 2xx (a replay included) → out of the queue;
 * - rejected: the server refused it for good (400, 403, 404, 409…) → the failed list;
 * - retry: no network (status 0), a timeout, throttling or a server error → keep it, stop;
 * - auth: the session is gone (401) or its CSRF token is stale → keep it, stop, ask to sign in.
 */
export type Outcome = 'sent' | 'rejected' | 'retry' | 'auth';

export function outcomeOf(result: SendResult): Outcome {
  if (result.ok) return 'sent';
  const { status, code } = result;
  if (status === 401 || (status === 403 && code === 'csrf_failed')) return 'auth';
  if (status === 0 || status === 408 || status === 429 || status >= 500) return 'retry';
  if (status >= 400) return 'rejected';
  return 'retry';
}

/** The part of Web Storage the outbox needs (window.localStorage, or a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One outbox per signed-in user, so that a shared phone never sends one worker's forms as another's. */
export function outboxKey(userId: string): string {
  return `concord.outbox.v1.${userId}`;
}

const EMPTY: OutboxState = { queued: [], failed: [] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSubmission(value: unknown): value is Submission {
  return (
    isRecord(value) &&
    typeof value.clientId === 'string' &&
    (value.kind === 'visit' || value.kind === 'screening') &&
    typeof value.targetId === 'string' &&
    typeof value.title === 'string' &&
    typeof value.createdAt === 'string' &&
    'body' in value
  );
}

/** Parse what was stored; anything unreadable is dropped item by item, never the whole outbox. */
export function parseState(raw: string | null): OutboxState {
  if (!raw) return EMPTY;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return EMPTY;
  }
  if (!isRecord(data)) return EMPTY;
  const queued = (Array.isArray(data.queued) ? data.queued : []).filter(isSubmission).map(
    (s): QueuedSubmission => ({
      ...s,
      attempts: typeof (s as Partial<QueuedSubmission>).attempts === 'number' ? (s as QueuedSubmission).attempts : 0,
      lastTriedAt: typeof (s as Partial<QueuedSubmission>).lastTriedAt === 'string' ? (s as QueuedSubmission).lastTriedAt : null,
    }),
  );
  const failed = (Array.isArray(data.failed) ? data.failed : []).filter(
    (s): s is FailedSubmission => isSubmission(s) && typeof (s as Partial<FailedSubmission>).message === 'string',
  );
  return { queued, failed };
}

export interface FlushReport {
  /** clientIds the server accepted (or replayed) in this flush */
  sent: string[];
  /** submissions the server refused in this flush */
  rejected: FailedSubmission[];
  /** why the flush stopped before the end of the queue, if it did */
  stoppedBy: 'retry' | 'auth' | null;
}

export interface OutboxDeps {
  store: KeyValueStore;
  key: string;
  send: (submission: Submission) => Promise<SendResult>;
  now: () => Date;
}

export interface Outbox {
  getState(): OutboxState;
  /** Called after every change (this tab's, or another tab's once `reload` is called). */
  subscribe(listener: () => void): () => void;
  /** Keep a submission on the device; a clientId already there is not added twice. Throws when storage is full. */
  enqueue(submission: Submission): void;
  /** Send the queue in order. Concurrent calls share one run (and run once more if asked meanwhile). */
  flush(): Promise<FlushReport>;
  /** Remove an item of the failed list once the worker has read it. */
  dismiss(clientId: string): void;
  /** Re-read the storage (another tab changed it). */
  reload(): void;
}

export function createOutbox({ store, key, send, now }: OutboxDeps): Outbox {
  let state = parseState(store.getItem(key));
  const listeners = new Set<() => void>();
  let running: Promise<FlushReport> | null = null;
  let again = false;

  const emit = () => listeners.forEach((listener) => listener());
  // Re-read before every change: another tab may have written in between.
  const update = (change: (current: OutboxState) => OutboxState) => {
    const next = change(parseState(store.getItem(key)));
    if (next.queued.length === 0 && next.failed.length === 0) store.removeItem(key);
    else store.setItem(key, JSON.stringify(next)); // may throw (quota): the caller keeps the form
    state = next;
    emit();
  };

  const runOnce = async (report: FlushReport): Promise<void> => {
    const tried = new Set<string>();
    for (;;) {
      const item = parseState(store.getItem(key)).queued.find((q) => !tried.has(q.clientId));
      if (!item) return;
      tried.add(item.clientId);
      let result: SendResult;
      try {
        result = await send(item);
      } catch {
        result = { ok: false, status: 0, code: 'network_error', message: '' };
      }
      const outcome = outcomeOf(result);
      const at = now().toISOString();
      if (outcome === 'sent') {
        update((s) => ({ ...s, queued: s.queued.filter((q) => q.clientId !== item.clientId) }));
        report.sent.push(item.clientId);
        continue;
      }
      if (outcome === 'rejected' && !result.ok) {
        const { attempts: _attempts, lastTriedAt: _lastTriedAt, ...submission } = item;
        const failed: FailedSubmission = {
          ...submission,
          failedAt: at,
          status: result.status,
          code: result.code,
          message: result.message,
          fields: result.fields ?? {},
        };
        update((s) => ({
          queued: s.queued.filter((q) => q.clientId !== item.clientId),
          failed: [...s.failed.filter((f) => f.clientId !== item.clientId), failed],
        }));
        report.rejected.push(failed);
        continue;
      }
      // retry / auth: keep it (and everything after it, in order) for the next flush.
      update((s) => ({
        ...s,
        queued: s.queued.map((q) => (q.clientId === item.clientId ? { ...q, attempts: q.attempts + 1, lastTriedAt: at } : q)),
      }));
      report.stoppedBy = outcome === 'auth' ? 'auth' : 'retry';
      return;
    }
  };

  const flush = (): Promise<FlushReport> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      const report: FlushReport = { sent: [], rejected: [], stoppedBy: null };
      try {
        do {
          again = false;
          await runOnce(report);
        } while (again && report.stoppedBy === null);
        return report;
      } finally {
        running = null;
      }
    })();
    return running;
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    enqueue(submission) {
      update((s) =>
        s.queued.some((q) => q.clientId === submission.clientId)
          ? s
          : { ...s, queued: [...s.queued, { ...submission, attempts: 0, lastTriedAt: null }] },
      );
    },
    flush,
    dismiss(clientId) {
      update((s) => ({ ...s, failed: s.failed.filter((f) => f.clientId !== clientId) }));
    },
    reload() {
      state = parseState(store.getItem(key));
      emit();
    },
  };
}

/**
 * A v4 UUID. `crypto.randomUUID` exists only in secure contexts (https, localhost); a
 * center's intranet served over plain http still has `getRandomValues`.
 */
export function newClientId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string; getRandomValues: <T extends Uint8Array>(a: T) => T } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c) c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
