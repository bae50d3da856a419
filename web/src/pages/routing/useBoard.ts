// The routing board of one center, refreshed every minute and after every assignment.
import { useCallback, useEffect, useRef, useState } from 'react';
import { staffingApi, type RoutingBoard } from '../../api/staffing';
import { useErrorNotice } from '../../components/useErrorNotice';

const REFRESH_MS = 60_000;

export function useBoard(centerId: string | undefined) {
  const notify = useErrorNotice();
  const [board, setBoard] = useState<RoutingBoard | null>(null);
  const [fetchedAt, setFetchedAt] = useState(0);
  const [loading, setLoading] = useState(false);
  const controllerRef = useRef<AbortController | null>(null);

  const reload = useCallback(async () => {
    if (!centerId) return;
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setLoading(true);
    try {
      const next = await staffingApi.board(centerId, controller.signal);
      setBoard(next);
      setFetchedAt(Date.now());
    } catch (error) {
      notify(error);
    } finally {
      if (!controller.signal.aborted) setLoading(false);
    }
  }, [centerId, notify]);

  useEffect(() => {
    void reload();
    const timer = window.setInterval(() => void reload(), REFRESH_MS);
    return () => {
      window.clearInterval(timer);
      controllerRef.current?.abort();
    };
  }, [reload]);

  return { board, fetchedAt, loading, reload };
}
