import { type Locale, renderExplanation, type RoutingRecord } from '../../domain/routing/explanation.js';

type EventLike = { type: string; at: Date | string; actor_name: string | null; reason: string | null; data: Record<string, unknown> };

export interface CaseRouting {
  mode: 'rule' | 'manual' | 'unmatched' | null;
  ruleId: string | null;
  ruleName: string | null;
  explanation: string;
  at: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

function isRecord(data: Record<string, unknown>): data is Record<string, unknown> & RoutingRecord {
  switch (data.mode) {
    case 'rule':
      return typeof data.ruleName === 'string' && Array.isArray(data.checks) && typeof data.unitName === 'string' && typeof data.pick === 'object' && data.pick !== null;
    case 'manual':
      return typeof data.actorName === 'string';
    case 'unmatched':
      return typeof data.cause === 'string' && typeof data.considered === 'number';
    default:
      return false;
  }
}

/**
 * 分流依据: why the case is where it is, from its latest routing event — a rule, a
 * dispatcher, or no rule at all — in the caller's language. Routed events written
 * before explanations were structured (e.g. the demo's history) keep their stored text.
 */
export function caseRouting(events: readonly EventLike[], locale: Locale): CaseRouting | null {
  const last = [...events].reverse().find((e) => e.type === 'routed' || e.type === 'routing_unmatched' || e.type === 'returned');
  if (!last) return null;
  const at = new Date(last.at).toISOString();
  if (last.type === 'returned') {
    const zh = `承办方已退回，待重新分流${last.reason ? `：${last.reason}` : ''}`;
    const en = `Returned by the handler; waiting to be routed again${last.reason ? `: ${last.reason}` : ''}`;
    return { mode: null, ruleId: null, ruleName: null, explanation: locale === 'zh-CN' ? zh : en, at };
  }
  const data = last.data ?? {};
  if (isRecord(data)) {
    try {
      return {
        mode: data.mode,
        ruleId: data.mode === 'rule' ? data.ruleId : data.mode === 'unmatched' ? data.ruleId ?? null : data.overrides?.ruleId ?? null,
        ruleName: data.mode === 'rule' ? data.ruleName : data.mode === 'unmatched' ? data.ruleName ?? null : data.overrides?.ruleName ?? null,
        explanation: renderExplanation(data, locale),
        at,
      };
    } catch {
      // a malformed stored record: fall through to the stored text
    }
  }
  const target = [str(data.unitName), str(data.userName)].filter(Boolean).join(' · ');
  const stored = str(data.explanation);
  const explanation =
    locale === 'zh-CN'
      ? stored ?? `由${last.actor_name ?? '系统'}分流${target ? `至${target}` : ''}`
      : `Routed by ${last.actor_name ?? 'the system'}${target ? ` to ${target}` : ''}${stored ? ` (${stored})` : ''}`;
  return { mode: last.type === 'routing_unmatched' ? 'unmatched' : 'manual', ruleId: null, ruleName: null, explanation, at };
}
