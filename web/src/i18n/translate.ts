// Pure translation: dictionaries, key type and interpolation (no React).
import { en } from './en';
import { getLocale, type Locale } from './locale-store';
import { zhCN, type MessageKey } from './zh-CN';

export type { MessageKey };
export type TranslateVars = Record<string, string | number>;
export type TFunction = (key: MessageKey, vars?: TranslateVars) => string;

const dictionaries: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': zhCN,
  en,
};

export function translate(locale: Locale, key: MessageKey, vars?: TranslateVars): string {
  const template = dictionaries[locale][key] ?? zhCN[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** Translate with the current locale; for code outside React components. */
export function t(key: MessageKey, vars?: TranslateVars): string {
  return translate(getLocale(), key, vars);
}

/** True when `key` is a known message key (for labels of server-supplied codes). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}
