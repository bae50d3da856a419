import { createContext } from 'react';
import type { Locale } from './locale-store';
import type { TFunction } from './translate';

export interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: TFunction;
}

export const LocaleContext = createContext<LocaleContextValue | null>(null);
