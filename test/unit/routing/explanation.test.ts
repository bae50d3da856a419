import { describe, expect, it } from 'vitest';
import { describeCheck, formatYuan, renderExplanation, type RoutingLabels, type RuleRouteRecord } from '../../../src/domain/routing/explanation.js';
import { checkConditions, type RoutingFacts } from '../../../src/domain/routing/rules.js';

const LABELS: RoutingLabels = {
  category: (code) => ({ labour: { 'zh-CN': '劳资纠纷', en: 'Labour' }, contract: { 'zh-CN': '合同纠纷', en: 'Contract' } })[code] ?? { 'zh-CN': code, en: code },
  channel: (code) => (code === 'enterprise_station' ? { 'zh-CN': '驻企工作站', en: 'Enterprise station' } : { 'zh-CN': '窗口登记', en: 'Walk-in window' }),
  unit: (id) => ({ s1: '团结大街街道', g1: '景泰社区第1网格' })[id] ?? id,
  urgency: (code) => ({ 'zh-CN': code === 'urgent' ? '紧急' : '一般', en: code }),
  requesterKind: (kind) => ({ 'zh-CN': kind === 'person' ? '个人' : '单位/企业', en: kind }),
};

const FACTS: RoutingFacts = {
  category: 'labour',
  subcategory: null,
  channel: 'enterprise_station',
  territoryUnitIds: ['s1', 'g1'],
  amountFen: 120_000_000,
  peopleCount: 35,
  urgency: 'normal',
  requesterKinds: ['organization'],
  themeToday: 'labour',
};

const texts = (c: Parameters<typeof checkConditions>[0], facts = FACTS) => checkConditions(c, facts).map((k) => describeCheck(k, LABELS).text);

describe('describeCheck', () => {
  it('says what the case has, the mark, and — when it failed — what the rule wanted', () => {
    expect(texts({ categories: ['labour', 'contract'] })[0]).toEqual({ 'zh-CN': '类别=劳资纠纷 ✓', en: 'Category=Labour ✓' });
    expect(texts({ categories: ['contract'] })[0]).toEqual({ 'zh-CN': '类别=劳资纠纷 ✗（要求：合同纠纷）', en: 'Category=Labour ✗ (rule: Contract)' });
    expect(texts({ channels: ['enterprise_station'] })[0]!['zh-CN']).toBe('渠道=驻企工作站 ✓');
    expect(texts({ territoryUnitIds: ['g1'] })[0]!['zh-CN']).toBe('属地=景泰社区第1网格 ✓');
    expect(texts({ requesterKinds: ['person'] })[0]!['zh-CN']).toBe('申请人类型=单位/企业 ✗（要求：个人）');
  });

  it('amounts in 元 from fen, with the bound; people with the bound', () => {
    expect(texts({ amountFen: { min: 100_000_000 } })[0]).toEqual({ 'zh-CN': '争议金额=1,200,000 元 ✓（≥ 1,000,000 元）', en: 'Amount in dispute=¥1,200,000 ✓ (≥ ¥1,000,000)' });
    expect(texts({ amountFen: { max: 100 } }, { ...FACTS, amountFen: null })[0]!['zh-CN']).toBe('争议金额=未填 ✗（≤ 1 元）');
    expect(texts({ peopleCount: { min: 30 } })[0]!['zh-CN']).toBe('涉及人数=35 ✓（≥ 30）');
    expect(texts({ peopleCount: { min: 2, max: 9 } })[0]!.en).toBe('People involved=35 ✗ (2–9)');
    expect(formatYuan(300050, 'zh-CN')).toBe('3,000.50 元');
  });

  it('themed day in plain words', () => {
    expect(texts({ themedDay: true })[0]).toEqual({ 'zh-CN': '今日为劳动用工主题接待日 ✓', en: 'Today is the Labour reception day ✓' });
    expect(texts({ themedDay: true }, { ...FACTS, themeToday: null })[0]!['zh-CN']).toBe('今日无主题接待日 ✗');
    expect(texts({ themedDay: true }, { ...FACTS, themeToday: 'contract' })[0]!['zh-CN']).toBe('今日为合同履约主题接待日，本案类别不属该主题 ✗');
  });
});

