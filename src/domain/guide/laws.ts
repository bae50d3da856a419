// The laws the guide cites, by short name as residents know them, and the citation text.
import type { Bi } from './types.js';

export const LAWS = {
  civil_code: { zh: '《民法典》', en: 'Civil Code' },
  marriage_interpretation: { zh: '《最高人民法院关于适用〈中华人民共和国民法典〉婚姻家庭编的解释（一）》', en: "Supreme People's Court Interpretation (I) on the Marriage and Family Book of the Civil Code" },
  betrothal_rules: { zh: '《最高人民法院关于审理涉彩礼纠纷案件适用法律若干问题的规定》', en: "Supreme People's Court Provisions on Disputes over Betrothal Gifts" },
  anti_dv: { zh: '《反家庭暴力法》', en: 'Anti-Domestic Violence Law' },
  elderly: { zh: '《老年人权益保障法》', en: 'Law on the Protection of the Rights and Interests of the Elderly' },
  people_mediation: { zh: '《人民调解法》', en: "People's Mediation Law" },
  labour_contract: { zh: '《劳动合同法》', en: 'Labour Contract Law' },
  labour_disputes: { zh: '《劳动争议调解仲裁法》', en: 'Labour Dispute Mediation and Arbitration Law' },
  labour_inspection: { zh: '《劳动保障监察条例》', en: 'Regulations on Labour Security Supervision' },
  migrant_wages: { zh: '《保障农民工工资支付条例》', en: 'Regulations on Ensuring the Payment of Wages to Migrant Workers' },
  work_injury: { zh: '《工伤保险条例》', en: 'Regulations on Work-Related Injury Insurance' },
  social_insurance: { zh: '《社会保险法》', en: 'Social Insurance Law' },
  consumer: { zh: '《消费者权益保护法》', en: 'Consumer Rights Protection Law' },
  ecommerce: { zh: '《电子商务法》', en: 'E-Commerce Law' },
  food_safety: { zh: '《食品安全法》', en: 'Food Safety Law' },
  three_guarantees: { zh: '《部分商品修理更换退货责任规定》', en: 'Provisions on the Repair, Replacement and Return of Certain Goods ("three guarantees")' },
  property_regs: { zh: '《物业管理条例》', en: 'Property Management Regulations' },
  noise: { zh: '《噪声污染防治法》', en: 'Noise Pollution Prevention and Control Law' },
  public_security: { zh: '《治安管理处罚法》', en: 'Public Security Administration Punishments Law' },
  rental_measures: { zh: '《商品房屋租赁管理办法》', en: 'Measures on the Administration of Commodity Housing Leases' },
  public_rental: { zh: '《公共租赁住房管理办法》', en: 'Measures on the Administration of Public Rental Housing' },
} as const satisfies Record<string, Bi>;

export type LawCode = keyof typeof LAWS;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const UNITS = ['', '十', '百', '千'];

/** 1–9999 in Chinese numerals as written in article numbers: 27 → 二十七, 1042 → 一千零四十二, 10 → 十. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`article number out of range: ${n}`);
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    const unit = UNITS[digits.length - 1 - i]!;
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += DIGITS[d]! + unit;
  });
  // 十 to 十九 are written without the leading 一 (第十条, 第十五条).
  return n >= 10 && n < 20 ? out.slice(1) : out;
}

/** 《民法典》第一千零六十七条、第一千零八十五条 / Civil Code, Arts. 1067, 1085. */
export function citation(law: LawCode, articles: readonly number[] | undefined, locale: 'zh-CN' | 'en'): string {
  const name = LAWS[law];
  const list = articles ?? [];
  if (locale === 'en') {
    if (list.length === 0) return name.en;
    return `${name.en}, ${list.length === 1 ? 'Art.' : 'Arts.'} ${list.join(', ')}`;
  }
  return name.zh + list.map((a) => `第${chineseNumber(a)}条`).join('、');
}
