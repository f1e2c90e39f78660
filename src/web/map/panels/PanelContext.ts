import panelMessages from 'virtual:messages/en/map.panel';
import { createContext, useContext } from 'react';
import type { EcosystemMap } from '../../../domain/map/index.js';
import { addEnglish, translate } from '../../i18n/index.js';
import type { MapActions, Removal } from '../mapActions.js';

addEnglish(panelMessages);

/** What every side panel works with. */
export interface PanelContextValue {
  map: EcosystemMap;
  /** Null when this person may not edit: panels show values but change nothing. */
  actions: MapActions | null;
  /** Select these elements on the map (and show them in the panel). */
  select: (ids: string[]) => void;
  /** Show a dataset in the panel (datasets are not drawn on the map; flows carry them). */
  openDataset: (id: string) => void;
  /** Start a new sticky note, pinned to `target` (an actor, flow or dataset id) or free. */
  compose: (target?: string) => void;
  /** Delete, asking first when flows would go too. */
  requestDelete: (removal: Removal) => void;
  /** Brings an element into view on the map. */
  reveal: (id: string) => void;
}

export const PanelContext = createContext<PanelContextValue | null>(null);

export function usePanel(): PanelContextValue {
  const value = useContext(PanelContext);
  if (!value) throw new Error('usePanel outside the map editor');
  return value;
}

/** An actor's name as the panels show it (call while drawing). */
export function nameOf(map: EcosystemMap, actorId: string): string {
  return map.actors.find((a) => a.id === actorId)?.name || translate('map.panel.noName');
}

export const nothing: Removal = { actors: [], flows: [], notes: [], datasets: [] };
