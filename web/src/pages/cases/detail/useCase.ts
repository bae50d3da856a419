// Loads one case and keeps the latest copy (every action answers with the fresh case).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Case } from '../../../api/caseTypes';
import { casesApi } from '../../../api/cases';
import { isApiError } from '../../../api/client';

export interface CaseState {
  data: Case | null;
  /** When `data` was read (ms), for the live countdowns. */
  fetchedAt: number;
  loading: boolean;
  /** 403 / 404 / other failure of the first read. */
  error: unknown;
}

export function useCase(id: string | undefined) {
  const [state, setState] = useState<CaseState>({ data: null, fetchedAt: 0, loading: true, error: null });
  const controllerRef = useRef<AbortController | null>(null);

  const reload = useCallback(async () => {
    if (!id) return;
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setState((prev) => ({ ...prev, loading: true }));
    try {
      const data = await casesApi.get(id, controller.signal);
      setState({ data, fetchedAt: Date.now(), loading: false, error: null });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setState((prev) => ({ ...prev, loading: false, error }));
    }
  }, [id]);

  useEffect(() => {
    void reload();
    return () => controllerRef.current?.abort();
  }, [reload]);

  /** Replace the copy with one the server just returned. */
  const setCase = useCallback((data: Case) => setState({ data, fetchedAt: Date.now(), loading: false, error: null }), []);

  return { ...state, reload, setCase };
}

export function errorStatus(error: unknown): number | null {
  return isApiError(error) ? error.status : null;
}