describe('renderExplanation', () => {
  const record = (over: Partial<RuleRouteRecord> = {}): RuleRouteRecord => ({
    mode: 'rule',
    ruleId: 'r1',
    ruleName: '劳资纠纷 · 主题接待日',
    checks: checkConditions({ categories: ['labour'], channels: ['enterprise_station'], themedDay: true }, FACTS).map((c) => describeCheck(c, LABELS)),
    unitId: 'u1',
    unitName: '开发区人社工作站',
    pick: {
      assign: 'least_loaded',
      team: false,
      byRoster: false,
      candidates: [
        { userId: 'a', name: '王某', load: 2, rostered: false },
        { userId: 'b', name: '李某', load: 3, rostered: false },
        { userId: 'c', name: '赵某', load: 5, rostered: false },
      ],
      picked: { userId: 'a', name: '王某', load: 2, rostered: false },
    },
    considered: 3,
    ...over,
  });

  it('a rule route: the rule, each condition, the target and the pick', () => {
    expect(renderExplanation(record(), 'zh-CN')).toBe(
      '命中规则「劳资纠纷 · 主题接待日」：类别=劳资纠纷 ✓；渠道=驻企工作站 ✓；今日为劳动用工主题接待日 ✓ → 开发区人社工作站；值班 3 人中在办最少：王某（2 件）',
    );
    expect(renderExplanation(record(), 'en')).toBe(
      'Matched rule "劳资纠纷 · 主题接待日": Category=Labour ✓; Channel=Enterprise station ✓; Today is the Labour reception day ✓ → 开发区人社工作站; least loaded of the 3 on duty: 王某 (2 open cases)',
    );
  });

  it('to the unit queue, by roster, by team, and nobody on duty', () => {
    const unit = record({ checks: [], pick: { assign: 'unit', team: false, byRoster: false, candidates: [], picked: null } });
    expect(renderExplanation(unit, 'zh-CN')).toBe('命中规则「劳资纠纷 · 主题接待日」（无附加条件） → 开发区人社工作站（分至单位队列）');
    const roster = record({ pick: { ...record().pick, byRoster: true } });
    expect(renderExplanation(roster, 'zh-CN')).toContain('今日值班表 3 人中在办最少：王某（2 件）');
    const team = record({ pick: { ...record().pick, team: true } });
    expect(renderExplanation(team, 'en')).toContain('least loaded of the 3 team members on duty');
    const nobody = record({ pick: { assign: 'least_loaded', team: false, byRoster: false, candidates: [], picked: null } });
    expect(renderExplanation(nobody, 'zh-CN')).toMatch(/该单位今日无人值班，分至单位队列$/);
    expect(renderExplanation(nobody, 'en')).toMatch(/nobody on duty today, left in the unit queue$/);
  });

  it('manual routes and overrides', () => {
    expect(renderExplanation({ mode: 'manual', actorName: '窗口登记员', unitName: '司法所', userName: '调解员甲', reason: null, overrides: null }, 'zh-CN')).toBe('由窗口登记员人工分流至司法所 · 调解员甲');
    expect(
      renderExplanation({ mode: 'manual', actorName: '中心主任', unitName: '司法所', userName: null, reason: '当事人申请回避', overrides: { ruleId: 'r1', ruleName: '劳资纠纷' } }, 'zh-CN'),
    ).toBe('由中心主任改派至司法所（覆盖规则「劳资纠纷」的自动分流）；改派理由：当事人申请回避');
    expect(
      renderExplanation({ mode: 'manual', actorName: 'Director', unitName: 'Office', userName: null, reason: 'conflict of interest', overrides: { ruleId: 'r1', ruleName: 'Labour' } }, 'en'),
    ).toBe('Re-routed by Director to Office, overriding rule "Labour"; reason: conflict of interest');
  });

  it('unmatched: why the case waits for a dispatcher', () => {
    expect(renderExplanation({ mode: 'unmatched', cause: 'no_match', considered: 6 }, 'zh-CN')).toBe('6 条分流规则均未命中，案件留在中心队列，待窗口人工分流');
    expect(renderExplanation({ mode: 'unmatched', cause: 'no_match', considered: 0 }, 'en')).toBe('No routing rules apply at this center; the case waits in the center queue for a dispatcher');
    expect(renderExplanation({ mode: 'unmatched', cause: 'unit_gone', considered: 2, ruleId: 'r', ruleName: '大额纠纷' }, 'zh-CN')).toBe(
      '命中规则「大额纠纷」，但其承办单位已不存在，案件留在中心队列，待窗口人工分流',
    );
    expect(renderExplanation({ mode: 'unmatched', cause: 'error', considered: 0 }, 'en')).toContain('could not be completed');
  });
});
