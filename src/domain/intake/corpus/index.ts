import { BUSINESS } from './business.js';
import { CONSUMER } from './consumer.js';
import { CONTRACT } from './contract.js';
import { DAMAGES } from './damages.js';
import { ENVIRONMENT } from './environment.js';
import { FAMILY } from './family.js';
import { LABOUR } from './labour.js';
import { LAND } from './land.js';
import { MEDICAL } from './medical.js';
import { NEIGHBOUR } from './neighbour.js';
import { OTHER } from './other.js';
import { PROPERTY_MANAGEMENT } from './property-management.js';
import { PROPERTY_RIGHTS } from './property-rights.js';
import { TENANCY } from './tenancy.js';
import type { CategoryCode, CorpusEntry, RawSample } from './types.js';

export * from './types.js';

const BY_CATEGORY: Record<CategoryCode, readonly RawSample[]> = {
  family: FAMILY,
  neighbour: NEIGHBOUR,
  property_management: PROPERTY_MANAGEMENT,
  tenancy: TENANCY,
  property_rights: PROPERTY_RIGHTS,
  labour: LABOUR,
  contract: CONTRACT,
  business: BUSINESS,
  consumer: CONSUMER,
  damages: DAMAGES,
  medical: MEDICAL,
  land: LAND,
  environment: ENVIRONMENT,
  other: OTHER,
};

/**
 * The labelled intake corpus the project writes and ships: hand-written Chinese accounts
 * of disputes (as residents and clerks put them), each with its category and risk level.
 */
export const CORPUS: readonly CorpusEntry[] = Object.freeze(
  (Object.entries(BY_CATEGORY) as [CategoryCode, readonly RawSample[]][]).flatMap(([category, rows]) => rows.map(([risk, text]) => Object.freeze({ text, category, risk }))),
);

/** FNV-1a (32 bit) over the UTF-16 code units: stable across runs, platforms and corpus order. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** One text in five is held out for evaluation, chosen by a hash of the text alone. */
export function isHeldOut(text: string): boolean {
  return textHash(text) % 5 === 0;
}

/** The 80 % the classifier learns from. */
export const TRAIN_SPLIT: readonly CorpusEntry[] = CORPUS.filter((e) => !isHeldOut(e.text));
/** The 20 % it never sees: what `npm run eval:intake` and the quality-gate test measure. */
export const TEST_SPLIT: readonly CorpusEntry[] = CORPUS.filter((e) => isHeldOut(e.text));
