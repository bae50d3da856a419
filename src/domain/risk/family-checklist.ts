import type { Answers, Checklist, ChecklistAnswer } from './checklist.js';

const no: ChecklistAnswer = { code: 'no', label: { zh: '无', en: 'No' }, weight: 0 };
const yes = (weight: number, floor?: 'medium' | 'high'): ChecklistAnswer => ({ code: 'yes', label: { zh: '有', en: 'Yes' }, weight, ...(floor ? { floor } : {}) });

/**
 * Version 1 of the family-conflict checklist (婚恋家庭矛盾风险清单) of the seed's
 * 和合同行 programme, shipped so that a new center can start; admins publish later
 * versions. Weights: 0–100 in total, medium from 20, high from 45; violence signs
 * and threats are high on their own.
 */
export const FAMILY_CHECKLIST_V1: Checklist = {
  code: 'family',
  version: 1,
  thresholds: { medium: 20, high: 45 },
  items: [
    {
      code: 'separation',
      label: { zh: '夫妻长期分居', en: 'Long separation' },
      answers: [
        no,
        { code: 'short', label: { zh: '分居不满半年', en: 'Under six months' }, weight: 5 },
        { code: 'long', label: { zh: '分居半年以上', en: 'Six months or more' }, weight: 12 },
      ],
    },
    {
      code: 'property',
      label: { zh: '财产分割争议', en: 'Property dispute' },
      answers: [no, { code: 'minor', label: { zh: '有分歧可协商', en: 'Disagreement, negotiable' }, weight: 5 }, { code: 'serious', label: { zh: '争议激烈', en: 'Bitter dispute' }, weight: 12 }],
    },
    { code: 'custody', label: { zh: '子女抚养权争议', en: 'Custody conflict' }, answers: [no, yes(12)] },
    {
      code: 'violence',
      label: { zh: '家暴迹象', en: 'Signs of violence' },
      answers: [no, { code: 'suspected', label: { zh: '疑似', en: 'Suspected' }, weight: 15, floor: 'medium' }, { code: 'confirmed', label: { zh: '有明确家暴行为', en: 'Confirmed' }, weight: 25, floor: 'high' }],
    },
    { code: 'threats', label: { zh: '扬言报复、自伤或伤人', en: 'Threats of revenge or self-harm' }, answers: [no, yes(25, 'high')] },
    {
      code: 'addiction',
      label: { zh: '酗酒、赌博、吸毒等不良嗜好', en: 'Drinking, gambling or drug addiction' },
      answers: [no, yes(10)],
    },
    {
      code: 'police_calls',
      label: { zh: '近一年报警记录', en: 'Police calls in the past year' },
      answers: [no, { code: 'once', label: { zh: '1 次', en: 'Once' }, weight: 6 }, { code: 'repeated', label: { zh: '2 次及以上', en: 'Twice or more' }, weight: 12, floor: 'medium' }],
    },
    {
      code: 'hardship',
      label: { zh: '失业或经济困难', en: 'Unemployment or hardship' },
      answers: [no, yes(6)],
    },
    {
      code: 'mental_state',
      label: { zh: '情绪异常、心理问题', en: 'Emotional distress' },
      answers: [no, yes(8)],
    },
    {
      code: 'petition_intent',
      label: { zh: '有越级上访或聚集意向', en: 'Intends to petition or gather' },
      answers: [no, yes(10)],
    },
  ],
};

/** Every item of version 1 answered 'no' (each item's first answer): a family without risk signs, scored low. */
export const FAMILY_NO_RISK_ANSWERS: Answers = Object.fromEntries(FAMILY_CHECKLIST_V1.items.map((i) => [i.code, 'no']));
