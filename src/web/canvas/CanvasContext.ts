import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { CanvasOpResult } from '../../doc/canvas/index.js';
import type { MessageKey } from '../i18n/index.js';
import type { RoundVotes } from './useRoundVotes.js';

/**
 * What every part of the canvas view needs to change the board, shared through context so
 * that a note three levels down does not take eight props. Reading goes through the `Canvas`
 * value passed down; writing goes through `edit`, which is the one place that checks
 * `canEdit` and shows a refusal.
 */
export interface CanvasEditor {
  doc: Y.Doc;
  /** False for observers, read-only or refused connections, and canvases of a newer layout. */
  canEdit: boolean;
  /** Each note's dots in the voting rounds on this canvas (SPEC V5), for saved versions and imports. */
  roundVotes: RoundVotes;
  /** The participant id recorded as a note's creator, when known (never on anonymous notes). */
  participantId: string | null;
  /** The author name written on new notes. */
  myName: string;
  isFacilitator: boolean;
  allowAnonymous: boolean;
  /** The browser's local date, `YYYY-MM-DD`. */
  today: string;
  /**
   * Runs one canvas operation. A refusal (over a length limit, a note a peer just deleted)
   * is shown in the canvas's alert area, in the message `what` with the reason as its `{reason}`
   * (`canvas.problem.noteNotMoved`: "Could not move the note: {reason}").
   */
  edit: (what: MessageKey, op: (doc: Y.Doc) => CanvasOpResult) => CanvasOpResult;
  /** Runs one operation and only answers: for forms, which show a refusal beside their fields. */
  tryEdit: (op: (doc: Y.Doc) => CanvasOpResult) => CanvasOpResult;
  /** A fresh random id for a note, action or version. */
  newId: (prefix: string) => string;
}

export const CanvasContext = createContext<CanvasEditor | null>(null);

export function useCanvasEditor(): CanvasEditor {
  const editor = useContext(CanvasContext);
  if (!editor) throw new Error('useCanvasEditor is used outside <EthicsCanvas>');
  return editor;
}
