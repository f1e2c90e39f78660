import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { addQuickNote, notesOf, readQuickNotes, type QuickNote } from '../../doc/index.js';
import { newId } from '../../shared/index.js';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** The board's quick notes (src/doc layout), live as anyone edits them, and a way to add one. */
export function useQuickNotes(doc: Y.Doc | null): { notes: QuickNote[]; add: (text: string, author: string) => void } {
  const [notes, setNotes] = useState<QuickNote[]>([]);

  useEffect(() => {
    if (!doc) {
      setNotes([]);
      return;
    }
    const notesArray = notesOf(doc);
    const update = () => setNotes(readQuickNotes(doc));
    update();
    notesArray.observeDeep(update);
    return () => notesArray.unobserveDeep(update);
  }, [doc]);

  const add = useCallback(
    (text: string, author: string) => {
      if (doc) addQuickNote(doc, { id: newId(randomBytes, 'note'), text, author });
    },
    [doc],
  );
  return { notes, add };
}
