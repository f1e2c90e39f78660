import type * as Y from 'yjs';
import { checkCanvasField, isCalendarDate } from '../../domain/canvas/index.js';
import type { CanvasError } from '../../domain/canvas/index.js';
import { setOrDelete } from './entries.js';
import { canvasSettingsOf } from './layout.js';
import { firstProblem } from './opResult.js';
import type { CanvasOpResult } from './opResult.js';

/** The facilitator's settings of a canvas board, and its link and review date. */
export interface CanvasSettings {
  /** Whether notes may be added without an author. Off unless the facilitator allows it. */
  allowAnonymous: boolean;
  /** Id of the linked ecosystem map. */
  map?: string;
  /** ISO 8601 calendar date. */
  nextReview?: string;
  title?: string;
}

/** `null` clears an optional setting. */
export interface SettingsPatch {
  allowAnonymous?: boolean;
  map?: string | null;
  nextReview?: string | null;
  title?: string;
}

/** Reads the settings, with defaults for anything missing or malformed. */
export function readCanvasSettings(doc: Y.Doc): CanvasSettings {
  const settings = canvasSettingsOf(doc);
  const map = settings.get('map');
  const nextReview = settings.get('nextReview');
  const title = settings.get('title');
  return {
    allowAnonymous: settings.get('allowAnonymous') === true,
    ...(checkCanvasField('id', map, 'map') === undefined ? { map: map as string } : {}),
    ...(isCalendarDate(nextReview) ? { nextReview } : {}),
    ...(checkCanvasField('title', title, 'title') === undefined ? { title: title as string } : {}),
  };
}

export function setSettings(doc: Y.Doc, patch: SettingsPatch): CanvasOpResult {
  const checks: (CanvasError | undefined)[] = [
    patch.allowAnonymous === undefined || typeof patch.allowAnonymous === 'boolean'
      ? undefined
      : { path: 'allowAnonymous', message: 'must be true or false' },
    patch.map === undefined || patch.map === null ? undefined : checkCanvasField('id', patch.map, 'map'),
    patch.nextReview === undefined || patch.nextReview === null ? undefined : checkCanvasField('date', patch.nextReview, 'nextReview'),
    patch.title === undefined ? undefined : checkCanvasField('title', patch.title, 'title'),
  ];
  const result = firstProblem(...checks);
  if (!result.ok) return result;
  const settings = canvasSettingsOf(doc);
  doc.transact(() => {
    if (patch.allowAnonymous !== undefined) settings.set('allowAnonymous', patch.allowAnonymous);
    if (patch.map !== undefined) setOrDelete(settings, 'map', patch.map ?? undefined);
    if (patch.nextReview !== undefined) setOrDelete(settings, 'nextReview', patch.nextReview ?? undefined);
    if (patch.title !== undefined) settings.set('title', patch.title);
  });
  return result;
}
