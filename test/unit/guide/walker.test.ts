import { describe, expect, it } from 'vitest';
import { checkGuide, followTrail, GUIDE, type Guide, type GuideLeaf, type GuideNode, type GuideQuestion, leafPaths } from '../../../src/domain/guide/index.js';

const t = (s: string) => ({ zh: `中文${s}`, en: `English ${s}` });
const q = (id: string, ...next: string[]): GuideQuestion => ({ kind: 'question', id, title: t(id), answers: next.map((n) => ({ label: t(n), next: n })) });
const l = (id: string, over: Partial<GuideLeaf> = {}): GuideLeaf => ({
  kind: 'leaf',
  id,
  category: 'family',
  serviceMode: 'online',
  title: t(id),
  summary: t('summary'),
  law: [{ law: 'civil_code', articles: [1042], gist: t('gist') }],
  selfHelp: [t('try')],
  options: [{ kind: 'mediation', name: t('mediation'), text: t('free') }],
  bring: [t('id')],
  urgent: [t('110')],
  ...over,
});
const guide = (...nodes: GuideNode[]): Guide => ({ revision: 'x', rootId: 'start', nodes });
const CODES = ['family', 'labour'];

describe('checkGuide', () => {
  it('accepts a small sound guide', () => {
    expect(checkGuide(guide(q('start', 'a', 'b'), l('a'), l('b')), CODES)).toEqual([]);
  });

  it('reports duplicate ids', () => {
    expect(checkGuide(guide(q('start', 'a', 'b'), l('a'), l('b'), l('a')), CODES)).toContain('a: duplicate id');
  });

  it('reports an answer that leads nowhere', () => {
    expect(checkGuide(guide(q('start', 'a', 'gone'), l('a')), CODES)).toContain('start.answers[1]: leads to unknown node gone (dead end)');
  });

  it('reports cycles', () => {
    const problems = checkGuide(guide(q('start', 'x', 'a'), q('x', 'y', 'a'), q('y', 'x', 'a'), l('a')), CODES);
    expect(problems.some((p) => p.startsWith('cycle: start → x → y → x'))).toBe(true);
  });

  it('reports paths more than four questions deep', () => {
    const g = guide(q('start', 'q.b', 'a'), q('q.b', 'q.c', 'a'), q('q.c', 'q.d', 'a'), q('q.d', 'q.e', 'a'), q('q.e', 'deep', 'a'), l('deep'), l('a'));
    expect(checkGuide(g, CODES)).toContain('deep: 5 questions deep (at most 4): start → q.b → q.c → q.d → q.e → deep');
    // Four is allowed.
    const ok = guide(q('start', 'q.b', 'a'), q('q.b', 'q.c', 'a'), q('q.c', 'q.d', 'a'), q('q.d', 'deep', 'a'), l('deep'), l('a'));
    expect(checkGuide(ok, CODES)).toEqual([]);
  });

  it('reports unknown categories, missing translations and empty sections', () => {
    const problems = checkGuide(
      guide(q('start', 'a', 'b'), l('a', { category: 'astrology' }), l('b', { summary: { zh: '摘要', en: '' }, bring: [], urgent: [{ zh: 'only latin', en: 'fine' }] })),
      CODES,
    );
    expect(problems).toEqual(expect.arrayContaining(['a: unknown category astrology', 'b.summary: empty en', 'b: section bring is empty', 'b.urgent[0]: zh has no Chinese']));
  });

  it('reports English fields left in Chinese', () => {
    expect(checkGuide(guide(q('start', 'a', 'b'), l('a', { title: { zh: '标题', en: '没有翻译的标题' } }), l('b')), CODES)).toContain('a.title: en is not English');
  });

  it('reports unreachable nodes, one-answer questions and a leaf as the start', () => {
    expect(checkGuide(guide(q('start', 'a', 'b'), l('a'), l('b'), l('orphan')), CODES)).toContain('orphan: unreachable from the start');
    expect(checkGuide(guide(q('start', 'a'), l('a')), CODES)).toContain('start: a question needs at least two answers');
    expect(checkGuide({ revision: 'x', rootId: 'a', nodes: [l('a')] }, CODES)).toContain('root a is not a question');
    expect(checkGuide({ revision: 'x', rootId: 'none', nodes: [l('a')] }, CODES)).toEqual(['root none does not exist']);
  });
});

describe('followTrail', () => {
  it('follows the answers a resident chose', () => {
    const trail = followTrail(GUIDE, ['labour', 'labour.wages_site', 'labour.wages']);
    expect(trail.valid).toBe(true);
    expect(trail.nodes.map((n) => n.id)).toEqual(['start', 'labour', 'labour.wages_site', 'labour.wages']);
  });

  it('starts at the start for an empty trail', () => {
    expect(followTrail(GUIDE, [])).toMatchObject({ valid: true, nodes: [{ id: 'start' }] });
  });

  it('cuts a stale or forged trail at the first step that is not an answer', () => {
    const skipped = followTrail(GUIDE, ['labour', 'labour.wages']);
    expect(skipped.valid).toBe(false);
    expect(skipped.nodes.map((n) => n.id)).toEqual(['start', 'labour']);
    expect(followTrail(GUIDE, ['nope']).nodes.map((n) => n.id)).toEqual(['start']);
    // Nothing follows a leaf.
    expect(followTrail(GUIDE, ['other.general', 'family']).nodes.map((n) => n.id)).toEqual(['start', 'other.general']);
  });
});

describe('leafPaths', () => {
  it('lists every way from the start to a leaf', () => {
    const paths = leafPaths(guide(q('start', 'x', 'a'), q('x', 'a', 'b'), l('a'), l('b')));
    expect(paths).toEqual([['start', 'x', 'a'], ['start', 'x', 'b'], ['start', 'a']]);
  });
});
