// Texts several leaves share: the center's mediation, the courts, hotlines, the urgent notice.
import type { LawCode } from '../laws.js';
import type { Bi, GuideOption, LawRef } from '../types.js';

export const bi = (zh: string, en: string): Bi => ({ zh, en });

export const law = (code: LawCode, articles: readonly number[] | null, zh: string, en: string): LawRef =>
  articles ? { law: code, articles, gist: bi(zh, en) } : { law: code, gist: bi(zh, en) };

/** People's mediation at the center: free, voluntary, binding, judicially confirmable (人民调解法 第四、三十一、三十三条). */
export function mediation(extraZh = '', extraEn = ''): GuideOption {
  return {
    kind: 'mediation',
    name: bi('到综治中心申请人民调解', "People's mediation at the governance center"),
    text: bi(
      '调解员帮双方把话说开、把账算清，找一个双方都能接受的办法。调解不收任何费用，调不调、签不签协议都由您自己决定，也不影响您以后去仲裁或起诉。' +
        '达成的调解协议有法律约束力；双方可以在协议生效之日起 30 日内一起向法院申请司法确认，确认后对方不履行的，可以申请法院强制执行。' +
        extraZh,
      'A mediator helps both sides talk it through, do the sums and find a solution both can accept. It is free; whether to mediate and whether to sign anything is up to you, and it does not stop you going to arbitration or court later. ' +
        'A mediation agreement is legally binding. Within 30 days of it taking effect both sides can together ask the court to confirm it; once confirmed, it can be enforced through the court if the other side does not comply.' +
        (extraEn ? ` ${extraEn}` : ''),
    ),
    basis: { law: 'people_mediation', articles: [4, 31, 33] },
  };
}

/** Civil litigation with the general 3-year limitation period (民法典 第一百八十八条). */
export function litigation(extraZh = '', extraEn = ''): GuideOption {
  return {
    kind: 'litigation',
    name: bi('向人民法院起诉', 'Go to court'),
    text: bi(
      '调解不成或不愿调解，可以向法院起诉。经济确有困难的，可以拨打 12348 法律服务热线咨询，或向法律援助中心申请法律援助。' + extraZh,
      'If mediation fails or you do not want it, you can sue in court. If you cannot afford a lawyer, call the 12348 legal-services hotline or apply to the legal aid center.' +
        (extraEn ? ` ${extraEn}` : ''),
    ),
    timeLimit: bi(
      '诉讼时效一般为 3 年，从知道或者应当知道权利受到损害以及谁应负责之日起计算。',
      'Generally 3 years from when you knew, or should have known, of the harm and who is responsible.',
    ),
    basis: { law: 'civil_code', articles: [188] },
  };
}

export const HOTLINE_12345: GuideOption = {
  kind: 'hotline',
  name: bi('拨打 12345 政务服务便民热线', 'Call the 12345 government service hotline'),
  text: bi(
    '需要政府部门管的事（如违章搭建、收费不规范、监管部门的职责范围），可以拨打 12345 反映，热线会转交相关部门办理并回复您。',
    'For matters a government department must deal with (illegal structures, irregular charges, anything a regulator is responsible for), call 12345; the hotline passes it to the department in charge and replies to you.',
  ),
};

export const CONSUMER_12315: GuideOption = {
  kind: 'hotline',
  name: bi('向市场监管部门投诉（12315）', 'Complain to market regulation (12315)'),
  text: bi(
    '通过全国 12315 平台（网站、App、微信小程序）或拨打 12315 投诉，市场监管部门会联系商家，可以组织双方调解。也可以向消费者协会投诉。',
    'File a complaint on the national 12315 platform (website, app or WeChat mini-program) or call 12315; market regulation contacts the shop and can mediate between you. You can also complain to the consumers’ association.',
  ),
  basis: { law: 'consumer', articles: [39] },
};

/** The general part of every urgent notice: violence, threats, self-harm. */
export const URGENT_GENERAL: readonly Bi[] = [
  bi('正在发生殴打、威胁，或有人扬言伤人、报复：请立即拨打 110 报警；有人受伤请拨打 120。', 'If someone is being hit or threatened, or someone threatens to hurt others or take revenge: call the police on 110 now; call 120 if anyone is injured.'),
  bi('您或家人有轻生的念头：请马上告诉身边的人，并拨打心理援助热线 12356 或 110。', 'If you or someone in your family is thinking of suicide: tell someone near you now and call the 12356 psychological support hotline or 110.'),
  bi('申请时请写明上述情况，综治中心会将其标为高风险事项，优先安排处理并联系公安等部门。', 'Mention any of this in your application: the center marks it as high risk, deals with it first and brings in the police and other departments.'),
];

/** A leaf's urgent notice: what is specific to it, then the general part. */
export const urgent = (...specific: Bi[]): readonly Bi[] => [...specific, ...URGENT_GENERAL];
