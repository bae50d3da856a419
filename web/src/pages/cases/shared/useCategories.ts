// The category taxonomy (GET /api/categories), shared by intake, lists and admin.
import { useMemo } from 'react';
import { categoriesApi, type Category } from '../../../api/settings';
import { useLocale } from '../../../i18n';
import { invalidateShared, useShared } from './useShared';

const KEY = 'categories';

export function invalidateCategories(): void {
  invalidateShared(KEY);
}

export interface CategoryIndex {
  all: Category[];
  /** Active top-level categories. */
  top: Category[];
  /** Active sub-categories of a top-level code. */
  childrenOf: (code: string | undefined) => Category[];
  byCode: ReadonlyMap<string, Category>;
  /** The name in the UI language. */
  label: (category: Category) => string;
  /** The name of a code in the UI language; `fallback` (the server's name) while unknown. */
  nameOf: (code: string, fallback: string) => string;
  loading: boolean;
  error: unknown;
}

export function useCategories(): CategoryIndex {
  const { locale } = useLocale();
  const { data, loading, error } = useShared(KEY, async () => (await categoriesApi.list()).items);
  return useMemo(() => {
    const all = data ?? [];
    const byCode = new Map(all.map((category) => [category.code, category]));
    return {
      all,
      top: all.filter((category) => !category.parentCode && category.active),
      childrenOf: (code) => (code ? all.filter((category) => category.parentCode === code && category.active) : []),
      byCode,
      label: (category) => (locale === 'en' ? category.nameEn || category.name : category.name),
      nameOf: (code, fallback) => {
        const category = byCode.get(code);
        if (!category) return fallback;
        return locale === 'en' ? category.nameEn || category.name : category.name;
      },
      loading,
      error,
    };
  }, [data, loading, error, locale]);
}
