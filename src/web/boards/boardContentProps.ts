import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { BoardKind, Role } from '../../domain/index.js';

/** What BoardContent passes every board kind (in its own file so a kind's module can name it without a cycle). */
export interface BoardContentProps {
  kind: BoardKind;
  doc: Y.Doc | null;
  /**
   * Whether `doc` holds the board yet (its stored state applied, or synced: collab's
   * `BoardSnapshot.ready`). A kind that draws the board from elsewhere first (the map, from
   * GET /api/boards/:id/map) keeps that picture until then. Default true.
   */
  docReady?: boolean;
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
