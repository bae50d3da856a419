import { isoWeekday } from '../routing/roster.js';

/** The five themes of the enterprise center's reception days (主题接待日), stable API values. */
export const RECEPTION_THEMES = ['labour', 'contract', 'property_rights', 'operations', 'rights_protection'] as const;
export type ReceptionTheme = (typeof RECEPTION_THEMES)[number];

export const RECEPTION_THEME_LABELS: Record<ReceptionTheme, { 'zh-CN': string; en: string }> = {
  labour: { 'zh-CN': '劳动用工', en: 'Labour' },
  contract: { 'zh-CN': '合同履约', en: 'Contracts' },
  property_rights: { 'zh-CN': '产权保护', en: 'Property rights' },
  operations: { 'zh-CN': '经营管理', en: 'Operations' },
  rights_protection: { 'zh-CN': '维权服务', en: 'Rights protection' },
};

/** Case categories each theme serves: a rule may route them to the theme's host on its day. */
export const THEME_CATEGORIES: Record<ReceptionTheme, readonly string[]> = {
  labour: ['labour'],
  contract: ['contract'],
  property_rights: ['property_rights'],
  operations: ['business'],
  rights_protection: ['consumer', 'damages', 'environment'],
};

export interface ThemeDay {
  theme: ReceptionTheme;
  weekday: number;
}

/** The theme hosted on `date` (a working day) at a center, if any. */
export function themeOn(themes: readonly ThemeDay[], date: string, workingDay: boolean): ReceptionTheme | null {
  if (!workingDay) return null;
  const wd = isoWeekday(date);
  return themes.find((t) => t.weekday === wd)?.theme ?? null;
}
