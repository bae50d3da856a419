import { describe, expect, it } from 'vitest';
import { features, hasChineseWordSegmentation, normalize, segmentWords } from '../../../src/domain/intake/segment.js';

describe('segmentation (Intl.Segmenter, full ICU)', () => {
  it('this Node segments Chinese into words', () => {
    expect(hasChineseWordSegmentation()).toBe(true);
  });

  it('splits a dispute account into words, punctuation dropped', () => {
    const words = segmentWords('小区物业乱收停车费，业主很不满！');
    expect(words).toEqual(expect.arrayContaining(['小区', '物业', '停车', '业主', '不满']));
    expect(words).not.toContain('，');
    expect(words.join('')).toBe('小区物业乱收停车费业主很不满');
  });

  it('normalises full-width forms, case and whitespace', () => {
    expect(normalize('  ＡＢＣ　１２３，物业费\n\n拖欠 ')).toBe('abc 123,物业费 拖欠');
  });

  it('features are words and character bigrams, digits folded', () => {
    const f = features('欠薪３个月共计12万元');
    expect(f).toEqual(expect.arrayContaining(['w:欠薪', 'b:欠薪', 'b:万元', 'w:0']));
    expect(f.some((x) => /[1-9]/.test(x))).toBe(false);
    expect(features('欠薪3个月')).toEqual(features('欠薪９个月'));
  });

  it('copes with empty, emoji-only and Latin-only text', () => {
    expect(features('')).toEqual([]);
    expect(features('😀😀😀')).toEqual([]);
    expect(features('Hello World')).toEqual(expect.arrayContaining(['w:hello', 'w:world', 'b:he']));
  });
});
