import type * as Y from 'yjs';
import { QuickNotesBoard } from '../../quicknotes/QuickNotesBoard.js';
import { useQuickNotes } from '../../quicknotes/useQuickNotes.js';

interface Props {
  doc: Y.Doc | null;
  readOnly: boolean;
  disabled: boolean;
  author: string;
}

/** The map board's list of quick notes (the Notes tab, under the map's own sticky notes), read live from the document. */
export function MapQuickNotes({ doc, readOnly, disabled, author }: Props) {
  const quickNotes = useQuickNotes(doc);
  return (
    <QuickNotesBoard
      notes={quickNotes.notes}
      readOnly={readOnly}
      disabled={disabled || !doc}
      onAdd={(text) => quickNotes.add(text, author)}
      title="Quick notes"
      empty="No quick notes in this list yet."
    />
  );
}
