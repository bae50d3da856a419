import { localDate } from '../../domain/calendar/index.js';
import type { CaseDeps } from '../cases/deps.js';

/** The center's local day now ('YYYY-MM-DD'): visits are day tasks. Read before any transaction. */
export async function localToday(deps: Pick<CaseDeps, 'rules' | 'clock'>, now: Date = deps.clock.now()): Promise<string> {
  return localDate(await deps.rules.calendar(), now);
}
