// Departments and stations of one center (three GETs: department, station, enterprise_station).
import { useCallback, useEffect, useState } from 'react';
import { orgApi } from '../../../api/org';
import type { OrgKind, OrgUnit } from '../../../api/types';
import { useErrorNotice } from '../../../components/useErrorNotice';

export const CENTER_UNIT_KINDS: readonly OrgKind[] = ['department', 'station', 'enterprise_station'];

export function useCenterUnits(centerId: string) {
  const notify = useErrorNotice();
  const [units, setUnits] = useState<OrgUnit[]>([]);
  const [loading, setLoading] = useState(true);

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      setLoading(true);
      try {
        const pages = await Promise.all(CENTER_UNIT_KINDS.map((kind) => orgApi.byKind(kind, centerId, signal)));
        setUnits(pages.flatMap((page) => page.items));
      } catch (error) {
        notify(error);
      } finally {
        if (!signal?.aborted) setLoading(false);
      }
    },
    [centerId, notify],
  );

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  const replace = useCallback(
    (unit: OrgUnit) => setUnits((list) => list.map((item) => (item.id === unit.id ? unit : item))),
    [],
  );

  return { units, loading, reload, replace };
}
