import { useMemo, useSyncExternalStore } from 'react';
import { i18n, i18nRevision, translate } from './i18n.js';
import type { Locale } from './locales.js';

export interface I18n {
  locale: Locale;
  /** A message in the current language (i18n.ts `translate`). */
  t: typeof translate;
}

const subscribe = (changed: () => void) => i18n.on('change', changed);

/**
 * The interface's language for a component: it draws again when the person picks another.
 * Numbers and dates outside messages: Lingui's `i18n.number(…)` and `i18n.date(…)` (Intl, in
 * the current language), called while drawing.
 */
export function useI18n(): I18n {
  // The language, and a count of messages that arrived after a part drew without them.
  const revision = useSyncExternalStore(subscribe, i18nRevision);
  return useMemo(() => ({ locale: revision.split(' ')[0] as Locale, t: translate }), [revision]);
}
