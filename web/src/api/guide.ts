// The portal's self-help guide (no login): the question tree and one leaf at a time, in the UI language.
import { api } from './client';

export type GuideOptionKind = 'mediation' | 'arbitration' | 'administrative' | 'hotline' | 'police' | 'litigation' | 'other';

export interface GuideQuestion {
  kind: 'question';
  id: string;
  title: string;
  hint: string | null;
  answers: { label: string; hint: string | null; next: string }[];
}

export interface GuideLeafHead {
  kind: 'leaf';
  id: string;
  /** Case category code preselected when filing. */
  category: string;
  categoryName: string;
  title: string;
  summary: string;
  emergency: boolean;
}

export type GuideNode = GuideQuestion | GuideLeafHead;

export interface GuideTree {
  locale: 'zh-CN' | 'en';
  revision: string;
  rootId: string;
  nodes: GuideNode[];
}

export interface GuideLeaf extends GuideLeafHead {
  law: { citation: string; text: string }[];
  selfHelp: string[];
  options: { kind: GuideOptionKind; name: string; text: string; timeLimit: string | null; basis: string | null }[];
  bring: string[];
  urgent: string[];
  prefill: string | null;
  serviceMode: 'online' | 'offline';
}

export const guideApi = {
  tree: () => api.get<GuideTree>('/api/portal/guide'),
  leaf: (id: string) => api.get<GuideLeaf>(`/api/portal/guide/leaves/${encodeURIComponent(id)}`),
};
