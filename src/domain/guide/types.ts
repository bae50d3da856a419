// The self-help guide (自助指引, SPEC §3.11) as data: question nodes lead, by answers,
// to leaf nodes with plain-language information on rights and options. Every text is
// written in both locales; the API hands out one of them.
import type { LawCode } from './laws.js';

/** A text in both locales: Chinese for residents, English second. */
export interface Bi {
  zh: string;
  en: string;
}

/** Where a statement comes from: a law and, only where we are sure of them, its articles. */
export interface LawRef {
  law: LawCode;
  articles?: readonly number[];
  /** What it says, in plain words. */
  gist: Bi;
}

export const OPTION_KINDS = ['mediation', 'arbitration', 'administrative', 'hotline', 'police', 'litigation', 'other'] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];

/** A way to resolve the matter (the center's mediation, arbitration, a hotline, the court…). */
export interface GuideOption {
  kind: OptionKind;
  name: Bi;
  text: Bi;
  /** The time limit that applies, in plain words. */
  timeLimit?: Bi;
  basis?: { law: LawCode; articles?: readonly number[] };
}

export interface GuideAnswer {
  label: Bi;
  hint?: Bi;
  /** The id of the node this answer leads to. */
  next: string;
}

export interface GuideQuestion {
  kind: 'question';
  id: string;
  title: Bi;
  hint?: Bi;
  answers: readonly GuideAnswer[];
}

export interface GuideLeaf {
  kind: 'leaf';
  id: string;
  /** A case category code (SPEC §3.1) preselected when the resident goes on to file. */
  category: string;
  title: Bi;
  /** The gist in two sentences, shown first. */
  summary: Bi;
  /** Danger to life or body is the typical case (e.g. domestic violence): the urgent notice comes first. */
  emergency?: boolean;
  /** What the law generally says. */
  law: readonly LawRef[];
  /** What to try yourself first. */
  selfHelp: readonly Bi[];
  options: readonly GuideOption[];
  /** What to bring. */
  bring: readonly Bi[];
  /** Violence, threats, self-harm: where to turn at once. */
  urgent: readonly Bi[];
  /** The opening of the account prefilled in the filing form (no personal data). */
  prefill?: Bi;
  /** The service mode suggested on the filing form. */
  serviceMode: 'online' | 'offline';
}

export type GuideNode = GuideQuestion | GuideLeaf;

export interface Guide {
  /** The date the content was last reviewed, shown to residents. */
  revision: string;
  rootId: string;
  nodes: readonly GuideNode[];
}
