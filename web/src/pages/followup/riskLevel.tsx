// 风险等级 tags: 高/中/低 in red/orange/green, everywhere follow-up shows a level.
import { Tag } from 'antd';
import type { RiskLevel } from '../../api/risk';
import { useT, type MessageKey } from '../../i18n';

export const LEVEL_COLORS: Record<RiskLevel, string> = { high: 'red', medium: 'orange', low: 'green' };
const RANK: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };

export const levelRank = (level: RiskLevel): number => RANK[level];
export const shortLevelKey = (level: RiskLevel): MessageKey => `riskLevel.short.${level}`;
export const levelKey = (level: RiskLevel): MessageKey => `risk.${level}`;

export function isRiskLevel(value: unknown): value is RiskLevel {
  return value === 'low' || value === 'medium' || value === 'high';
}

/** The level as a coloured tag: 高 / 中 / 低 (short) or 高风险… (long). */
export function RiskLevelTag({ level, short = false }: { level: RiskLevel | null | undefined; short?: boolean }) {
  const t = useT();
  if (!level) return <Tag>{t('riskLevel.none')}</Tag>;
  return (
    <Tag color={LEVEL_COLORS[level]} data-testid={`risk-level-${level}`} style={short ? { minWidth: 28, textAlign: 'center', fontWeight: 600 } : undefined}>
      {t(short ? shortLevelKey(level) : levelKey(level))}
    </Tag>
  );
}
