import { RECEPTION_THEME_LABELS } from '../reception/themes.js';
import type { AssignMode, ConditionCheck, ConditionKey, Range } from './rules.js';

/**
 * "Why was this case routed here" (分流依据): the record kept in the routing event, and
 * its rendering in zh-CN and en. The record holds display names taken when the case was
 * routed, so that the explanation reads the same later even if a rule or unit is renamed.
 */
export type Locale = 'zh-CN' | 'en';
export type Bilingual = Record<Locale, string>;

/** Display names the checks need (the service resolves them from the taxonomy and the org tree). */
export interface RoutingLabels {
  category(code: string): Bilingual;
  channel(code: string): Bilingual;
  unit(id: string): string;
  urgency(code: string): Bilingual;
  requesterKind(kind: string): Bilingual;
}

/** A check with its wording in both languages. */
export type DescribedCheck = ConditionCheck & { text: Bilingual };

export interface PickCandidate {
  userId: string;
  name: string;
  load: number;
  rostered: boolean;
}

export interface PickRecord {
  assign: AssignMode;
  /** the rule named a team: only its members were candidates */
  team: boolean;
  /** the day's duty roster named people (else every handler of an on-duty unit counted) */
  byRoster: boolean;
  /** those on duty, least loaded first */
  candidates: PickCandidate[];
  picked: PickCandidate | null;
}

export interface RuleRouteRecord {
  mode: 'rule';
  ruleId: string;
  ruleName: string;
  checks: DescribedCheck[];
  unitId: string;
  unitName: string;
  pick: PickRecord;
  /** how many rules were looked at before (and including) this one */
  considered: number;
}

export interface ManualRouteRecord {
  mode: 'manual';
  actorName: string;
  unitName: string | null;
  userName: string | null;
  reason: string | null;
  /** the rule whose automatic routing this re-routing overrides */
  overrides: { ruleId: string; ruleName: string } | null;
}

export type UnmatchedCause = 'no_match' | 'unit_gone' | 'error';

export interface UnmatchedRecord {
  mode: 'unmatched';
  cause: UnmatchedCause;
  considered: number;
  ruleId?: string | null;
  ruleName?: string | null;
}

export type RoutingRecord = RuleRouteRecord | ManualRouteRecord | UnmatchedRecord;

export const URGENCY_LABELS: Record<string, Bilingual> = {
  normal: { 'zh-CN': '一般', en: 'normal' },
  urgent: { 'zh-CN': '紧急', en: 'urgent' },
  critical: { 'zh-CN': '特急', en: 'critical' },
};

export const REQUESTER_KIND_LABELS: Record<string, Bilingual> = {
  person: { 'zh-CN': '个人', en: 'person' },
  organization: { 'zh-CN': '单位/企业', en: 'organisation' },
};

const CONDITION_LABELS: Record<ConditionKey, Bilingual> = {
  categories: { 'zh-CN': '类别', en: 'Category' },
  subcategories: { 'zh-CN': '子类别', en: 'Sub-category' },
  channels: { 'zh-CN': '渠道', en: 'Channel' },
  territoryUnitIds: { 'zh-CN': '属地', en: 'Territory' },
  amountFen: { 'zh-CN': '争议金额', en: 'Amount in dispute' },
  peopleCount: { 'zh-CN': '涉及人数', en: 'People involved' },
  urgencies: { 'zh-CN': '紧急程度', en: 'Urgency' },
  requesterKinds: { 'zh-CN': '申请人类型', en: 'Applicant' },
  themedDay: { 'zh-CN': '主题接待日', en: 'Themed reception day' },
};

export function conditionLabel(key: ConditionKey, locale: Locale): string {
  return CONDITION_LABELS[key][locale];
}

const MARK = (held: boolean) => (held ? '✓' : '✗');
const SEP: Record<Locale, string> = { 'zh-CN': '、', en: ', ' };

/** Money in 元 with thousands separators, from integer fen. */
export function formatYuan(fen: number, locale: Locale): string {
  const yuan = fen / 100;
  const digits = yuan.toLocaleString('en-US', { minimumFractionDigits: fen % 100 === 0 ? 0 : 2, maximumFractionDigits: 2 });
  return locale === 'zh-CN' ? `${digits} 元` : `¥${digits}`;
}

function formatRange(r: Range, fmt: (n: number) => string): string {
  const has = (v: number | null | undefined): v is number => v !== undefined && v !== null;
  if (has(r.min) && has(r.max)) return `${fmt(r.min)}–${fmt(r.max)}`;
  if (has(r.min)) return `≥ ${fmt(r.min)}`;
  return `≤ ${fmt(r.max!)}`;
}

function both(f: (locale: Locale) => string): Bilingual {
  return { 'zh-CN': f('zh-CN'), en: f('en') };
}

