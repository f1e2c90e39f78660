import panelMessages from 'virtual:messages/en/map.panel';
import type { EcosystemMap } from '../../../domain/map/index.js';
import { addEnglish, translate } from '../../i18n/index.js';

addEnglish(panelMessages);

/** An actor's name as the panels show it (call while drawing). */
export function nameOf(map: EcosystemMap, actorId: string): string {
  return map.actors.find((a) => a.id === actorId)?.name || translate('map.panel.noName');
}
