import type { AssistanceKind } from '../domain/assistance/kinds.js';
import type { Stability } from '../domain/followup/schedule.js';
import type { Answers, RiskLevel } from '../domain/risk/checklist.js';
import type { Rng } from './random.js';

/**
 * Wording of the follow-up demo (issue #6): the assistance catalogue, what grid workers
 * write after a visit, referral reasons and outcomes, and answers to the family
 * checklist drawn towards a level. Generated text only; no real people.
 */

export interface ResourceSpec {
  kind: AssistanceKind;
  name: string;
  /** demo department key of the provider; without one, `provider` names a body outside the platform */
  providerKey?: string;
  provider?: string;
  /** center key; none: district-wide */
  centerKey?: string;
  phone?: string;
  description: string;
  active?: boolean;
}

export const CATALOGUE: readonly ResourceSpec[] = [
  { kind: 'counselling', name: '婚恋家庭心理疏导（一对一）', providerKey: 'dept-district-social-1', centerKey: 'center-district', description: '由国家二级心理咨询师为婚姻家庭矛盾当事人提供一对一心理疏导，每次 50 分钟，一般 4～6 次。' },
  { kind: 'counselling', name: '“暖心驿站”妇女儿童心理关爱', providerKey: 'dept-women', phone: '12338', description: '区妇联组织心理志愿者，为遭受家庭暴力、离婚纠纷中的妇女和未成年子女提供情绪支持与危机干预。' },
  { kind: 'counselling', name: '企业职工心理减压辅导', providerKey: 'dept-devzone-social-1', centerKey: 'center-devzone', description: '面向开发区企业职工的团体减压与个别辅导，可预约到企业工作站开展。' },
  { kind: 'employment', name: '就业岗位推荐与职业指导', providerKey: 'dept-district-hr', centerKey: 'center-district', description: '登记失业、推荐岗位、职业指导，协助办理就业困难人员认定和灵活就业社保补贴。' },
  { kind: 'employment', name: '家政服务与育婴员技能培训', providerKey: 'dept-employment', description: '每月开班的育婴员、养老护理员、家政服务员免费培训，结业可参加职业技能等级认定。' },
  { kind: 'employment', name: '开发区企业用工对接', providerKey: 'dept-devzone-hr', centerKey: 'center-devzone', description: '对接开发区企业用工需求，为有就业意愿的当事人推荐就近岗位。' },
  { kind: 'family_education', name: '家庭教育指导咨询', providerKey: 'dept-family-edu', description: '家庭教育指导师面向父母开展亲子沟通、青春期教育、离异家庭子女养育等个别指导。' },
  { kind: 'family_education', name: '“和合家庭”亲子沟通讲堂', providerKey: 'dept-women', description: '妇联每月在社区开设的家庭教育讲堂，帮助父母化解因子女教育引发的家庭矛盾。' },
  { kind: 'legal_aid', name: '法律援助申请受理', provider: '昆都仑区法律援助中心', phone: '12348', description: '符合经济困难条件的当事人可申请免费代理，追索抚养费、赡养费、劳动报酬等事项免予经济状况审查。' },
  { kind: 'legal_aid', name: '婚姻家庭法律咨询', providerKey: 'dept-district-judicial', centerKey: 'center-district', description: '司法所工作人员解答离婚、财产分割、子女抚养、继承等法律问题，指导申请法律援助。' },
  { kind: 'legal_aid', name: '开发区司法所法律咨询', providerKey: 'dept-devzone-judicial', centerKey: 'center-devzone', description: '开发区司法所值班法律咨询，可预约律师到企业工作站答疑。' },
  { kind: 'counselling', name: '婚姻家庭心理热线（已并入心理关爱热线）', providerKey: 'dept-district-social-2', centerKey: 'center-district', description: '原婚姻家庭心理热线，现已并入“暖心驿站”心理关爱热线，不再单独受理转介。', active: false },
];

const NOTES: Record<Stability, readonly string[]> = {
  stable: [
    '入户走访，双方按调解协议履行，家庭关系和睦，未发现新的矛盾。',
    '当事人情绪平稳，表示对调解结果满意，协议约定款项已按期支付。',
    '邻里反映双方近期来往正常，无争吵，继续巩固。',
    '与当事人面谈，生活、工作均已恢复正常，无诉求。',
    '双方已按约定处理完遗留事项，关系缓和，当事人感谢调解员和网格员。',
  ],
  unstable: [
    '当事人对协议履行进度有抱怨，已做解释疏导，需继续关注。',
    '双方偶有口角，情绪尚可控制，已提醒楼栋长留意动向。',
    '一方对赔偿款分期支付有意见，已联系调解员电话沟通。',
    '当事人近期失业，经济压力较大，情绪有波动，建议转介帮扶。',
  ],
  worsened: [
    '双方再次发生激烈争吵，一方扬言上访，已报告社区并提高风险等级。',
    '协议未按期履行，当事人情绪激动，已联系调解员尽快介入。',
    '邻居反映夜间有摔砸声，已与社区民警联合入户，提高风险等级并加密回访。',
  ],
};

