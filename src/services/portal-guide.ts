// The self-help guide for the portal: the shipped content, localized once per locale.
import { GUIDE, type GuideLocale, type LocalGuide, type LocalLeaf, leaves, localizeLeaf, localizeTree } from '../domain/guide/index.js';
import { notFound } from '../errors.js';

const trees = new Map<GuideLocale, LocalGuide>();
const leafById = new Map(leaves(GUIDE).map((l) => [l.id, l]));

/** The questions and the leaf heads (the content is static: built once per locale). */
export function guideTree(locale: GuideLocale): LocalGuide {
  let tree = trees.get(locale);
  if (!tree) trees.set(locale, (tree = localizeTree(GUIDE, locale)));
  return tree;
}

/** One leaf with all its sections; 404 for an id that is not a leaf. */
export function guideLeaf(id: string, locale: GuideLocale): LocalLeaf {
  const leaf = leafById.get(id);
  if (!leaf) throw notFound();
  return localizeLeaf(leaf, locale);
}
