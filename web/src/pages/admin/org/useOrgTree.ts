// State of the lazily loaded org tree: units by id and the loaded children of each parent.
import { useCallback, useMemo, useRef, useState } from 'react';
import { orgApi } from '../../../api/org';
import type { OrgUnit } from '../../../api/types';

export const ROOT = 'root';

interface TreeState {
  units: Record<string, OrgUnit>;
  /** Child ids by parent id (`root` for the top); absent = not loaded yet. */
  children: Record<string, string[]>;
}

export function useOrgTree() {
  const [state, setState] = useState<TreeState>({ units: {}, children: {} });
  const stateRef = useRef(state);

  const update = useCallback((fn: (prev: TreeState) => TreeState) => {
    setState((prev) => {
      const next = fn(prev);
      stateRef.current = next;
      return next;
    });
  }, []);

  const loadChildren = useCallback(
    async (parentId: string): Promise<OrgUnit[]> => {
      const { items } = await orgApi.children(parentId);
      update((prev) => {
        const units = { ...prev.units };
        for (const unit of items) units[unit.id] = unit;
        return { units, children: { ...prev.children, [parentId]: items.map((unit) => unit.id) } };
      });
      return items;
    },
    [update],
  );

  /** Load every level on the way down to a unit (ancestor ids from the top). */
  const ensurePath = useCallback(
    async (ancestorIds: readonly string[]) => {
      for (const parentId of [ROOT, ...ancestorIds]) {
        if (!stateRef.current.children[parentId]) await loadChildren(parentId);
      }
    },
    [loadChildren],
  );

  const upsert = useCallback(
    (unit: OrgUnit) => update((prev) => ({ ...prev, units: { ...prev.units, [unit.id]: unit } })),
    [update],
  );

  const loadedKeys = useMemo(() => Object.keys(state.children).filter((key) => key !== ROOT), [state.children]);

  return { units: state.units, children: state.children, loadedKeys, loadChildren, ensurePath, upsert };
}
