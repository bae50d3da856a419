/**
 * The residential compound (小区) of a case: given at intake, or detected from the
 * address among the compounds of the case's community (else its street; with no
 * territory at all, among every compound, refusing to guess between equal names).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { detectCompound } from '../../domain/case/compound.js';
import type { FieldMessage } from '../../errors.js';
import { MassDisputeRepository } from '../../repositories/mass-dispute-repository.js';

export interface CompoundPlace {
  address?: string | null;
  gridId?: string | null;
  communityId?: string | null;
  streetId?: string | null;
}

/** The compound an address names, within the territory given (a grid stands for its community). */
export async function detectCompoundFor(repo: MassDisputeRepository, place: CompoundPlace) {
  if (!place.address?.trim()) return null;
  let { communityId, streetId } = place;
  if (!communityId && place.gridId) ({ communityId, streetId } = await repo.communityOfGrid(place.gridId));
  const compounds = await repo.compoundsFor({ communityId, streetId, text: place.address });
  return detectCompound(place.address, compounds) ?? null;
}

/**
 * compound_id of a case being registered. A given compound must exist and lie in the
 * case's community (or street); otherwise the field is named in `fields` (400).
 */
export async function resolveCaseCompound(
  db: Kysely<DB>,
  input: { compoundId?: string | null; address?: string | null },
  territory: { community_id?: string | null; street_id?: string | null },
  fields: Record<string, FieldMessage>,
): Promise<string | null> {
  const repo = new MassDisputeRepository(db);
  if (input.compoundId) {
    const k = await repo.compound(input.compoundId);
    if (!k) {
      fields.compoundId = { 'zh-CN': '小区不存在', en: 'Unknown compound' };
      return null;
    }
    const outside = (territory.community_id && k.community_id !== territory.community_id) || (territory.street_id && k.street_id !== territory.street_id);
    if (outside) fields.compoundId = { 'zh-CN': '该小区不在所选网格/社区/街道内', en: 'The compound is not in the chosen grid, community or street' };
    return k.id;
  }
  const found = await detectCompoundFor(repo, { address: input.address, communityId: territory.community_id, streetId: territory.street_id });
  return found?.id ?? null;
}
