import { themeConfigProblems } from '../../domain/reception/config.js';
import { sortSlots } from '../../domain/reception/slots.js';
import { RECEPTION_THEMES, type ReceptionTheme } from '../../domain/reception/themes.js';
import { conflict, forbidden, invalid, notFound } from '../../errors.js';
import type { Actor } from '../actor.js';
import { configuresCenter, managesCenter } from './access.js';
import type { ReceptionDeps } from './deps.js';

export interface ThemeConfigItem {
  theme: ReceptionTheme;
  weekday: number;
  hostUnitId: string;
  slots: string[];
  capacity: number;
  note?: string | null;
  /** the version read (0: the theme was not configured yet) */
  version: number;
}

const DEFAULT_CAPACITY = 2;

/** The five themes of a center (unconfigured ones with version 0), the departments that can host them, and what the caller may do. */
export async function getThemes(deps: ReceptionDeps, actor: Actor, centerId: string) {
  const center = await deps.cases.units.get(null, centerId);
  if (!center || center.kind !== 'center') throw notFound('unit_not_found');
  const [rows, hosts] = await Promise.all([deps.repo.themes(centerId), deps.repo.hostUnits(centerId)]);
  const hostName = new Map(hosts.map((h) => [h.id, h.name]));
  return {
    center: { id: center.id, name: center.name },
    canConfigure: configuresCenter(actor, center),
    canManage: managesCenter(actor, center),
    themes: RECEPTION_THEMES.map((theme) => {
      const r = rows.find((x) => x.theme === theme);
      return r
        ? { theme, weekday: r.weekday, hostUnitId: r.host_unit_id, hostUnitName: r.host_unit_id ? hostName.get(r.host_unit_id) ?? null : null, slots: sortSlots(r.slots), capacity: r.capacity, note: r.note, version: r.version }
        : { theme, weekday: null, hostUnitId: null, hostUnitName: null, slots: [], capacity: DEFAULT_CAPACITY, note: null, version: 0 };
    }),
    hostOptions: hosts.map((h) => ({ id: h.id, name: h.name, departmentType: h.department_type })),
  };
}

class LostRace extends Error {}

/**
 * Replaces the five themes of a center at once (admin, or the center's director). Every
 * theme carries the version it was read at: if any changed meanwhile nothing is written
 * and the answer is 409 with the current configuration.
 */
export async function putThemes(deps: ReceptionDeps, actor: Actor, centerId: string, items: readonly ThemeConfigItem[]) {
  const center = await deps.cases.units.get(null, centerId);
  if (!center || center.kind !== 'center') throw notFound('unit_not_found');
  if (!configuresCenter(actor, center)) throw forbidden();
  const [cal, hosts] = await Promise.all([deps.cases.rules.calendar(), deps.repo.hostUnits(centerId)]);
  const fields = themeConfigProblems(items, cal.hours);
  const hostIds = new Set(hosts.map((h) => h.id));
  items.forEach((t, i) => {
    if (!hostIds.has(t.hostUnitId)) fields[`themes.${i}.hostUnitId`] = { 'zh-CN': '承办单位须为本中心入驻的部门', en: 'The host must be a department of this center' };
  });
  if (Object.keys(fields).length) throw invalid(fields);

  try {
    await deps.cases.db.transaction().execute(async (trx) => {
      for (const t of items) {
        const row = { center_id: centerId, theme: t.theme, weekday: t.weekday, host_unit_id: t.hostUnitId, slots: sortSlots(t.slots), capacity: t.capacity, note: t.note?.trim() || null };
        if (!(await deps.repo.putTheme(trx, row, t.version))) throw new LostRace();
      }
    });
  } catch (err) {
    if (err instanceof LostRace) throw conflict({ current: await getThemes(deps, actor, centerId) });
    throw err;
  }
  return getThemes(deps, actor, centerId);
}
