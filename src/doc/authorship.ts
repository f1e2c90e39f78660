import * as Y from 'yjs';
import { notesOf } from './boardDoc.js';
import { canvasNotesOf } from './canvas/layout.js';
import { mapNotesOf } from './map/mapLayout.js';
import { reflectionMap } from './reflection/reflectionLayout.js';

/** Who asked to be named no more (SPEC K6): their participant id and the name they wrote under. */
export interface Author {
  participantId: string;
  /** Their name as it was; blank or absent: only what is keyed by id is found. */
  name: string;
}

/**
 * Takes a person's authorship off everything on a board (SPEC K6), keeping the notes:
 * - quick notes (`notes`, the name): the author becomes '' (read as "no author");
 * - map notes (`mapNotes`, the name): `author` removed;
 * - canvas notes (`canvasNotes`: `createdBy` their id, `author` their name): both removed where
 *   either is theirs;
 * - reflection notes (`reflection`, their id): `author` removed.
 * Notes keyed by name alone are found by the name: another person with the very same name on
 * the same board loses it too (when in doubt, name nobody). Returns how many notes changed.
 */
export function removeAuthor(doc: Y.Doc, who: Author): number {
  const name = who.name.trim();
  const byName = (v: unknown) => name !== '' && typeof v === 'string' && v.trim() === name;
  let changed = 0;
  doc.transact(() => {
    for (const note of notesOf(doc)) {
      if (note instanceof Y.Map && byName(note.get('author'))) {
        note.set('author', '');
        changed++;
      }
    }
    for (const note of mapValues(mapNotesOf(doc))) {
      if (byName(note.get('author'))) {
        note.delete('author');
        changed++;
      }
    }
    for (const note of mapValues(canvasNotesOf(doc))) {
      if (note.get('createdBy') === who.participantId || (note.get('createdBy') === undefined && byName(note.get('author')))) {
        note.delete('author');
        note.delete('createdBy');
        changed++;
      }
    }
    for (const note of mapValues(reflectionMap(doc))) {
      if (note.get('author') === who.participantId) {
        note.delete('author');
        changed++;
      }
    }
  });
  return changed;
}

function mapValues(map: Y.Map<unknown>): Y.Map<unknown>[] {
  return [...map.values()].filter((v): v is Y.Map<unknown> => v instanceof Y.Map);
}
