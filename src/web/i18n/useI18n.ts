import { useMemo, useSyncExternalStore } from 'react';
import { i18n, translate } from './i18n.js';
import type { Locale } from './locales.js';

export interface I18n {
  locale: Locale;
  /** A message in the current language (i18n.ts `translate`). */
  t: typeof translate;
}

const subscribe = (changed: () => void) => i18n.on('change', changed);
const currentLocale = () => i18n.locale as Locale;

/**
 * The interface's language for a component: it draws again when the person picks another.
 * Numbers and dates outside messages: Lingui's `i18n.number(…)` and `i18n.date(…)` (Intl, in
 * the current language), called while drawing.
 */
export function useI18n(): I18n {
  const locale = useSyncExternalStore(subscribe, currentLocale);
  return useMemo(() => ({ locale, t: translate }), [locale]);
}
