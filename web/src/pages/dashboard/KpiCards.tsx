// The row of KPI cards; each has an info icon with the server's definition and formula.
import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, Row, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { KpiDefinition, Kpis } from '../../api/kpis';
import { useLocale, useT, type MessageKey } from '../../i18n';
import { DASH, formatFen, formatNumber, formatRate } from './format';

interface CardSpec {
  labelKey: MessageKey;
  /** Key in `definitions`. */
  definition: string;
  value: (kpis: Kpis) => string;
  sub?: (kpis: Kpis) => string | null;
  testId?: string;
}

const CARDS: CardSpec[] = [
  { labelKey: 'dashboard.kpi.closureRate', definition: 'closureRate', value: (k) => formatRate(k.closureRate), sub: (k) => `${formatNumber(k.concluded)} / ${formatNumber(k.accepted)}`, testId: 'kpi-closure-rate' },
  { labelKey: 'dashboard.kpi.resolutionRate', definition: 'resolutionRate', value: (k) => formatRate(k.resolutionRate), sub: (k) => `${formatNumber(k.resolved)} / ${formatNumber(k.concluded)}`, testId: 'kpi-resolution-rate' },
  { labelKey: 'dashboard.kpi.onTimeResponseRate', definition: 'onTimeResponseRate', value: (k) => formatRate(k.onTimeResponseRate), testId: 'kpi-on-time-response-rate' },
  { labelKey: 'dashboard.kpi.responseMinutes', definition: 'responseMinutes', value: (k) => formatNumber(k.responseMinutes.median, 1), sub: (k) => (k.responseMinutes.p90 === null ? null : `p90 ${formatNumber(k.responseMinutes.p90, 1)}`), testId: 'kpi-response-minutes' },
  { labelKey: 'dashboard.kpi.durationDays', definition: 'durationDays', value: (k) => `${formatNumber(k.durationDays.median, 1)} / ${formatNumber(k.durationDays.p90, 1)}`, testId: 'kpi-duration-days' },
  { labelKey: 'dashboard.kpi.satisfactionRate', definition: 'satisfactionRate', value: (k) => formatRate(k.satisfactionRate), testId: 'kpi-satisfaction-rate' },
  { labelKey: 'dashboard.kpi.reboundRate', definition: 'reboundRate', value: (k) => formatRate(k.reboundRate), testId: 'kpi-rebound-rate' },
  { labelKey: 'dashboard.kpi.moneyRecovered', definition: 'moneyRecoveredFen', value: (k) => formatFen(k.moneyRecoveredFen), testId: 'kpi-money-recovered' },
  { labelKey: 'dashboard.kpi.registered', definition: 'registered', value: (k) => formatNumber(k.registered), testId: 'kpi-registered' },
  { labelKey: 'dashboard.kpi.followUpOnTimeRate', definition: 'followUpOnTimeRate', value: (k) => formatRate(k.followUpOnTimeRate), testId: 'kpi-follow-up-on-time-rate' },
  { labelKey: 'dashboard.kpi.screeningCoverage', definition: 'screeningCoverage', value: (k) => formatRate(k.screeningCoverage), testId: 'kpi-screening-coverage' },
];

export function DefinitionTip({ definition }: { definition: KpiDefinition | undefined }) {
  const t = useT();
  const { locale } = useLocale();
  if (!definition) return null;
  const title = (
    <div style={{ maxWidth: 360 }}>
      <div>{locale === 'en' ? definition.en : definition.zh}</div>
      <div style={{ marginTop: 6, opacity: 0.85 }}>
        {t('dashboard.definition.formula')}：<code>{definition.formula}</code>
      </div>
    </div>
  );
  return (
    <Tooltip title={title} styles={{ root: { maxWidth: 400 } }}>
      <InfoCircleOutlined style={{ color: 'rgba(0,0,0,0.45)', cursor: 'help' }} aria-label={t('dashboard.definition.formula')} />
    </Tooltip>
  );
}

export function KpiCards({ kpis, definitions, loading }: { kpis: Kpis | undefined; definitions: Record<string, KpiDefinition>; loading: boolean }) {
  const t = useT();
  return (
    <Row gutter={[16, 16]}>
      {CARDS.map((card) => {
        const definition = definitions[card.definition];
        const unavailable = definition?.available === false;
        let value: ReactNode = DASH;
        let sub: string | null = null;
        if (unavailable) value = <Typography.Text type="secondary" style={{ fontSize: 14 }}>{t('dashboard.kpi.unavailable')}</Typography.Text>;
        else if (kpis) {
          value = card.value(kpis);
          sub = card.sub?.(kpis) ?? null;
        }
        return (
          <Col key={card.definition} xs={24} sm={12} md={8} xl={6} xxl={4}>
            <Card size="small" loading={loading && !kpis} style={{ height: '100%' }}>
              <div style={{ display: 'flex', alignItems: 'center', gap: 6, color: 'rgba(0,0,0,0.65)', fontSize: 13 }}>
                <span>{t(card.labelKey)}</span>
                <DefinitionTip definition={definition} />
              </div>
              <div data-testid={card.testId} style={{ fontSize: 24, fontWeight: 600, marginTop: 6, lineHeight: 1.3, fontVariantNumeric: 'tabular-nums' }}>
                {value}
              </div>
              <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)', minHeight: 18 }}>{sub}</div>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