const PHONE_NOTES: readonly string[] = ['电话回访，当事人表示问题已解决，对调解结果满意。', '电话回访，双方按约履行，暂无新的诉求。', '电话联系当事人，近况稳定，约定下次入户走访。'];

export function visitNote(rng: Rng, stability: Stability, phone: boolean, reboundCode?: string): string {
  if (reboundCode) return `当事人因同一纠纷再次到综治中心反映，已登记新案件 ${reboundCode}，风险等级调整为高风险，加密回访。`;
  if (phone && stability === 'stable') return rng.pick(PHONE_NOTES);
  return rng.pick(NOTES[stability]);
}

export const REFERRAL_REASONS: Record<AssistanceKind, readonly string[]> = {
  counselling: ['当事人离婚后情绪低落，失眠，多次表示想不开，建议心理疏导。', '女方长期受丈夫言语贬损，自我评价低，需要心理支持。'],
  employment: ['当事人失业半年，家庭经济困难是矛盾主要诱因，有就业意愿。', '女方离婚后独自抚养孩子，希望参加育婴员培训后就业。'],
  family_education: ['夫妻因孩子教育方式分歧频繁争吵，孩子厌学，需家庭教育指导。', '离异后双方对探视安排仍有矛盾，孩子情绪受影响。'],
  legal_aid: ['当事人经济困难，需起诉追索抚养费，申请法律援助。', '赡养费协议未履行，老人行动不便，需要法律援助代理。'],
};

export const REFERRAL_OUTCOMES: Record<AssistanceKind, string> = {
  counselling: '完成 5 次心理疏导，当事人情绪平稳，睡眠改善，已恢复正常工作。',
  employment: '已推荐至开发区某物流企业仓储岗位，试用期满已签订劳动合同。',
  family_education: '父母参加 3 次家庭教育指导，约定教育分工，孩子已按时返校。',
  legal_aid: '已指派律师代理，法院判决按月支付抚养费，执行到位。',
};

export const DECLINE_OUTCOME = '当事人表示暂不需要，已告知随时可再申请。';

const ALL_NO: Answers = {
  separation: 'no',
  property: 'no',
  custody: 'no',
  violence: 'no',
  threats: 'no',
  addiction: 'no',
  police_calls: 'no',
  hardship: 'no',
  mental_state: 'no',
  petition_intent: 'no',
};

/**
 * Answers to the family checklist (version 1) drawn towards a level. The level the
 * checklist gives is the one used: low answers always stay below the medium threshold
 * (at most 19 points, no floor), high ones always reach high (a floor, or 48 points);
 * medium ones are mostly medium.
 */
export function answersFor(rng: Rng, target: RiskLevel): Answers {
  const a: Answers = { ...ALL_NO };
  const maybe = (item: string, answer: string, p: number) => {
    if (rng.chance(p)) a[item] = answer;
  };
  if (target === 'low') {
    maybe('separation', 'short', 0.2);
    maybe('hardship', 'yes', 0.3);
    maybe('mental_state', 'yes', 0.2);
    return a;
  }
  a.separation = rng.chance(0.6) ? 'long' : 'short';
  a.property = rng.chance(0.5) ? 'serious' : 'minor';
  maybe('custody', 'yes', 0.4);
  maybe('police_calls', 'once', 0.3);
  maybe('hardship', 'yes', 0.3);
  maybe('mental_state', 'yes', 0.3);
  if (target === 'medium') {
    maybe('violence', 'suspected', 0.2);
    return a;
  }
  const sign = rng.int(0, 2);
  if (sign === 0) a.violence = 'confirmed';
  else if (sign === 1) a.threats = 'yes';
  else {
    a.separation = 'long';
    a.custody = 'yes';
    a.police_calls = 'repeated';
    a.property = 'serious';
  }
  maybe('addiction', 'yes', 0.3);
  maybe('petition_intent', 'yes', 0.2);
  return a;
}
