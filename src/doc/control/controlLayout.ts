import type * as Y from 'yjs';

/**
 * The Yjs layout of a workshop's control document (one per workshop), version 1. Only
 * facilitators write it (the server enforces that); everyone in the workshop reads it.
 *
 * - `meta` (Y.Map): `layout` (number, this version), `kind` ('workshop-control').
 * - `live` (Y.Map):
 *   - `activity`: a Y.Map `{ activityId, durationMs, startedAt, elapsedBeforeMs }` for the
 *     activity running now, or null. Starting an activity puts in a new map, so the activity
 *     and its timer change together, and a timer change someone makes at the same moment to
 *     the previous activity's map is dropped with it. Within one run the timer fields are
 *     separate keys, so a pause and an "add minutes" made at once both survive.
 *   - `spotlight`: `{ groupId, boardId }` or null — a plain value, replaced whole.
 *   - `gather`: `{ target, seq, viewport? }` or null, and `gatherSeq`: the last seq handed
 *     out, kept when `gather` is cleared so the next call still counts up. `viewport`
 *     `{ x, y, zoom }` (the board point at the middle of the facilitator's map, and the zoom)
 *     is optional: gathers written before it existed, and to the plenary view, have none.
 *   - `votingRoundId`: the current round's id, or null.
 *   - `rosterSeq`: a counter moved on whenever groups or projects change (rosterControl.ts),
 *     so every screen fetches the workshop again. Absent reads as 0.
 * - `votingRounds` (Y.Map): round id → `{ id, boardId, votesPerPerson, reveal, status }`, every
 *   round of the workshop, so past results can still be read from the boards.
 * - `handsLowered` (Y.Map): participant id → the `at` of the hand a facilitator last lowered.
 *   Raised hands are not here: see hands.ts.
 * - `privateRounds` (Y.Map): board id → `{ boardId, openedAt }` while a private round is open on
 *   that board (privateRoundControl.ts). Written by the server; absent in older documents (none open).
 * - `activitiesStarted` (Y.Map): activity id → the server-clock ms it was first started, so an
 *   activity passed over (the facilitator started a later one) reads as skipped, not done.
 *   Empty in documents written before it existed: then nothing can be told skipped.
 *
 * Plain values are replaced whole, so two facilitators writing at once can never leave a
 * spotlight with one's group and the other's board. Keys and types this version does not know
 * are left untouched (forward compatibility, as for boards).
 */
export const controlLayout = 1;
export const controlKind = 'workshop-control';

export const controlMeta = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta');
export const liveMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('live');
export const votingRoundsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('votingRounds');
export const handsLoweredMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('handsLowered');
export const privateRoundsMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('privateRounds');
export const activitiesStartedMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('activitiesStarted');

/** Names every top-level type (writes nothing), so `doc.toJSON()` shows them all. */
export function declareControlTypes(doc: Y.Doc): void {
  controlMeta(doc);
  liveMap(doc);
  votingRoundsMap(doc);
  handsLoweredMap(doc);
  privateRoundsMap(doc);
  activitiesStartedMap(doc);
}

/** Marks a document as a control document of this layout. Idempotent; every writer calls it. */
export function initControlDoc(doc: Y.Doc): void {
  const meta = controlMeta(doc);
  if (meta.get('layout') !== undefined) return;
  doc.transact(() => {
    meta.set('layout', controlLayout);
    meta.set('kind', controlKind);
  });
}

/** Runs `write` in one transaction (one update on the wire) on an initialised document. */
export function writeControl<T>(doc: Y.Doc, write: () => T): T {
  let result: T | undefined;
  doc.transact(() => {
    initControlDoc(doc);
    result = write();
  });
  return result as T;
}
