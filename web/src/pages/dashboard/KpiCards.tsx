// The row of KPI cards. Each shows its definition (info icon: the server's text and formula)
// and opens the cases behind it: the value opens the figure's own cases, the "a / b" line its
// numerator and denominator.
import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, Row, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { KpiDefinition, KpiDrillMetric, Kpis } from '../../api/kpis';
import { type MessageKey, type TFunction, useLocale, useT } from '../../i18n';
import { DASH, formatFen, formatNumber, formatRate } from './format';

/** A count one can click to see its cases (metric null: not a set of cases). */
export interface Part {
  value: number | undefined;
  metric: KpiDrillMetric | null;
}

interface CardSpec {
  labelKey: MessageKey;
  /** Key in `definitions`. */
  definition: string;
  value: (kpis: Kpis) => string;
  /** the figure's own cases */
  drill?: KpiDrillMetric;
  ratio?: (kpis: Kpis) => [Part, Part];
  sub?: (kpis: Kpis, t: TFunction) => string | null;
  testId: string;
}

const CARDS: CardSpec[] = [
  { labelKey: 'dashboard.kpi.registered', definition: 'registered', value: (k) => formatNumber(k.registered), drill: 'registered', testId: 'kpi-registered' },
  {
    labelKey: 'dashboard.kpi.closureRate',
    definition: 'closureRate',
    value: (k) => formatRate(k.closureRate),
    drill: 'concluded',
    ratio: (k) => [{ value: k.concluded, metric: 'concluded' }, { value: k.accepted, metric: 'accepted' }],
    testId: 'kpi-closure-rate',
  },
  {
    labelKey: 'dashboard.kpi.resolutionRate',
    definition: 'resolutionRate',
    value: (k) => formatRate(k.resolutionRate),
    drill: 'resolved',
    ratio: (k) => [{ value: k.resolved, metric: 'resolved' }, { value: k.concluded, metric: 'concluded' }],
    testId: 'kpi-resolution-rate',
  },
  {
    labelKey: 'dashboard.kpi.onTimeResponseRate',
    definition: 'onTimeResponseRate',
    value: (k) => formatRate(k.onTimeResponseRate),
    drill: 'respondedOnTime',
    ratio: (k) => [{ value: k.bases?.respondedOnTime, metric: 'respondedOnTime' }, { value: k.bases?.responded, metric: 'responded' }],
    testId: 'kpi-on-time-response-rate',
  },
  {
    labelKey: 'dashboard.kpi.responseMinutes',
    definition: 'responseMinutes',
    value: (k) => formatNumber(k.responseMinutes.median, 1),
    drill: 'responded',
    sub: (k, t) => (k.responseMinutes.p90 === null ? null : t('dashboard.kpi.p90', { value: formatNumber(k.responseMinutes.p90, 1) })),
    testId: 'kpi-response-minutes',
  },
  {
    labelKey: 'dashboard.kpi.durationDays',
    definition: 'durationDays',
    value: (k) => `${formatNumber(k.durationDays.median, 1)} / ${formatNumber(k.durationDays.p90, 1)}`,
    drill: 'concludedInPeriod',
    testId: 'kpi-duration-days',
  },
  {
    labelKey: 'dashboard.kpi.satisfactionRate',
    definition: 'satisfactionRate',
    value: (k) => formatRate(k.satisfactionRate),
    drill: 'satisfied',
    ratio: (k) => [{ value: k.bases?.satisfied, metric: 'satisfied' }, { value: k.bases?.rated, metric: 'rated' }],
    testId: 'kpi-satisfaction-rate',
  },
  {
    labelKey: 'dashboard.kpi.reboundRate',
    definition: 'reboundRate',
    value: (k) => formatRate(k.reboundRate),
    drill: 'rebounded',
    ratio: (k) => [{ value: k.bases?.rebounded, metric: 'rebounded' }, { value: k.bases?.resolvedInPeriod, metric: 'resolvedInPeriod' }],
    testId: 'kpi-rebound-rate',
  },
  { labelKey: 'dashboard.kpi.moneyRecovered', definition: 'moneyRecoveredFen', value: (k) => formatFen(k.moneyRecoveredFen), drill: 'concludedInPeriod', testId: 'kpi-money-recovered' },
  {
    labelKey: 'dashboard.kpi.followUpOnTimeRate',
    definition: 'followUpOnTimeRate',
    value: (k) => formatRate(k.followUpOnTimeRate),
    drill: 'followUpLate',
    ratio: (k) => [{ value: k.bases?.visitsOnTime, metric: null }, { value: k.bases?.visitsDue, metric: null }],
    testId: 'kpi-follow-up-on-time-rate',
  },
  {
    labelKey: 'dashboard.kpi.screeningCoverage',
    definition: 'screeningCoverage',
    value: (k) => formatRate(k.screeningCoverage),
    ratio: (k) => [{ value: k.bases?.screeningDone, metric: null }, { value: k.bases?.screeningTarget, metric: null }],
    testId: 'kpi-screening-coverage',
  },
];

