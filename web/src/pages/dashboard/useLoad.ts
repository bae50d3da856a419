// One API read that follows its inputs: a newer read aborts the one still running, the last
// data stays on screen while the next loads, and a refusal is kept to show as the API worded it.
import { useEffect, useState } from 'react';

export interface Loaded<T> {
  data: T | null;
  loading: boolean;
  error: unknown;
}

/** `load` must be memoised (useMemo/useCallback) on what it reads; null: nothing to read. */
export function useLoad<T>(load: ((signal: AbortSignal) => Promise<T>) | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, loading: load !== null, error: null });
  useEffect(() => {
    if (!load) {
      setState({ data: null, loading: false, error: null });
      return;
    }
    const controller = new AbortController();
    setState((prev) => ({ ...prev, loading: true, error: null }));
    load(controller.signal).then(
      (data) => setState({ data, loading: false, error: null }),
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setState({ data: null, loading: false, error });
      },
    );
    return () => controller.abort();
  }, [load]);
  return state;
}
