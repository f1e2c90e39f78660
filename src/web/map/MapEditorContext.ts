import { createContext, useContext } from 'react';
import { i18n } from '../i18n/index.js';
import { mapWords, type MapWords } from './mapWords.js';

/**
 * What nodes and flow labels need from the editor without passing it through React Flow's
 * node data (which would make every node re-render when a callback changed).
 */
export interface MapEditorContextValue {
  readOnly: boolean;
  /** Selects exactly these elements (a pinned note is not a React Flow node, so it asks here). */
  select: (ids: string[]) => void;
  /** The elements' words in the interface's language (mapWords.ts), new only when it changes. */
  words: MapWords;
}

let wordsOutside: MapWords | null = null;

/**
 * Outside an editor (nothing reads it there today): read-only, its words made when first read in
 * the language then, not when this module loads, before its chunk's messages have arrived in the
 * person's language (i18n `messagesFor`).
 */
const outsideEditor: MapEditorContextValue = {
  readOnly: true,
  select: () => {},
  get words() {
    if (wordsOutside?.locale !== i18n.locale) wordsOutside = mapWords(i18n.locale);
    return wordsOutside;
  },
};

export const MapEditorContext = createContext<MapEditorContextValue>(outsideEditor);

export function useMapEditor(): MapEditorContextValue {
  return useContext(MapEditorContext);
}

/**
 * What is selected, for the few parts that are not React Flow elements (pinned notes). Apart
 * from the context above so that a change of selection re-renders only those parts.
 */
export const SelectionContext = createContext<ReadonlySet<string>>(new Set());

export function useIsSelected(id: string): boolean {
  return useContext(SelectionContext).has(id);
}

/**
 * React Flow's layer for flow labels (.react-flow__edgelabel-renderer), found once. Its own
 * EdgeLabelRenderer looks the layer up with querySelector in a store selector, once per flow
 * and per store update: with hundreds of flows on screen that alone made a drag stutter.
 */
export const LabelLayerContext = createContext<HTMLElement | null>(null);
