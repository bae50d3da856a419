import type { Actor } from '../actor.js';
import { configuresCenter, hostedThemes, managesCenter, readsCenter } from './access.js';
import type { ReceptionDeps } from './deps.js';

/** Every center, whether it holds reception days, and what the caller may do there (for the staff page). */
export async function receptionCenters(deps: ReceptionDeps, actor: Actor) {
  const [centers, configured] = await Promise.all([deps.cases.units.byKind(null, 'center'), deps.repo.centersWithThemes()]);
  const withThemes = new Set(configured.map((c) => c.id));
  const items = [];
  for (const c of centers) {
    const manages = managesCenter(actor, c);
    const hosts = withThemes.has(c.id) && hostedThemes(actor, await deps.repo.themes(c.id)).length > 0;
    // An enterprise liaison books for the enterprises of their station, which sits under the center.
    const liaison = actor.scope.grants.some((g) => g.role === 'enterprise_liaison' && g.unitPath.startsWith(c.path));
    items.push({
      id: c.id,
      name: c.name,
      configured: withThemes.has(c.id),
      canRead: readsCenter(actor, c) || hosts || liaison,
      canManage: manages,
      canBook: manages || hosts || liaison,
      canConfigure: configuresCenter(actor, c),
    });
  }
  return { items };
}
