import { useContext } from 'react';
import { LocaleContext, type LocaleContextValue } from './context';
import type { TFunction } from './translate';

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale must be used inside <LocaleProvider>');
  return value;
}

/** The translate function of the current locale. */
export function useT(): TFunction {
  return useLocale().t;
}
