// The current locale, held outside React so that the API client can read it.

export type Locale = 'zh-CN' | 'en';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

const STORAGE_KEY = 'concord.locale';

function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

function readInitialLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // localStorage may be unavailable (private mode); fall back to Chinese.
  }
  return 'zh-CN';
}

let current: Locale = readInitialLocale();

export function getLocale(): Locale {
  return current;
}

export function setStoredLocale(locale: Locale): void {
  current = locale;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Ignore: the choice then lasts for this page only.
  }
}
