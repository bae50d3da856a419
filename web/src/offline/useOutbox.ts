// The browser side of the outbox: localStorage, the `online` event, page load, and a
// "send now" button; forms go through `submit`, which sends at once when it can and
// keeps the form on the device when it cannot.
//
// Why localStorage and not IndexedDB: photos are downscaled to ≤ 1280 px JPEG first
// (150–400 KB in base64), so a day's visits fit the ~5 MB quota; it is synchronous
// (a form is stored before the submit handler returns, nothing is lost if the page is
// closed right after) and needs no extra library. A full storage is reported to the
// worker, who keeps the form open.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { authApi } from '../api/auth';
import { isApiError, setCsrfToken } from '../api/client';
import {
  createOutbox,
  outboxKey,
  outcomeOf,
  type FlushReport,
  type KeyValueStore,
  type OutboxState,
  type SendResult,
  type Submission,
  type SubmissionKind,
} from './outbox';

/** How each kind of submission reaches the server (the API clients of the followup and screening areas). */
export type Senders = Record<SubmissionKind, (targetId: string, body: unknown) => Promise<unknown>>;

export type SubmitResult<T = unknown> = { status: 'sent'; response: T } | { status: 'queued' };

export class StorageFullError extends Error {}

export function toSendResult(error: unknown): SendResult {
  if (isApiError(error)) return { ok: false, status: error.status, code: error.code, message: error.message, fields: error.fields };
  // fetch rejected, an abort, anything thrown before the answer: the network
  return { ok: false, status: 0, code: 'network_error', message: error instanceof Error ? error.message : String(error) };
}

function browserStore(): KeyValueStore {
  try {
    return window.localStorage;
  } catch {
    // storage disabled: a memory store keeps the page working (nothing survives a reload)
    const data = new Map<string, string>();
    return {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    };
  }
}

function subscribeOnline(callback: () => void): () => void {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

/** navigator.onLine, kept current by the online/offline events. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

export interface UseOutbox {
  state: OutboxState;
  online: boolean;
  flushing: boolean;
  /** The session ended with forms still queued: they wait for the next sign-in. */
  needsSignIn: boolean;
  /** Send what is queued (the button; also runs on page load and on the `online` event). */
  flush(): Promise<FlushReport>;
  /** Send a filled form now, or keep it on the device when there is no network (or no session). Throws the API error of a refusal (4xx). */
  submit<T>(submission: Submission): Promise<SubmitResult<T>>;
  dismiss(clientId: string): void;
}

/**
 * @param onFlushed called after every flush that sent or refused something (reload the lists)
 */
export function useOutbox(userId: string, senders: Senders, onFlushed?: (report: FlushReport) => void): UseOutbox {
  const sendersRef = useRef(senders);
  const onFlushedRef = useRef(onFlushed);
  useEffect(() => {
    sendersRef.current = senders;
    onFlushedRef.current = onFlushed;
  });

  const outbox = useMemo(
    () =>
      createOutbox({
        store: browserStore(),
        key: outboxKey(userId),
        now: () => new Date(),
        send: async (s) => {
          try {
            await sendersRef.current[s.kind](s.targetId, s.body);
            return { ok: true };
          } catch (error) {
            return toSendResult(error);
          }
        },
      }),
    [userId],
  );
  const state = useSyncExternalStore(outbox.subscribe, outbox.getState);
  const online = useOnline();
  const [flushing, setFlushing] = useState(false);
  const [needsSignIn, setNeedsSignIn] = useState(false);
  // Concurrent flushes (page load and the network coming back) share one run and its report: announced once.
  const announced = useRef(new WeakSet<FlushReport>());

  const flush = useCallback(async () => {
    setFlushing(true);
    try {
      let report = await outbox.flush();
      const shared = announced.current.has(report);
      announced.current.add(report);
      if (report.stoppedBy === 'auth') {
        // A stale CSRF token (signed in again in another tab) is refreshed once; a dead
        // session makes /me answer 401, and the auth layer sends the worker to sign in.
        try {
          const me = await authApi.me();
          setCsrfToken(me.csrfToken);
          const again = await outbox.flush();
          report = { sent: [...report.sent, ...again.sent], rejected: [...report.rejected, ...again.rejected], stoppedBy: again.stoppedBy };
        } catch {
          // still signed out: everything stays queued
        }
      }
      setNeedsSignIn(report.stoppedBy === 'auth');
      if (!shared && (report.sent.length > 0 || report.rejected.length > 0)) onFlushedRef.current?.(report);
      return report;
    } finally {
      setFlushing(false);
    }
  }, [outbox]);

  // Page load, the network coming back, the phone unlocked with the page in front.
  useEffect(() => {
    const tryFlush = () => {
      if (navigator.onLine && outbox.getState().queued.length > 0) void flush();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') tryFlush();
    };
    tryFlush();
    window.addEventListener('online', tryFlush);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('online', tryFlush);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [outbox, flush]);

  // Another tab of the same worker changed the outbox.
  useEffect(() => {
    const key = outboxKey(userId);
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) outbox.reload();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [outbox, userId]);

  const keep = useCallback(
    (submission: Submission) => {
      try {
        outbox.enqueue(submission);
      } catch {
        throw new StorageFullError('storage full');
      }
    },
    [outbox],
  );

  const submit = useCallback(
    async <T,>(submission: Submission): Promise<SubmitResult<T>> => {
      if (!navigator.onLine) {
        keep(submission);
        return { status: 'queued' };
      }
      try {
        const response = (await sendersRef.current[submission.kind](submission.targetId, submission.body)) as T;
        return { status: 'sent', response };
      } catch (error) {
        const outcome = outcomeOf(toSendResult(error));
        if (outcome === 'rejected') throw error;
        // No answer (or no session): the server may or may not have it; the clientId
        // makes the later flush safe either way.
        keep(submission);
        if (outcome === 'auth') setNeedsSignIn(true);
        return { status: 'queued' };
      }
    },
    [keep],
  );

  const dismiss = useCallback((clientId: string) => outbox.dismiss(clientId), [outbox]);

  return { state, online, flushing, needsSignIn, flush, submit, dismiss };
}
