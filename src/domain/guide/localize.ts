// The guide in one locale, as the API hands it out: plain strings, citations written out.
import { SHIPPED_CATEGORIES } from '../case/taxonomy.js';
import { citation } from './laws.js';
import type { Bi, Guide, GuideLeaf, GuideNode, OptionKind } from './types.js';

export type GuideLocale = 'zh-CN' | 'en';

export interface LocalQuestion {
  kind: 'question';
  id: string;
  title: string;
  hint: string | null;
  answers: { label: string; hint: string | null; next: string }[];
}

export interface LocalLeaf {
  kind: 'leaf';
  id: string;
  category: string;
  categoryName: string;
  title: string;
  summary: string;
  emergency: boolean;
  law: { citation: string; text: string }[];
  selfHelp: string[];
  options: { kind: OptionKind; name: string; text: string; timeLimit: string | null; basis: string | null }[];
  bring: string[];
  urgent: string[];
  prefill: string | null;
  serviceMode: 'online' | 'offline';
}

/** A leaf as listed in the tree: enough to show where an answer leads; the rest comes with the leaf itself. */
export type LocalLeafHead = Pick<LocalLeaf, 'kind' | 'id' | 'category' | 'categoryName' | 'title' | 'summary' | 'emergency'>;

export type LocalNode = LocalQuestion | LocalLeafHead;

export interface LocalGuide {
  locale: GuideLocale;
  revision: string;
  rootId: string;
  nodes: LocalNode[];
}

const pick = (text: Bi, locale: GuideLocale) => (locale === 'en' ? text.en : text.zh);
const pickOpt = (text: Bi | undefined, locale: GuideLocale) => (text ? pick(text, locale) : null);

function leafHead(n: GuideLeaf, locale: GuideLocale): LocalLeafHead {
  const category = SHIPPED_CATEGORIES.find((c) => c.code === n.category);
  return {
    kind: 'leaf',
    id: n.id,
    category: n.category,
    categoryName: category ? (locale === 'en' ? category.en : category.zh) : n.category,
    title: pick(n.title, locale),
    summary: pick(n.summary, locale),
    emergency: n.emergency ?? false,
  };
}

/** The questions and the heads of the leaves: the tree a client walks. */
export function localizeTree(guide: Guide, locale: GuideLocale): LocalGuide {
  const node = (n: GuideNode): LocalNode =>
    n.kind === 'question'
      ? { kind: 'question', id: n.id, title: pick(n.title, locale), hint: pickOpt(n.hint, locale), answers: n.answers.map((a) => ({ label: pick(a.label, locale), hint: pickOpt(a.hint, locale), next: a.next })) }
      : leafHead(n, locale);
  return { locale, revision: guide.revision, rootId: guide.rootId, nodes: guide.nodes.map(node) };
}

/** One leaf with all its sections. */
export function localizeLeaf(n: GuideLeaf, locale: GuideLocale): LocalLeaf {
  const t = (text: Bi) => pick(text, locale);
  return {
    ...leafHead(n, locale),
    law: n.law.map((r) => ({ citation: citation(r.law, r.articles, locale), text: t(r.gist) })),
    selfHelp: n.selfHelp.map(t),
    options: n.options.map((o) => ({ kind: o.kind, name: t(o.name), text: t(o.text), timeLimit: pickOpt(o.timeLimit, locale), basis: o.basis ? citation(o.basis.law, o.basis.articles, locale) : null })),
    bring: n.bring.map(t),
    urgent: n.urgent.map(t),
    prefill: pickOpt(n.prefill, locale),
    serviceMode: n.serviceMode,
  };
}
