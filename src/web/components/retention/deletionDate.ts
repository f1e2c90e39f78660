import { i18n } from '../../i18n/index.js';
import { britishDay } from '../../ui/dates.js';

/**
 * "15 January 2027": the day a workshop will be deleted (SPEC K3), in the interface's language
 * ("15. Januar 2027"). Call while drawing in a component that uses `useI18n`.
 */
export function deletionDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : britishDay(i18n.locale, 'long').format(t);
}
