import { describe, expect, it } from 'vitest';
import { chineseNumber, citation, GUIDE, leaves, localizeLeaf, localizeTree } from '../../../src/domain/guide/index.js';

describe('chineseNumber', () => {
  it('writes article numbers as Chinese legal texts do', () => {
    const cases: [number, string][] = [
      [1, '一'], [10, '十'], [15, '十五'], [20, '二十'], [27, '二十七'], [100, '一百'], [110, '一百一十'], [188, '一百八十八'],
      [282, '二百八十二'], [1001, '一千零一'], [1042, '一千零四十二'], [1067, '一千零六十七'], [1100, '一千一百'], [1260, '一千二百六十'],
    ];
    for (const [n, zh] of cases) expect(chineseNumber(n), String(n)).toBe(zh);
  });

  it('refuses what is not an article number', () => {
    for (const n of [0, -1, 1.5, 10000]) expect(() => chineseNumber(n)).toThrow(RangeError);
  });
});

describe('citation', () => {
  it('names the law and its articles in each language', () => {
    expect(citation('labour_disputes', [27], 'zh-CN')).toBe('《劳动争议调解仲裁法》第二十七条');
    expect(citation('civil_code', [1084, 1085], 'zh-CN')).toBe('《民法典》第一千零八十四条、第一千零八十五条');
    expect(citation('civil_code', [1084, 1085], 'en')).toBe('Civil Code, Arts. 1084, 1085');
    expect(citation('labour_contract', [30], 'en')).toBe('Labour Contract Law, Art. 30');
    expect(citation('property_regs', undefined, 'zh-CN')).toBe('《物业管理条例》');
  });
});

describe('localize', () => {
  it('hands out the tree in one language, leaves as heads only', () => {
    const zh = localizeTree(GUIDE, 'zh-CN');
    const en = localizeTree(GUIDE, 'en');
    expect(zh.nodes.length).toBe(GUIDE.nodes.length);
    const start = zh.nodes.find((n) => n.id === 'start');
    expect(start).toMatchObject({ kind: 'question', title: '您遇到的是哪方面的问题？' });
    expect(en.nodes.find((n) => n.id === 'start')).toMatchObject({ title: 'What is your problem about?' });
    const head = zh.nodes.find((n) => n.id === 'labour.wages');
    expect(head).toEqual({ kind: 'leaf', id: 'labour.wages', category: 'labour', categoryName: '劳资纠纷', title: '拖欠工资、加班费', summary: expect.any(String), emergency: false });
  });

  it('writes out a leaf with its citations', () => {
    const wages = leaves(GUIDE).find((l) => l.id === 'labour.wages')!;
    const zh = localizeLeaf(wages, 'zh-CN');
    expect(zh.law.map((r) => r.citation)).toContain('《劳动争议调解仲裁法》第二十七条');
    expect(zh.options.find((o) => o.kind === 'arbitration')).toMatchObject({ name: '申请劳动仲裁', timeLimit: expect.stringContaining('1 年'), basis: '《劳动争议调解仲裁法》第二十一条、第二十七条、第四十三条、第五十三条' });
    expect(zh.prefill).toBe('用人单位拖欠我的工资，希望帮助追讨。');
    const en = localizeLeaf(wages, 'en');
    expect(en.categoryName).toBe('Labour');
    expect(en.law[0]!.citation).toBe('Labour Contract Law, Art. 30');
  });
});
