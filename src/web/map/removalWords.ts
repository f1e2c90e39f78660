import dialogMessages from 'virtual:messages/en/map.dialog';
import { addEnglish, translate } from '../i18n/index.js';
import type { Removal } from './mapActions.js';

addEnglish(dialogMessages);

// Call while drawing, in a component that uses `useI18n`.

/** "1 actor, 2 flows and 1 note": parts joined as the language joins a list. */
export function joinList(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return translate('map.dialog.list', { first: parts.slice(0, -1).join(', '), last: parts[parts.length - 1] ?? '' });
}

/** "1 actor", "2 flows and 1 note": what a removal names, in words. */
export function describeRemoval(removal: Removal): string {
  const parts = [
    removal.actors.length > 0 && translate('map.dialog.actors', { count: removal.actors.length }),
    removal.flows.length > 0 && translate('map.dialog.flows', { count: removal.flows.length }),
    removal.notes.length > 0 && translate('map.dialog.notes', { count: removal.notes.length }),
    removal.datasets.length > 0 && translate('map.dialog.datasets', { count: removal.datasets.length }),
  ].filter((part): part is string => typeof part === 'string');
  return parts.length === 0 ? translate('map.dialog.nothing') : joinList(parts);
}
