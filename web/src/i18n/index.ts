export { LocaleProvider } from './LocaleProvider';
export { useLocale, useT } from './useT';
export { t, translate, isMessageKey } from './translate';
export type { MessageKey, TFunction, TranslateVars } from './translate';
export { getLocale, LOCALES } from './locale-store';
export type { Locale } from './locale-store';