/** The wording of one check: the value the case has, the mark, and — when it failed — what the rule wanted. */
export function describeCheck(check: ConditionCheck, labels: RoutingLabels): DescribedCheck {
  const text = both((locale) => {
    const name = CONDITION_LABELS[check.key][locale];
    const none = locale === 'zh-CN' ? '未填' : 'not given';
    const wanted = (v: string) => (check.held ? '' : locale === 'zh-CN' ? `（要求：${v}）` : ` (rule: ${v})`);
    switch (check.key) {
      case 'amountFen': {
        const fmt = (n: number) => formatYuan(n, locale);
        const actual = check.actual === null ? none : fmt(check.actual);
        return `${name}=${actual} ${MARK(check.held)}${locale === 'zh-CN' ? `（${formatRange(check.expected, fmt)}）` : ` (${formatRange(check.expected, fmt)})`}`;
      }
      case 'peopleCount': {
        const fmt = (n: number) => String(n);
        return `${name}=${check.actual ?? none} ${MARK(check.held)}${locale === 'zh-CN' ? `（${formatRange(check.expected, fmt)}）` : ` (${formatRange(check.expected, fmt)})`}`;
      }
      case 'themedDay': {
        const theme = check.actual.theme ? RECEPTION_THEME_LABELS[check.actual.theme][locale] : null;
        if (check.expected) {
          if (check.held) return locale === 'zh-CN' ? `今日为${theme}主题接待日 ✓` : `Today is the ${theme} reception day ✓`;
          if (!theme) return locale === 'zh-CN' ? '今日无主题接待日 ✗' : 'No themed reception day today ✗';
          return locale === 'zh-CN' ? `今日为${theme}主题接待日，本案类别不属该主题 ✗` : `Today is the ${theme} reception day, not this category's ✗`;
        }
        if (check.held) return locale === 'zh-CN' ? '非当日主题接待事项 ✓' : 'Not a matter of today’s reception theme ✓';
        return locale === 'zh-CN' ? `属今日${theme}主题接待事项 ✗` : `A matter of today’s ${theme} reception theme ✗`;
      }
      case 'territoryUnitIds': {
        const hit = check.actual.find((id) => check.expected.includes(id));
        const shown = hit ? labels.unit(hit) : check.actual.length ? labels.unit(check.actual[check.actual.length - 1]!) : none;
        return `${name}=${shown} ${MARK(check.held)}${wanted(check.expected.map((id) => labels.unit(id)).join(SEP[locale]))}`;
      }
      default: {
        const label = (v: string): string => {
          switch (check.key) {
            case 'categories':
            case 'subcategories':
              return labels.category(v)[locale];
            case 'channels':
              return labels.channel(v)[locale];
            case 'urgencies':
              return labels.urgency(v)[locale];
            default:
              return labels.requesterKind(v)[locale];
          }
        };
        const hit = check.actual.filter((v) => check.expected.includes(v));
        const shown = (hit.length ? hit : check.actual).map(label).join(SEP[locale]) || none;
        return `${name}=${shown} ${MARK(check.held)}${wanted(check.expected.map(label).join(SEP[locale]))}`;
      }
    }
  });
  return { ...check, text };
}

function pickText(p: PickRecord, locale: Locale): string {
  if (p.assign === 'unit') return locale === 'zh-CN' ? '（分至单位队列）' : ' (unit queue)';
  if (!p.picked) {
    return locale === 'zh-CN' ? `；${p.team ? '指定团队' : '该单位'}今日无人值班，分至单位队列` : `; nobody ${p.team ? 'of the team ' : ''}on duty today, left in the unit queue`;
  }
  const n = p.candidates.length;
  const load = p.picked.load;
  if (locale === 'zh-CN') {
    const pool = p.team ? `团队中值班的 ${n} 人` : p.byRoster ? `今日值班表 ${n} 人` : `值班 ${n} 人`;
    return `；${pool}中在办最少：${p.picked.name}（${load} 件）`;
  }
  const pool = p.team ? `the ${n} team members on duty` : p.byRoster ? `the ${n} on today's roster` : `the ${n} on duty`;
  return `; least loaded of ${pool}: ${p.picked.name} (${load} open case${load === 1 ? '' : 's'})`;
}

/** The explanation in one language. */
export function renderExplanation(r: RoutingRecord, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (r.mode) {
    case 'rule': {
      const checks = r.checks.map((c) => c.text[locale]).join(zh ? '；' : '; ');
      const head = zh ? `命中规则「${r.ruleName}」${checks ? `：${checks}` : '（无附加条件）'}` : `Matched rule "${r.ruleName}"${checks ? `: ${checks}` : ' (no conditions)'}`;
      return `${head} → ${r.unitName}${pickText(r.pick, locale)}`;
    }
    case 'manual': {
      const target = [r.unitName, r.userName].filter(Boolean).join(' · ');
      if (r.overrides) {
        return zh
          ? `由${r.actorName}改派至${target}（覆盖规则「${r.overrides.ruleName}」的自动分流）；改派理由：${r.reason ?? ''}`
          : `Re-routed by ${r.actorName} to ${target}, overriding rule "${r.overrides.ruleName}"; reason: ${r.reason ?? ''}`;
      }
      const reason = r.reason ? (zh ? `；理由：${r.reason}` : `; reason: ${r.reason}`) : '';
      return zh ? `由${r.actorName}人工分流至${target}${reason}` : `Routed by hand by ${r.actorName} to ${target}${reason}`;
    }
    case 'unmatched': {
      const tail = zh ? '，案件留在中心队列，待窗口人工分流' : '; the case waits in the center queue for a dispatcher';
      if (r.cause === 'unit_gone') {
        return zh ? `命中规则「${r.ruleName ?? ''}」，但其承办单位已不存在${tail}` : `Rule "${r.ruleName ?? ''}" matched but its handling unit no longer exists${tail}`;
      }
      if (r.cause === 'error') return zh ? `自动分流未能完成${tail}` : `Automatic routing could not be completed${tail}`;
      if (r.considered === 0) return zh ? `本中心未配置启用的分流规则${tail}` : `No routing rules apply at this center${tail}`;
      return zh ? `${r.considered} 条分流规则均未命中${tail}` : `None of the ${r.considered} routing rules matched${tail}`;
    }
  }
}

export function explainBoth(r: RoutingRecord): Bilingual {
  return both((locale) => renderExplanation(r, locale));
}
