// A tiny session cache: reference data that several screens need (categories, the
// calendar, the case policy) is fetched once and shared; admin edits invalidate it.
import { useEffect, useState } from 'react';

const cache = new Map<string, Promise<unknown>>();
const listeners = new Map<string, Set<() => void>>();

/** Forget `key` so that the next reader fetches it again; mounted readers refetch now. */
export function invalidateShared(key: string): void {
  cache.delete(key);
  listeners.get(key)?.forEach((listener) => listener());
}

function load<T>(key: string, loader: () => Promise<T>): Promise<T> {
  let promise = cache.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = loader();
    cache.set(key, promise);
    // A failure is not cached: the next reader tries again.
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

export interface Shared<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
}

export function useShared<T>(key: string, loader: () => Promise<T>): Shared<T> {
  const [state, setState] = useState<Shared<T>>({ data: undefined, error: undefined, loading: true });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const set = listeners.get(key) ?? new Set();
    const listener = () => setGeneration((n) => n + 1);
    set.add(listener);
    listeners.set(key, set);
    return () => {
      set.delete(listener);
    };
  }, [key]);

  useEffect(() => {
    let active = true;
    load(key, loader).then(
      (data) => active && setState({ data, error: undefined, loading: false }),
      (error: unknown) => active && setState({ data: undefined, error, loading: false }),
    );
    return () => {
      active = false;
    };
    // The loader is identified by its key.
  }, [key, generation]);

  return state;
}
