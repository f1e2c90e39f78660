import { z } from 'zod';
import type { BoardKind } from '../workshop.js';
import { maxReflectionTextLength, reflectionColumns, type ReflectionColumn } from './reflection.js';

/**
 * A private round on a board (SPEC R): while it is open, each participant's new notes are held
 * by the server, seen by their writer alone, until a facilitator reveals them all at once into
 * the board. Notes go where the board keeps its own: a map board's quick notes, a reflection
 * board's columns. Other kinds have no round.
 */
export interface PrivateRound {
  boardId: string;
  workshopId: string;
  /** Who opened it: `account:<id>` for a facilitator account, else a participant id (a facilitator invite). */
  openedBy: string;
  openedAt: string;
}

/** A note held back during a round. `column` is a reflection note's; null for a quick note. */
export interface PrivateNote {
  id: string;
  boardId: string;
  participantId: string;
  text: string;
  column: ReflectionColumn | null;
  /** A reflection note posted anonymously: revealed without its author (src/doc/reflection). */
  anonymous: boolean;
  /** The writer's name as the page would write it on a quick note; revealed with the note unless anonymous. */
  authorName: string;
  createdAt: string;
}

/** Board kinds a private round can run on. */
export const privateRoundKinds = ['ecosystem-map', 'reflection'] as const satisfies readonly BoardKind[];

export function hasPrivateRounds(kind: string): boolean {
  return (privateRoundKinds as readonly string[]).includes(kind);
}

/** A quick note's text limit, as the notes form has it. */
export const maxQuickNoteLength = 500;
/** How many notes one person may hold back in one round: past it, they wait for the reveal. */
export const maxPrivateNotesPerPerson = 100;

/** What a participant sends to add a private note (POST /api/boards/:id/private-notes). */
export const privateNoteRequest = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, 'is empty: write something first')
      .max(maxReflectionTextLength, `is longer than ${maxReflectionTextLength} characters`),
    column: z.enum(reflectionColumns).optional(),
    anonymous: z.boolean().default(false),
  })
  .strict();
export type PrivateNoteRequest = z.infer<typeof privateNoteRequest>;

/** How many notes each person holds back in a round: what a facilitator sees before the reveal. */
export interface PrivateNoteCount {
  participantId: string;
  notes: number;
}
