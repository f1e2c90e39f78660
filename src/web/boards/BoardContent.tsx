import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { BoardKind, Role } from '../../domain/index.js';
import { EthicsCanvas } from '../canvas/EthicsCanvas.js';
import { useQuickNotes } from '../collab/index.js';
import { MapBoard } from '../map/MapBoard.js';
import { QuickNotesBoard } from '../components/QuickNotesBoard.js';
import { ReflectionBoard } from '../reflection/ReflectionBoard.js';

export interface BoardContentProps {
  kind: BoardKind;
  doc: Y.Doc | null;
  awareness: Awareness | null;
  readOnly: boolean;
  /** The connection is refused or not set up: nothing can be edited. */
  disabled: boolean;
  /** `id` is stable for a person across tabs and renames: a participant's id, or `account:<id>` for a facilitator account. */
  me: { id: string; name: string; role: Role };
  /** The board's id (the canvas links a map and names its exports by it). */
  boardId?: string;
  /** The board's workshop: its other boards (a canvas's linked map) open under it. */
  workshopId?: string;
  /** Shown to the room on the projector (facilitation/PresenterView): the board alone, without tools. */
  presenting?: boolean;
}

/**
 * What a board shows, by kind: each kind's editor lives in its own folder (map/, canvas/,
 * reflection/) and takes its case here. Kinds without an editor yet show the quick notes.
 */
export function BoardContent(props: BoardContentProps) {
  switch (props.kind) {
    case 'ecosystem-map':
      return <MapBoard {...props} />;
    case 'ethics-canvas':
      return <EthicsCanvas {...props} />;
    case 'reflection':
      return <ReflectionBoard {...props} />;
    default:
      return <QuickNotes {...props} />;
  }
}

function QuickNotes({ doc, readOnly, disabled, me }: BoardContentProps) {
  const { notes, add } = useQuickNotes(doc);
  return <QuickNotesBoard notes={notes} readOnly={readOnly} disabled={disabled} onAdd={(text) => add(text, me.name)} />;
}
