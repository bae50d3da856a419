import { notFound } from '../../errors.js';
import type { Actor } from '../actor.js';
import { visiblePlan } from './access.js';
import type { FollowupDeps } from './deps.js';

/** The photo of a visit, for whoever may see its plan. */
export async function visitPhoto(deps: FollowupDeps, actor: Actor, visitId: string): Promise<{ content: Buffer; contentType: string }> {
  const visit = await deps.followups.visit(visitId);
  if (!visit) throw notFound();
  await visiblePlan(deps, actor, visit.plan_id, 'followup.photo');
  if (!visit.photo_sha256) throw notFound();
  const blob = await deps.followups.blob(visit.photo_sha256);
  if (!blob) throw notFound();
  return { content: blob.content, contentType: visit.photo_content_type ?? 'application/octet-stream' };
}
