import { useQuickNotes } from './useQuickNotes.js';
import { QuickNotesBoard } from './QuickNotesBoard.js';
import type { BoardContentProps } from '../boards/boardContentProps.js';

/** The quick notes board: what BoardContent shows for kinds without an editor of their own. */
export function QuickNotes({ doc, readOnly, disabled, me }: BoardContentProps) {
  const { notes, add } = useQuickNotes(doc);
  return <QuickNotesBoard notes={notes} readOnly={readOnly} disabled={disabled} onAdd={(text) => add(text, me.name)} />;
}
