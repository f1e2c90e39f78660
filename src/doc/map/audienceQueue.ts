import type * as Y from 'yjs';
import { restoreSuggestion, type Suggestion } from '../../domain/index.js';
import type { Actor, Flow, MapNote } from '../../domain/map/index.js';
import { addActor } from './actorOps.js';
import { addFlow } from './flowOps.js';
import { mapTransact } from './mapLayout.js';
import { addMapNote } from './noteOps.js';

/**
 * The audience's suggestions waiting on a map board (SPEC W5): a top-level Y.Map keyed by
 * suggestion id, each value a plain `Suggestion` set whole. Only the server adds to it (an
 * audience member never writes the board); the board's people accept or dismiss, which
 * removes the entry. Older code leaves this top-level type alone (no new `mapLayout`).
 */
export function audienceQueueOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('audienceQueue');
}

/** The unknown field an accepted suggestion's element carries: kept by every version-1 reader. */
export const fromAudienceField = 'fromAudience';

/** Whether a map element came from the audience (its `extra.fromAudience`). */
export function isFromAudience(element: { extra?: Record<string, unknown> }): boolean {
  return element.extra?.[fromAudienceField] === true;
}

/** The waiting suggestions, oldest first; a value that is not a valid suggestion is skipped. */
export function readSuggestions(doc: Y.Doc): Suggestion[] {
  const out: Suggestion[] = [];
  audienceQueueOf(doc).forEach((value) => {
    const s = restoreSuggestion(value);
    if (s) out.push(s);
  });
  return out.sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1));
}

export function addSuggestion(doc: Y.Doc, suggestion: Suggestion): void {
  doc.transact(() => audienceQueueOf(doc).set(suggestion.id, { ...suggestion }));
}

/** Removes a suggestion from the queue; false when it was gone already (someone else decided). */
export function dismissSuggestion(doc: Y.Doc, id: string): boolean {
  const queue = audienceQueueOf(doc);
  if (!queue.has(id)) return false;
  doc.transact(() => queue.delete(id));
  return true;
}

/**
 * Makes a waiting suggestion a normal element marked from the audience, and takes it off the
 * queue, in one transaction (one update, one undo step). `elementId` is the new element's id.
 * False when it is gone (another person decided first). A flow whose actor was removed meanwhile
 * is refused as `addFlow` refuses it (VALIDATION_FAILED naming the actor).
 */
export function acceptSuggestion(doc: Y.Doc, id: string, elementId: string): boolean {
  const suggestion = restoreSuggestion(audienceQueueOf(doc).get(id));
  if (!suggestion) return false;
  const extra = { [fromAudienceField]: true };
  mapTransact(doc, () => {
    if (suggestion.kind === 'actor') {
      const actor: Actor = { id: elementId, name: suggestion.name, roles: [], tags: [], extra };
      addActor(doc, actor);
    } else if (suggestion.kind === 'flow') {
      const flow: Flow = { id: elementId, from: suggestion.from, to: suggestion.to, kind: 'data', extra };
      if (suggestion.label !== undefined) flow.label = suggestion.label;
      addFlow(doc, flow);
    } else {
      const note: MapNote = { id: elementId, text: suggestion.text, extra };
      addMapNote(doc, note);
    }
    audienceQueueOf(doc).delete(id);
  });
  return true;
}
