// The centers the user may see (with their units), and the one chosen — remembered in the URL (?center=).
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { staffingApi, type DutyCenter } from '../../api/staffing';
import { useErrorNotice } from '../../components/useErrorNotice';

export function useDutyCenters(onlyManaged = false) {
  const notify = useErrorNotice();
  const [centers, setCenters] = useState<DutyCenter[] | null>(null);
  const [params, setParams] = useSearchParams();

  useEffect(() => {
    const controller = new AbortController();
    staffingApi
      .centers(controller.signal)
      .then((list) => setCenters(onlyManaged ? list.items.filter((c) => c.canManage) : list.items))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setCenters([]);
        notify(error);
      });
    return () => controller.abort();
  }, [notify, onlyManaged]);

  const wanted = params.get('center');
  const center = useMemo(() => centers?.find((c) => c.id === wanted) ?? centers?.[0] ?? null, [centers, wanted]);

  const choose = (id: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('center', id);
        next.delete('unit');
        return next;
      },
      { replace: true },
    );

  return { centers, center, choose };
}
