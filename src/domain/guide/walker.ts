// Pure walks over the guide: follow a resident's answers, enumerate every path, and check
// the content's integrity (the unit tests run the check; editors can too).
import { LAWS } from './laws.js';
import { type Bi, type Guide, type GuideLeaf, type GuideNode, type GuideQuestion, OPTION_KINDS } from './types.js';

/** At most this many questions between the start and any leaf. */
export const GUIDE_MAX_DEPTH = 4;

const ID_PATTERN = /^[a-z]+(?:[._][a-z]+)*$/;
const CJK = /[\u3400-\u9fff]/;
const CJK_ALL = /[\u3400-\u9fff]/g;
const LATIN = /[A-Za-z]/;

export function indexGuide(guide: Guide): Map<string, GuideNode> {
  return new Map(guide.nodes.map((n) => [n.id, n]));
}

export interface Trail {
  /** The nodes from the start to where the trail ends (at least the start). */
  nodes: GuideNode[];
  /** False when the trail named a node that is not an answer of the node before it; the walk stops there. */
  valid: boolean;
}

/**
 * Follows `ids` (the nodes after the start, in the order the resident chose them). A
 * trail from a link may be stale or forged: it is cut at the first step that is not an
 * answer of the previous question.
 */
export function followTrail(guide: Guide, ids: readonly string[], index = indexGuide(guide)): Trail {
  const root = index.get(guide.rootId);
  if (!root) return { nodes: [], valid: false };
  const nodes: GuideNode[] = [root];
  for (const id of ids) {
    const here = nodes[nodes.length - 1]!;
    const next = here.kind === 'question' && here.answers.some((a) => a.next === id) ? index.get(id) : undefined;
    if (!next) return { nodes, valid: false };
    nodes.push(next);
  }
  return { nodes, valid: true };
}

/** Every path from the start to a leaf, as node ids (start included). Stops at cycles and unknown ids (checkGuide reports them). */
export function leafPaths(guide: Guide, index = indexGuide(guide)): string[][] {
  const out: string[][] = [];
  const walk = (id: string, path: string[]) => {
    const node = index.get(id);
    if (!node || path.includes(id)) return;
    const here = [...path, id];
    if (node.kind === 'leaf') out.push(here);
    else for (const a of node.answers) walk(a.next, here);
  };
  walk(guide.rootId, []);
  return out;
}

export const leaves = (guide: Guide): GuideLeaf[] => guide.nodes.filter((n): n is GuideLeaf => n.kind === 'leaf');
export const questions = (guide: Guide): GuideQuestion[] => guide.nodes.filter((n): n is GuideQuestion => n.kind === 'question');

function textProblems(where: string, text: Bi | undefined, required: boolean): string[] {
  if (!text) return required ? [`${where}: missing text`] : [];
  const problems: string[] = [];
  if (!text.zh.trim()) problems.push(`${where}: empty zh`);
  else if (!CJK.test(text.zh)) problems.push(`${where}: zh has no Chinese`);
  if (!text.en.trim()) problems.push(`${where}: empty en`);
  else if (!LATIN.test(text.en) || (text.en.match(CJK_ALL)?.length ?? 0) > text.en.length / 10) problems.push(`${where}: en is not English`);
  return problems;
}

