import { describe, expect, it } from 'vitest';
import { TEST_SPLIT } from '../../../src/domain/intake/corpus/index.js';
import { assessRisk, largestAmountYuan, largestHeadcount, parseChineseNumber } from '../../../src/domain/intake/risk.js';

describe('risk level', () => {
  it('flags at least 80 % of the held-out high-risk texts high, and almost no low-risk text high', () => {
    const high = TEST_SPLIT.filter((e) => e.risk === 'high');
    const low = TEST_SPLIT.filter((e) => e.risk === 'low');
    expect(high.length).toBeGreaterThanOrEqual(15);
    expect(high.filter((e) => assessRisk(e.text).level === 'high').length / high.length).toBeGreaterThanOrEqual(0.8);
    expect(low.filter((e) => assessRisk(e.text).level === 'high').length / low.length).toBeLessThanOrEqual(0.03);
  });

  it.each([
    ['self-harm', '工资拖了半年，他爬上塔吊说不给钱就跳下去', '自伤自杀倾向'],
    ['violence', '丈夫喝了酒就家暴，昨晚拿菜刀砍门', '暴力伤害'],
    ['threat', '对方扬言要烧了我家房子', '扬言威胁'],
    ['gathering', '五十多名业主聚集在物业门口拉横幅', '群体聚集'],
    ['petition', '说不解决就去市政府上访', '扬言上访或闹事'],
  ])('%s is high, with its sign named in Chinese', (_name, text, sign) => {
    const r = assessRisk(text);
    expect(r.level).toBe('high');
    expect(r.signs).toContain(sign);
    expect(r.score).toBeGreaterThan(0.6);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it('an ordinary complaint is low, with no signs', () => {
    const r = assessRisk('网上买的鞋子开胶了，商家不给换');
    expect(r).toEqual({ level: 'low', score: 0, signs: [] });
  });

  it('many people or a large sum alone make it medium; together with a gathering, high', () => {
    expect(assessRisk('公司拖欠十二名员工工资').level).toBe('medium');
    expect(assessRisk('对方欠我货款三十万元').level).toBe('medium');
    expect(assessRisk('三十多名工人因欠薪四十万元聚集在公司门口').level).toBe('high');
  });

  it('negated signs do not count', () => {
    expect(assessRisk('双方吵了几句，但没有动手').signs).not.toContain('暴力伤害');
    expect(assessRisk('双方吵了几句，动手了').signs).toContain('暴力伤害');
  });

  it('reads Chinese numerals for headcounts and sums', () => {
    expect(parseChineseNumber('二十三')).toBe(23);
    expect(parseChineseNumber('十几')).toBe(15);
    expect(parseChineseNumber('几十')).toBe(30);
    expect(parseChineseNumber('两百')).toBe(200);
    expect(parseChineseNumber('上千')).toBe(1000);
    expect(parseChineseNumber('七八')).toBe(7);
    expect(parseChineseNumber('1200')).toBe(1200);
    expect(parseChineseNumber('abc')).toBeNull();
    expect(largestHeadcount('二十三名农民工和百余户业主')).toBe(100);
    expect(largestHeadcount('五六个人')).toBe(5);
    expect(largestAmountYuan('拖欠工程款一百二十余万元')).toBe(1_200_000);
    expect(largestAmountYuan('借了十几万网贷')).toBe(150_000);
    expect(largestAmountYuan('公众号有十几万粉丝')).toBe(0);
  });

  it('is deterministic and does not crash on odd input', () => {
    for (const text of ['', '   ', '😀😀', 'He threatened to kill me', '扬言'.repeat(3000), '\u0000']) {
      const r = assessRisk(text);
      expect(['low', 'medium', 'high']).toContain(r.level);
      expect(assessRisk(text)).toEqual(r);
    }
  });
});
