// The resident's answers live in the URL (?p=labour,labour.wages_site,labour.wages), so the
// browser's back button, a reload and a shared link all work; links into filing carry
// only the category and the guide's leaf id — never anything personal.
import type { GuideNode, GuideTree } from '../../../api/guide';

export const TRAIL_PARAM = 'p';

export function parseTrail(value: string | null): string[] {
  return value ? value.split(',').filter(Boolean).slice(0, 8) : [];
}

/** The nodes from the start along `ids`, cut at the first id that is not an answer of the node before. */
export function followTrail(tree: GuideTree, ids: readonly string[]): GuideNode[] {
  const index = new Map(tree.nodes.map((n) => [n.id, n]));
  const root = index.get(tree.rootId);
  if (!root) return [];
  const nodes: GuideNode[] = [root];
  for (const id of ids) {
    const here = nodes[nodes.length - 1]!;
    const next = here.kind === 'question' && here.answers.some((a) => a.next === id) ? index.get(id) : undefined;
    if (!next) break;
    nodes.push(next);
  }
  return nodes;
}

/** The label of the answer that led from `from` to `to` (for the breadcrumb). */
export function answerLabel(from: GuideNode, to: GuideNode): string {
  return from.kind === 'question' ? (from.answers.find((a) => a.next === to.id)?.label ?? to.title) : to.title;
}

export const GUIDE_PARAM = 'guide';
export const CATEGORY_PARAM = 'category';

/** The filing form, told which category to preselect and which leaf to take its summary from. */
export function filingLink(leaf: { id: string; category: string }): string {
  return `/portal/new?${new URLSearchParams({ [CATEGORY_PARAM]: leaf.category, [GUIDE_PARAM]: leaf.id }).toString()}`;
}

export function guideLink(trail: readonly string[]): string {
  return trail.length ? `/portal/guide?${TRAIL_PARAM}=${trail.join(',')}` : '/portal/guide';
}

/** The first path from the start to node `id` (ids after the start), or [] when there is none. */
export function trailTo(tree: GuideTree, id: string): string[] {
  const index = new Map(tree.nodes.map((n) => [n.id, n]));
  const walk = (at: string, path: string[]): string[] | null => {
    if (at === id) return path;
    const node = index.get(at);
    if (!node || node.kind !== 'question' || path.length > 8) return null;
    for (const a of node.answers) {
      const found = walk(a.next, [...path, a.next]);
      if (found) return found;
    }
    return null;
  };
  return walk(tree.rootId, []) ?? [];
}