export function DefinitionTip({ definition }: { definition: KpiDefinition | undefined }) {
  const t = useT();
  const { locale } = useLocale();
  if (!definition) return null;
  const title = (
    <div style={{ maxWidth: 360 }}>
      <div>{locale === 'en' ? definition.en : definition.zh}</div>
      {/* The formula is written in English field names; the Chinese definition already states it in words. */}
      {locale === 'en' ? (
        <div style={{ marginTop: 6, opacity: 0.85 }}>
          {t('dashboard.definition.formula')}: <code>{definition.formula}</code>
        </div>
      ) : null}
    </div>
  );
  return (
    <Tooltip title={title} styles={{ root: { maxWidth: 400 } }}>
      <InfoCircleOutlined style={{ color: 'rgba(0,0,0,0.45)', cursor: 'help' }} aria-label={t('dashboard.definition.formula')} />
    </Tooltip>
  );
}

/** A number that opens its cases when it stands for a set of them. */
function PartLink({ part, onDrill, testId }: { part: Part; onDrill: (metric: KpiDrillMetric, figure: string) => void; testId?: string }) {
  const text = formatNumber(part.value);
  if (!part.metric || part.value === undefined) return <span data-testid={testId}>{text}</span>;
  const metric = part.metric;
  return (
    <Typography.Link data-testid={testId} onClick={() => onDrill(metric, text)}>
      {text}
    </Typography.Link>
  );
}

export function KpiCards({
  kpis,
  definitions,
  loading,
  onDrill,
}: {
  kpis: Kpis | undefined;
  definitions: Record<string, KpiDefinition>;
  loading: boolean;
  onDrill: (request: { metric: KpiDrillMetric; label: string; figure: string; definition?: KpiDefinition }) => void;
}) {
  const t = useT();
  return (
    <Row gutter={[16, 16]}>
      {CARDS.map((card) => {
        const definition = definitions[card.definition];
        const label = t(card.labelKey);
        const unavailable = definition?.available === false;
        let value: ReactNode = DASH;
        let sub: ReactNode = null;
        if (unavailable) value = <Typography.Text type="secondary" style={{ fontSize: 14 }}>{t('dashboard.kpi.unavailable')}</Typography.Text>;
        else if (kpis) {
          const text = card.value(kpis);
          value = card.drill ? (
            <Typography.Link onClick={() => onDrill({ metric: card.drill!, label, figure: text, definition })} style={{ fontSize: 'inherit', fontWeight: 'inherit' }}>
              {text}
            </Typography.Link>
          ) : (
            text
          );
          const ratio = card.ratio?.(kpis);
          const drill = (metric: KpiDrillMetric, figure: string) => onDrill({ metric, label: `${label} · ${t(`dashboard.metric.${metric}` as MessageKey)}`, figure, definition });
          if (ratio && ratio[1].value !== undefined) {
            sub = (
              <span>
                <PartLink part={ratio[0]} onDrill={drill} testId={`${card.testId}-num`} /> / <PartLink part={ratio[1]} onDrill={drill} testId={`${card.testId}-den`} />
              </span>
            );
          } else sub = card.sub?.(kpis, t) ?? null;
        }
        return (
          <Col key={card.testId} xs={24} sm={12} md={8} xl={6} xxl={4}>
            <Card size="small" loading={loading && !kpis} style={{ height: '100%' }}>
              <div style={{ display: 'flex', alignItems: 'center', gap: 6, color: 'rgba(0,0,0,0.65)', fontSize: 13 }}>
                <span>{label}</span>
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
