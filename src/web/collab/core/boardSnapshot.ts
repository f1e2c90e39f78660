import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { ConnectionStatus } from '../connectionStatus.js';
import type { Presence } from '../presence.js';

/** A board's live connection as the page shows it; a new object whenever anything in it changes. */
export interface BoardSnapshot {
  /** The board's Yjs document; null before the session starts and after it ends. Read it with src/doc. */
  doc: Y.Doc | null;
  status: ConnectionStatus;
  /**
   * True once `doc` holds the board: its stored state is applied (GET /api/boards/:id/state),
   * or the first sync is done. Before, `doc` may be empty or partial: a board drawn from
   * elsewhere first (the map, from GET /api/boards/:id/map) keeps that picture until then.
   */
  ready: boolean;
  /** Everyone on the board now, this person included. */
  presence: Presence[];
  /** True when the server opened the board read-only (observers, a locked board), or made it so since. */
  readOnlyScope: boolean;
  /**
   * Whether a facilitator has locked the board, as the server last said over this connection;
   * null until it says (it does on connecting to a locked board, and on every lock or unlock).
   */
  locked: boolean | null;
  /**
   * True while an edit of this person's has waited over `slowSaveMs` for the server to say it
   * is on disk (D1). Quick saves never show, so the badge does not flicker on every edit.
   */
  saving: boolean;
  /** How many audience members watch the board (SPEC W4), as the server last said; they are not in `presence`. */
  watching: number;
  /**
   * The board's awareness (presence, cursors, selections, drags in progress): shared with
   * everyone on the board, never stored. Null when `doc` is.
   */
  awareness: Awareness | null;
}

/** What a board looks like before it is opened and once it is closed. */
export const closedBoard: BoardSnapshot = Object.freeze<BoardSnapshot>({
  doc: null,
  status: { state: 'connecting' },
  ready: false,
  presence: [],
  readOnlyScope: false,
  locked: null,
  saving: false,
  watching: 0,
  awareness: null,
});
