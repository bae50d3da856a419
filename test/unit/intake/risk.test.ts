import { describe, expect, it } from 'vitest';
import { TEST_SPLIT } from '../../../src/domain/intake/corpus/index.js';
import { assessRisk, largestAmountYuan, largestHeadcount, learnedWeight, parseChineseNumber } from '../../../src/domain/intake/risk.js';

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

  it.each([
    ['没跟他动手', '我们吵了一架，我没跟他动手', '暴力伤害'],
    ['未发生冲突', '双方在村委会门口理论，未发生冲突', '暴力伤害'],
    ['没有人受伤', '两辆车剐蹭了一下，没有人受伤', '伤亡后果'],
    ['不会去闹', '钱要不回来我很着急，但我不会去闹，就想按规矩办', '扬言上访或闹事'],
    ['不想闹事', '大家都不想闹事，只想把工资拿到手', '扬言上访或闹事'],
    ['并未报警', '对方骂得很难听，我们并未报警', '报警或警方介入'],
  ])('%s: the negated sign is left out', (_name, text, sign) => {
    expect(assessRisk(text).signs).not.toContain(sign);
    expect(assessRisk(text).level).not.toBe('high');
  });

  it('a condition is no negation: 不给钱就…, 再…就… are threats', () => {
    const r = assessRisk('他说工钱不给就从脚手架上跳下去');
    expect(r.signs).toContain('自伤自杀倾向');
    expect(r.level).toBe('high');
    expect(assessRisk('邻居说我家狗再叫一声就把狗打死').signs).toContain('扬言威胁');
  });

  // Each family in wording of its own (none of these is a corpus or probe text).
  it.each([
    ['自伤自杀倾向', '离婚官司输了以后他整天说活着没什么意思，昨天还在床头留了遗书'],
    ['自伤自杀倾向', '讨不到工钱，老周站在桥栏外面不肯下来'],
    ['暴力伤害', '两个人为了停车位吵起来，他抄起一根钢管就往对方身上抡'],
    ['暴力伤害', '债主上门把他踹倒在地，踢断了两根肋骨'],
    ['扬言威胁', '对方发语音说知道我儿子在哪个学校，让我小心点'],
    ['扬言威胁', '他说这事不算完，要找道上的朋友来收拾我'],
    ['打砸毁物', '讨债的人把他家的窗户玻璃全砸碎了'],
    ['群体聚集', '三四十个商户举着牌子堵在市场管理处门口'],
    ['扬言上访或闹事', '业主们说下周要去市政府信访办反映'],
    ['情绪激烈', '她在调解室里哭天喊地，说走投无路了'],
    ['伤亡后果', '老人被撞后送到医院，抢救无效去世了'],
  ])('%s: %s', (sign, text) => {
    const r = assessRisk(text);
    expect(r.signs).toContain(sign);
    expect(r.level).not.toBe('low');
  });

  it.each([
    ['报警或警方介入', '对方不承认，我只好报了警'],
    ['矛盾反复激化', '找了好几次都推三阻四，一直没有结果'],
    ['生活条件被切断', '房东为了让我搬走，停了水电'],
    ['多人共同诉求', '楼里好几户都联名写了申请'],
    ['不满情绪', '物业这么处理，大家意见很大'],
  ])('the weaker sign %s is named, and alone is no high risk', (sign, text) => {
    const r = assessRisk(text);
    expect(r.signs).toContain(sign);
    expect(r.level).not.toBe('high');
  });

  it('a weaker sign with a moderate one makes an account high', () => {
    expect(assessRisk('房东停了水电，还带人来推搡我们，我们找了好几次都推三阻四').level).toBe('high');
  });

  it.each([
    '我给他打了好几次电话都不接，想问问怎么起诉。',
    '我妈下个月要动手术，单位不给批假。',
    '为了还房贷我拼命加班，公司还不给加班费。',
    '昨天晚上点了外卖，送来的饭是凉的，商家不给退。',
    '业主群里炸了锅，大家都在问物业费为什么涨了。',
    '超市卖的蔬菜农药残留超标，吃了以后孩子拉肚子。',
    '我每天按时喝药，药是医院开的，可是报销不了。',
    '路上一只鸡被车撞死了，车主说鸡是散养的。',
    '我爸每天要吃安眠药才能睡着，邻居装修太吵了。',
    '我不知道他现在住在哪里，电话也换了，想问问怎么找人。',
    '孩子在学校打篮球把手腕扭伤了，学校说是意外。',
    '小区电梯困人，被困在电梯里半个小时物业才来。',
  ])('words that only look like signs are no high risk: %s', (text) => {
    const r = assessRisk(text);
    expect(r.level).not.toBe('high');
    for (const sign of ['自伤自杀倾向', '暴力伤害', '扬言威胁']) expect(r.signs).not.toContain(sign);
  });

  it('the learned model adds nothing up to P(high) 0.4, a sign of its own at 0.8, at most 1.2', () => {
    expect(learnedWeight(0)).toBe(0);
    expect(learnedWeight(0.4)).toBe(0);
    expect(learnedWeight(0.6)).toBe(0.5);
    expect(learnedWeight(0.8)).toBe(1);
    expect(learnedWeight(1)).toBe(1.2);
    for (let p = 0; p < 1; p += 0.05) expect(learnedWeight(p + 0.05)).toBeGreaterThanOrEqual(learnedWeight(p));
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

  it('reads the numbers accounts use for groups and sums', () => {
    expect(largestHeadcount('二十多人堵在门口')).toBe(20);
    expect(largestHeadcount('七八十个投资人')).toBe(70);
    expect(largestHeadcount('近千名储户')).toBe(1000);
    expect(largestHeadcount('两百多户拆迁户')).toBe(200);
    expect(largestHeadcount('三十来号人')).toBe(30);
    expect(largestAmountYuan('我借给他三十万')).toBe(300_000);
    expect(largestAmountYuan('前后投了六十多万')).toBe(600_000);
    expect(largestAmountYuan('被骗了3.5万元')).toBe(35_000);
    expect(largestAmountYuan('欠款一千二百万')).toBe(12_000_000);
    // sums and groups raise the level by size
    expect(assessRisk('对方欠我货款三十万元').signs).toContain('涉案金额十万元以上');
    expect(assessRisk('对方欠我货款三百万元').signs).toContain('涉案金额百万元以上');
    expect(assessRisk('两百多名工人没拿到工资').signs).toContain('涉及百人以上');
  });

  it('is deterministic and does not crash on odd input', () => {
    for (const text of ['', '   ', '😀😀', 'He threatened to kill me', '扬言'.repeat(3000), '\u0000']) {
      const r = assessRisk(text);
      expect(['low', 'medium', 'high']).toContain(r.level);
      expect(assessRisk(text)).toEqual(r);
    }
  });
});
