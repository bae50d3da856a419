// Load whenever `run` changes (new filters) and on `load()` (a refresh button); a newer
// load cancels the one still running, and a failure is shown as a toast.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useErrorNotice } from './useErrorNotice';

/** `run` must be memoised (useCallback) on the filters it reads, and pass `signal` to the API. */
export function useLatestLoad(run: (signal: AbortSignal) => Promise<void>): { loading: boolean; load: () => Promise<void> } {
  const notify = useErrorNotice();
  const [loading, setLoading] = useState(false);
  const controllerRef = useRef<AbortController | null>(null);

  const load = useCallback(async () => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setLoading(true);
    try {
      await run(controller.signal);
    } catch (error) {
      notify(error);
    } finally {
      if (!controller.signal.aborted) setLoading(false);
    }
  }, [run, notify]);

  useEffect(() => {
    void load();
    return () => controllerRef.current?.abort();
  }, [load]);

  return { loading, load };
}
