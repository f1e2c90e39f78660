import { createContext, useContext } from 'react';
import type { EcosystemMap } from '../../../domain/map/index.js';
import type { MapActions, Removal } from '../mapActions.js';

/**
 * What every side panel works with. The editor provides it at start; the panels, and their
 * words, load when one opens (panelNames.ts has what needs words).
 */
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

export const nothing: Removal = { actors: [], flows: [], notes: [], datasets: [] };
