// Holds the UI locale and keeps dayjs and <html lang> in step with it.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { LocaleContext, type LocaleContextValue } from './context';
import { getLocale, setStoredLocale, type Locale } from './locale-store';
import { translate, type MessageKey, type TranslateVars } from './translate';

function applyLocale(locale: Locale): void {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

// Apply once at module load so the first render already formats dates correctly.
applyLocale(getLocale());

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(getLocale);

  const setLocale = useCallback((next: Locale) => {
    setStoredLocale(next);
    applyLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<LocaleContextValue>(
    () => ({
      locale,
      setLocale,
      t: (key: MessageKey, vars?: TranslateVars) => translate(locale, key, vars),
    }),
    [locale, setLocale],
  );

  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}
