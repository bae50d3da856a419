/**
 * Text preparation for intake suggestions: normalisation, Chinese word segmentation
 * (ICU's dictionary segmenter through Intl.Segmenter — Node 20 ships full ICU) and the
 * feature strings the classifier counts (words plus character bigrams).
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Whether this runtime segments Chinese into words (full ICU); with small ICU every character is its own segment. */
export function hasChineseWordSegmentation(): boolean {
  if (!Intl.Segmenter.supportedLocalesOf(['zh']).length) return false;
  return [...segmenter.segment('物业公司')].some((s) => s.segment.length > 1);
}

/**
 * Full-width forms to half-width (NFKC: ＡＢＣ１２３，→ ABC123,), lowercase, whitespace
 * runs to one space. Chinese characters are untouched.
 */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Function words that carry no category: dropped from word features (bigrams still see them). */
const STOP_WORDS = new Set([
  '的', '了', '是', '在', '就', '都', '也', '和', '与', '及', '还', '又', '把', '被', '给', '让', '对', '跟', '向', '从', '到', '说', '要', '有', '没', '不', '很', '这', '那',
  '我', '你', '他', '她', '它', '我们', '你们', '他们', '她们', '自己', '一个', '一', '个', '些', '吗', '呢', '吧', '啊', '呀', '着', '过', '得', '地', '之', '其', '而', '并', '或',
  '但', '但是', '可', '可是', '因为', '所以', '如果', '现在', '已经', '一直', '这个', '那个', '什么', '怎么', '因', '为', '以', '于', '等', '后', '时', '上', '下', '里', '中',
]);

const DIGITS = /\p{Nd}+/gu;

/** The word-like segments of a text (after normalisation), digits kept. */
export function segmentWords(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(normalize(text))) if (s.isWordLike) out.push(s.segment);
  return out;
}

/**
 * Feature strings of a text: `w:<word>` for each segmented word that is not a stop word,
 * and `b:<xy>` for each pair of adjacent letters inside a run of letters (character
 * bigrams catch compounds the dictionary splits, and typos). Digit runs become `0`,
 * so 1500 and 800 are the same feature.
 */
export function features(text: string): string[] {
  // Intake scores one account with two models (category, high risk) back to back: segment it once.
  if (lastFeatures?.text === text) return [...lastFeatures.out];
  const out = computeFeatures(text);
  lastFeatures = { text, out };
  return [...out];
}

let lastFeatures: { text: string; out: readonly string[] } | undefined;

function computeFeatures(text: string): string[] {
  const norm = normalize(text).replace(DIGITS, '0');
  const out: string[] = [];
  for (const s of segmenter.segment(norm)) {
    if (!s.isWordLike) continue;
    const w = s.segment;
    if (!STOP_WORDS.has(w)) out.push(`w:${w}`);
  }
  for (const run of norm.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.push(`b:${chars[i]}${chars[i + 1]}`);
  }
  return out;
}
