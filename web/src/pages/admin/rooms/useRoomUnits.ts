// The units that can have mediation rooms — centers, stations and enterprise stations —
// grouped under their center for the unit select.
import { useEffect, useState } from 'react';
import { orgApi } from '../../../api/org';
import type { OrgKind, OrgUnit } from '../../../api/types';
import { useErrorNotice } from '../../../components/useErrorNotice';

const ROOM_UNIT_KINDS: readonly OrgKind[] = ['center', 'station', 'enterprise_station'];

export interface RoomUnitGroup {
  center: OrgUnit;
  units: OrgUnit[];
}

/** Each center first, then its stations; a station whose center is unknown is left out. */
export function groupByCenter(units: readonly OrgUnit[]): RoomUnitGroup[] {
  const centers = units.filter((unit) => unit.kind === 'center');
  return centers.map((center) => ({
    center,
    units: [center, ...units.filter((unit) => unit.kind !== 'center' && unit.centerId === center.id)],
  }));
}

export function useRoomUnits() {
  const notify = useErrorNotice();
  const [groups, setGroups] = useState<RoomUnitGroup[] | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all(ROOM_UNIT_KINDS.map((kind) => orgApi.byKind(kind, undefined, controller.signal)))
      .then((pages) => setGroups(groupByCenter(pages.flatMap((page) => page.items))))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setGroups([]);
        notify(error);
      });
    return () => controller.abort();
  }, [notify]);

  return groups;
}
