import placeMessages from 'virtual:messages/en/place';
import type { Destination } from '../../domain/facilitation/index.js';
import { homePlace, plenaryPlace, type Place } from '../collab/index.js';
import type { BoardSummary } from '../apiTypes.js';
import { addEnglish, translate } from '../i18n/index.js';

addEnglish(placeMessages);

/** Pages of a workshop, as addresses. */
export const workshopPath = (workshopId: string) => `/w/${encodeURIComponent(workshopId)}`;
export const plenaryPath = (workshopId: string) => `${workshopPath(workshopId)}/plenary`;
export const boardPath = (boardId: string) => `/b/${encodeURIComponent(boardId)}`;

/** The page a destination (domain liveState.ts) is shown on. */
export function pathOf(workshopId: string, destination: Pick<Destination, 'view'> & { boardId?: string }): string {
  return destination.view === 'board' && destination.boardId ? boardPath(destination.boardId) : plenaryPath(workshopId);
}

/**
 * Where someone is, in words: a board's title, "Plenary view", "Workshop home", in the page's
 * language (called while drawing, from components that use `useI18n`).
 */
export function placeLabel(at: Place | null, boards: readonly BoardSummary[]): string {
  if (at === null) return translate('place.elsewhere');
  if (at === plenaryPlace) return translate('place.plenary');
  if (at === homePlace) return translate('place.home');
  return boards.find((b) => b.id === at)?.title ?? translate('place.board');
}
