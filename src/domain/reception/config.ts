import type { OfficeHours } from '../calendar/working-calendar.js';
import { slotProblems, type SlotProblem } from './slots.js';
import { RECEPTION_THEME_LABELS, RECEPTION_THEMES, type ReceptionTheme } from './themes.js';

/** Themes sit on the working week; a weekend make-up day (调休) keeps its own weekday and hosts none. */
export const RECEPTION_WEEKDAYS = [1, 2, 3, 4, 5] as const;
export const MAX_SLOTS_PER_THEME = 12;

export interface ThemeConfigInput {
  theme: ReceptionTheme;
  weekday: number;
  slots: readonly string[];
}

type Message = { 'zh-CN': string; en: string };

const WEEKDAY_ZH = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const SLOT_MESSAGES: Record<SlotProblem, (hours: OfficeHours) => Message> = {
  format: () => ({ 'zh-CN': '时段格式应为 HH:MM-HH:MM，且开始早于结束', en: 'A slot reads HH:MM-HH:MM and starts before it ends' }),
  hours: (h) => ({ 'zh-CN': `时段须在办公时间 ${h.start}–${h.end} 之内`, en: `A slot must lie within office hours ${h.start}–${h.end}` }),
  overlap: () => ({ 'zh-CN': '时段与前面的时段重叠', en: 'The slot overlaps an earlier one' }),
};

/**
 * The rules of a center's theme configuration, field by field (paths like
 * `themes.2.weekday`, matching the request body): all five themes once each, each on
 * its own working weekday, with at least one well-formed slot inside office hours and
 * no two slots overlapping. Returns {} when the configuration holds.
 */
export function themeConfigProblems(items: readonly ThemeConfigInput[], hours: OfficeHours): Record<string, Message> {
  const fields: Record<string, Message> = {};
  const themes = items.map((t) => t.theme);
  const missing = RECEPTION_THEMES.filter((t) => !themes.includes(t));
  if (missing.length || themes.length !== new Set(themes).size) {
    fields.themes = {
      'zh-CN': `须一次配置全部五个主题，每个主题一次${missing.length ? `（缺少：${missing.map((t) => RECEPTION_THEME_LABELS[t]['zh-CN']).join('、')}）` : ''}`,
      en: `Configure all five themes, each once${missing.length ? ` (missing: ${missing.map((t) => RECEPTION_THEME_LABELS[t].en).join(', ')})` : ''}`,
    };
  }
  const byWeekday = new Map<number, ReceptionTheme>();
  items.forEach((t, i) => {
    if (!(RECEPTION_WEEKDAYS as readonly number[]).includes(t.weekday)) {
      fields[`themes.${i}.weekday`] = { 'zh-CN': '主题接待日须安排在周一至周五', en: 'A reception day must be Monday to Friday' };
    } else {
      const taken = byWeekday.get(t.weekday);
      if (taken && taken !== t.theme) {
        fields[`themes.${i}.weekday`] = {
          'zh-CN': `${WEEKDAY_ZH[t.weekday]}已安排“${RECEPTION_THEME_LABELS[taken]['zh-CN']}”，同一天只能安排一个主题`,
          en: `${WEEKDAY_EN[t.weekday]} already hosts ${RECEPTION_THEME_LABELS[taken].en}; one theme per day`,
        };
      } else byWeekday.set(t.weekday, t.theme);
    }
    if (t.slots.length === 0) fields[`themes.${i}.slots`] = { 'zh-CN': '至少设置一个接待时段', en: 'Set at least one slot' };
    if (t.slots.length > MAX_SLOTS_PER_THEME) fields[`themes.${i}.slots`] = { 'zh-CN': `接待时段最多 ${MAX_SLOTS_PER_THEME} 个`, en: `At most ${MAX_SLOTS_PER_THEME} slots` };
    for (const [j, problem] of slotProblems(t.slots, hours)) fields[`themes.${i}.slots.${j}`] = SLOT_MESSAGES[problem](hours);
  });
  return fields;
}
