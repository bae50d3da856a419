// A rule's conditions as compact tags for the rule table (empty: no conditions).
import { Tag, Typography } from 'antd';
import { CHANNELS, PARTY_KINDS, URGENCIES } from '../../../api/caseTypes';
import type { Range, RoutingRule } from '../../../api/routingRules';
import { useT } from '../../../i18n';
import { channelKey, isOneOf, partyKindKey, urgencyKey } from '../../cases/shared/caseLabels';
import { useCategories } from '../../cases/shared/useCategories';

function rangeText(range: Range | undefined, fmt: (n: number) => string): string | null {
  const has = (v: number | null | undefined): v is number => v !== undefined && v !== null;
  if (!range || (!has(range.min) && !has(range.max))) return null;
  if (has(range.min) && has(range.max)) return `${fmt(range.min)}–${fmt(range.max)}`;
  return has(range.min) ? `≥ ${fmt(range.min)}` : `≤ ${fmt(range.max!)}`;
}

export function ConditionTags({ rule }: { rule: RoutingRule }) {
  const t = useT();
  const categories = useCategories();
  const c = rule.conditions;
  const sep = t('common.listSeparator');
  const yuan = (fen: number) => t('routingRules.summary.yuan', { value: (fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) });
  const tags: string[] = [];
  if (c.categories?.length) tags.push(t('routingRules.summary.categories', { value: c.categories.map((code) => categories.nameOf(code, code)).join(sep) }));
  if (c.subcategories?.length) tags.push(t('routingRules.summary.subcategories', { value: c.subcategories.map((code) => categories.nameOf(code, code)).join(sep) }));
  if (c.channels?.length) tags.push(t('routingRules.summary.channels', { value: c.channels.filter((x) => isOneOf(CHANNELS, x)).map((x) => t(channelKey(x))).join(sep) }));
  if (rule.territory.length) tags.push(t('routingRules.summary.territory', { value: rule.territory.map((u) => u.name ?? '?').join(sep) }));
  const amount = rangeText(c.amountFen, yuan);
  if (amount) tags.push(t('routingRules.summary.amount', { value: amount }));
  const people = rangeText(c.peopleCount, String);
  if (people) tags.push(t('routingRules.summary.people', { value: people }));
  if (c.urgencies?.length) tags.push(t('routingRules.summary.urgencies', { value: c.urgencies.filter((x) => isOneOf(URGENCIES, x)).map((x) => t(urgencyKey(x))).join(sep) }));
  if (c.requesterKinds?.length) {
    tags.push(t('routingRules.summary.requesterKinds', { value: c.requesterKinds.filter((x) => isOneOf(PARTY_KINDS, x)).map((x) => t(partyKindKey(x))).join(sep) }));
  }
  if (c.themedDay === true) tags.push(t('routingRules.summary.themedYes'));
  if (c.themedDay === false) tags.push(t('routingRules.summary.themedNo'));
  if (tags.length === 0) return <Typography.Text type="warning">{t('routingRules.noConditions')}</Typography.Text>;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
      {tags.map((text) => (
        <Tag key={text} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
          {text}
        </Tag>
      ))}
    </div>
  );
}