/** Everything wrong with the content, as readable lines; empty when the guide is sound. */
export function checkGuide(guide: Guide, categoryCodes: readonly string[]): string[] {
  const problems: string[] = [];
  const index = new Map<string, GuideNode>();
  for (const n of guide.nodes) {
    if (index.has(n.id)) problems.push(`${n.id}: duplicate id`);
    index.set(n.id, n);
    if (!ID_PATTERN.test(n.id)) problems.push(`${n.id}: id must be lower-case words joined by . or _`);
  }
  const root = index.get(guide.rootId);
  if (!root) return [...problems, `root ${guide.rootId} does not exist`];
  if (root.kind !== 'question') problems.push(`root ${guide.rootId} is not a question`);

  for (const n of guide.nodes) {
    problems.push(...textProblems(`${n.id}.title`, n.title, true));
    if (n.kind === 'question') {
      problems.push(...textProblems(`${n.id}.hint`, n.hint, false));
      if (n.answers.length < 2) problems.push(`${n.id}: a question needs at least two answers`);
      const targets = new Set<string>();
      n.answers.forEach((a, i) => {
        problems.push(...textProblems(`${n.id}.answers[${i}].label`, a.label, true), ...textProblems(`${n.id}.answers[${i}].hint`, a.hint, false));
        if (!index.has(a.next)) problems.push(`${n.id}.answers[${i}]: leads to unknown node ${a.next} (dead end)`);
        if (targets.has(a.next)) problems.push(`${n.id}: two answers lead to ${a.next}`);
        if (a.next === guide.rootId) problems.push(`${n.id}: an answer leads back to the start`);
        targets.add(a.next);
      });
      continue;
    }
    if (!categoryCodes.includes(n.category)) problems.push(`${n.id}: unknown category ${n.category}`);
    problems.push(...textProblems(`${n.id}.summary`, n.summary, true), ...textProblems(`${n.id}.prefill`, n.prefill, false));
    const lists = { law: n.law, selfHelp: n.selfHelp, options: n.options, bring: n.bring, urgent: n.urgent } as const;
    for (const [name, list] of Object.entries(lists)) if (list.length === 0) problems.push(`${n.id}: section ${name} is empty`);
    n.law.forEach((r, i) => {
      if (!(r.law in LAWS)) problems.push(`${n.id}.law[${i}]: unknown law ${r.law}`);
      if (r.articles?.some((a) => !Number.isInteger(a) || a < 1 || a > 9999)) problems.push(`${n.id}.law[${i}]: bad article number`);
      problems.push(...textProblems(`${n.id}.law[${i}]`, r.gist, true));
    });
    n.options.forEach((o, i) => {
      if (!OPTION_KINDS.includes(o.kind)) problems.push(`${n.id}.options[${i}]: unknown kind ${o.kind}`);
      if (o.basis && !(o.basis.law in LAWS)) problems.push(`${n.id}.options[${i}]: unknown law ${o.basis.law}`);
      problems.push(...textProblems(`${n.id}.options[${i}].name`, o.name, true), ...textProblems(`${n.id}.options[${i}].text`, o.text, true), ...textProblems(`${n.id}.options[${i}].timeLimit`, o.timeLimit, false));
    });
    n.selfHelp.forEach((t, i) => problems.push(...textProblems(`${n.id}.selfHelp[${i}]`, t, true)));
    n.bring.forEach((t, i) => problems.push(...textProblems(`${n.id}.bring[${i}]`, t, true)));
    n.urgent.forEach((t, i) => problems.push(...textProblems(`${n.id}.urgent[${i}]`, t, true)));
  }

  // Reachability, cycles and depth, by a walk from the start.
  const reached = new Set<string>();
  const walk = (id: string, path: string[]) => {
    const node = index.get(id);
    if (!node) return;
    if (path.includes(id)) {
      problems.push(`cycle: ${[...path, id].join(' → ')}`);
      return;
    }
    reached.add(id);
    const here = [...path, id];
    if (node.kind === 'leaf') {
      const depth = here.length - 1;
      if (depth > GUIDE_MAX_DEPTH) problems.push(`${id}: ${depth} questions deep (at most ${GUIDE_MAX_DEPTH}): ${here.join(' → ')}`);
      return;
    }
    for (const a of node.answers) walk(a.next, here);
  };
  walk(guide.rootId, []);
  for (const n of guide.nodes) if (!reached.has(n.id)) problems.push(`${n.id}: unreachable from the start`);
  return [...new Set(problems)];
}
