import { z } from 'zod';
import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { Locale } from '../i18n/messages.js';

const maps = { 'zh-CN': zhCN().localeError, en: en().localeError } as const;

type Issue = { code: string; message?: string; params?: { i18n?: Record<Locale, string> }; [k: string]: unknown };

/** One validation issue in the caller's language: our own rules carry both texts; zod's built-in checks use zod's locale maps. */
export function localizeIssue(issue: Issue, locale: Locale): string {
  const own = issue.params?.i18n;
  if (own) return own[locale];
  if (issue.code === 'invalid_type' && issue.input === undefined) return locale === 'en' ? 'Required' : '必填';
  const out = maps[locale](issue as never);
  const text = typeof out === 'string' ? out : out?.message;
  return text ?? issue.message ?? issue.code;
}

/** A refinement whose message exists in both languages. */
export function rule(zh: string, english: string) {
  return { message: english, params: { i18n: { 'zh-CN': zh, en: english } } };
}

/** Shared field schemas. */
export const uuid = z.uuid();
export const limitParam = (max = 100, dflt = 20) => z.coerce.number().int().min(1).max(max).default(dflt);
