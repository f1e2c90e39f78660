import * as Y from 'yjs';
import { checkCanvasField } from '../../domain/canvas/index.js';
import { noSuchNote, noteEntry } from './entries.js';
import { firstProblem, ok } from './opResult.js';
import type { CanvasOpResult } from './opResult.js';

/**
 * Votes are keys of the note's `votes` map, one per voter id: voting again, or from two tabs
 * at once, writes the same key, so a person's vote counts once. Voter ids are visible to the
 * board's members (as dots on a paper canvas are).
 */
function votesOf(entry: Y.Map<unknown>): Y.Map<unknown> | undefined {
  const votes = entry.get('votes');
  return votes instanceof Y.Map ? (votes as Y.Map<unknown>) : undefined;
}

/** +1 from `voterId`; voting again changes nothing. */
export function vote(doc: Y.Doc, noteId: string, voterId: string): CanvasOpResult {
  const problem = firstProblem(checkCanvasField('id', voterId, 'voterId'));
  if (!problem.ok) return problem;
  const entry = noteEntry(doc, noteId);
  if (!entry) return noSuchNote(noteId);
  let votes = votesOf(entry);
  if (votes?.get(voterId) === true) return ok;
  doc.transact(() => {
    if (!votes) {
      // Only for a note a peer wrote without a votes map.
      votes = new Y.Map<unknown>();
      entry.set('votes', votes);
    }
    votes.set(voterId, true);
  });
  return ok;
}

/** Takes `voterId`'s vote back; without a vote, nothing changes. */
export function unvote(doc: Y.Doc, noteId: string, voterId: string): CanvasOpResult {
  const entry = noteEntry(doc, noteId);
  if (!entry) return noSuchNote(noteId);
  const votes = votesOf(entry);
  if (votes?.has(voterId)) votes.delete(voterId);
  return ok;
}

/** Whether `voterId` has voted for the note (for showing the vote button pressed). */
export function hasVoted(doc: Y.Doc, noteId: string, voterId: string): boolean {
  const entry = noteEntry(doc, noteId);
  return entry !== undefined && votesOf(entry)?.get(voterId) === true;
}
