import * as Y from 'yjs';
import { addQuickNote, notesOf } from '../../doc/boardDoc.js';
import { markPrivateRoundEnded, markPrivateRoundOpen } from '../../doc/control/index.js';
import { addReflectionNote, reflectionMap } from '../../doc/reflection/index.js';
import { boardKindLabels, isLocked, isWorkBoard, restore, type Board, type Participant } from '../../domain/index.js';
import {
  hasPrivateRounds,
  maxPrivateNotesPerPerson,
  maxQuickNoteLength,
  privateNoteRequest,
  type PrivateNote,
  type PrivateRound,
} from '../../domain/facilitation/index.js';
import { AppError } from '../../shared/index.js';
import type { AppContext } from '../context.js';
import { makeId } from './random.js';
import { freshClientId, writeBoardAsServer } from './writeBoardAsServer.js';

/**
 * Private rounds (SPEC R1–R7): the server holds each participant's notes in the store, apart
 * from every document a client receives, and shows them to their writer alone until a
 * facilitator reveals the round: then it writes them all into the board in one Yjs
 * transaction and deletes them from the store, scrubbing their bytes. The control document
 * says which boards have a round open (never what is in it), so every page knows at once.
 */

/** The board kinds without rounds, and a locked board, are refused here, before anything is stored. */
function requireRoundBoard(board: Board): void {
  if (!isWorkBoard(board)) throw new AppError('BOARD_NOT_FOUND');
  if (!hasPrivateRounds(board.kind))
    throw new AppError('NOT_FOUND', `A ${boardKindLabels[board.kind].toLowerCase()} board has no private rounds`);
  if (isLocked(board)) throw new AppError('BOARD_LOCKED');
}

async function controlDocId(ctx: AppContext, workshopId: string): Promise<string | null> {
  return (await ctx.store.listBoards(workshopId)).find((b) => !isWorkBoard(b))?.id ?? null;
}

/** Opens a round on the board (R1); one already open stays as it was, so two facilitators clicking at once open one. */
export async function openPrivateRound(ctx: AppContext, board: Board, openedBy: string): Promise<PrivateRound> {
  requireRoundBoard(board);
  const round = await ctx.store.openPrivateRound({
    boardId: board.id,
    workshopId: board.workshopId,
    openedBy,
    openedAt: ctx.config.now().toISOString(),
  });
  const control = await controlDocId(ctx, board.workshopId);
  if (control) await writeBoardAsServer(ctx, control, (doc) => markPrivateRoundOpen(doc, { boardId: board.id, openedAt: round.openedAt }));
  ctx.config.log(`private round opened on board ${board.id}`);
  return round;
}

/** Holds a participant's note back (R2): stored apart, shown to them alone. */
export async function addPrivateNote(
  ctx: AppContext,
  board: Board,
  writer: Participant,
  body: unknown,
  mayWrite: boolean,
): Promise<PrivateNote> {
  requireRoundBoard(board);
  if (!mayWrite) throw new AppError('READ_ONLY', 'This board is read-only for you just now (another group’s board is in the spotlight)');
  if (!(await ctx.store.getPrivateRound(board.id))) throw new AppError('NO_PRIVATE_ROUND');
  const request = restore(privateNoteRequest, body);
  if (board.kind === 'reflection' && request.column === undefined)
    throw new AppError('VALIDATION_FAILED', 'column: is required on a reflection board');
  if (board.kind !== 'reflection' && request.column !== undefined)
    throw new AppError('VALIDATION_FAILED', 'column: a map’s notes have no column');
  if (board.kind !== 'reflection' && request.text.length > maxQuickNoteLength)
    throw new AppError('VALIDATION_FAILED', `text: is longer than ${maxQuickNoteLength} characters`);
  const held = await ctx.store.listPrivateNotes(board.id);
  if (held.filter((n) => n.participantId === writer.id).length >= maxPrivateNotesPerPerson)
    throw new AppError('PRIVATE_ROUND_FULL', `You hold ${maxPrivateNotesPerPerson} notes in this round already`);
  const note: PrivateNote = {
    id: makeId(board.kind === 'reflection' ? 'refl' : 'note'),
    boardId: board.id,
    participantId: writer.id,
    text: request.text,
    column: request.column ?? null,
    // Only a reflection note can be anonymous: a map's quick notes carry their writer's name.
    anonymous: board.kind === 'reflection' && request.anonymous,
    authorName: writer.name,
    createdAt: ctx.config.now().toISOString(),
  };
  await requireRoomOnBoard(ctx, board, [...held, note]);
  await ctx.store.addPrivateNote(note);
  return note;
}

/** The bytes `notes` add to a board when they are revealed: written as the reveal writes them, into an empty document. */
function revealedBytes(board: Board, notes: PrivateNote[]): number {
  const scratch = new Y.Doc();
  try {
    writeRevealed(scratch, board, notes);
    return Y.encodeStateAsUpdate(scratch).length;
  } finally {
    scratch.destroy();
  }
}

/**
 * The board's size limit (SPEC L2) counts the notes held back in its round (R2): a note that
 * would take the board's stored bytes and the round's notes, revealed, past `maxDocumentBytes`
 * is refused, so the reveal fits. (The stored size is every instance's acknowledged edits.)
 */
async function requireRoomOnBoard(ctx: AppContext, board: Board, notes: PrivateNote[]): Promise<void> {
  const limit = ctx.config.limits.maxDocumentBytes;
  const size = (await ctx.store.boardSize(board.id)) + revealedBytes(board, notes);
  if (size > limit)
    throw new AppError(
      'DOCUMENT_TOO_LARGE',
      `With the notes held back in this round, the board would hold ${size} bytes, over the limit of ${limit}: ask the facilitator to reveal the round, or remove content from the board first`,
    );
}

/** Takes back one of the writer's own held-back notes (R2): deleted and scrubbed, never revealed. */
export async function takeBackPrivateNote(
  ctx: AppContext,
  board: Board,
  writer: Participant,
  noteId: string,
  mayWrite: boolean,
): Promise<void> {
  requireRoundBoard(board);
  if (!mayWrite) throw new AppError('READ_ONLY', 'This board is read-only for you just now (another group’s board is in the spotlight)');
  if (!(await ctx.store.getPrivateRound(board.id))) throw new AppError('NO_PRIVATE_ROUND');
  if (!(await ctx.store.deletePrivateNote(board.id, writer.id, noteId)))
    throw new AppError('NOT_FOUND', 'You hold no such note in this round (revealed or taken back already)');
}

/** Writes held-back notes into a board as its own (R4). A note already there (a reveal cut short) is not written twice. */
function writeRevealed(doc: Y.Doc, board: Board, notes: PrivateNote[]): number {
  let written = 0;
  if (board.kind === 'reflection') {
    for (const n of notes) {
      if (reflectionMap(doc).has(n.id) || n.column === null) continue;
      const author = n.anonymous ? undefined : n.participantId;
      // An anonymous note gets a client id of its own, as on the page (src/doc/reflection/README.md).
      addReflectionNote(
        doc,
        { id: n.id, text: n.text, column: n.column, createdAt: n.createdAt, ...(author ? { author } : {}) },
        {
          anonymousClientId: freshClientId(doc),
        },
      );
      written++;
    }
    return written;
  }
  const existing = new Set(notesOf(doc).map((m) => m.get('id')));
  for (const n of notes) {
    if (existing.has(n.id)) continue;
    addQuickNote(doc, { id: n.id, text: n.text, author: n.authorName });
    written++;
  }
  return written;
}

/**
 * A reveal's claim older than this is taken to be from an instance that died mid-reveal, and
 * another reveal may take the round over (writing a note already on the board does nothing, R4).
 * A reveal writes at most a few thousand short notes: seconds, far under this.
 */
export const revealClaimStaleMs = 5 * 60_000;

/**
 * Reveals the board's round (R4): first claims it in the store (a compare-and-set on its row,
 * so of two reveals at once, on this instance or another, one writes and the other reveals
 * nothing, and no note can be added or taken back after the claim); then every held-back note
 * into the board in one transaction (on disk before anything is deleted), then the round and
 * its notes deleted and scrubbed (R5), and the control document told.
 */
export async function revealPrivateRound(ctx: AppContext, board: Board): Promise<{ revealed: number }> {
  requireRoundBoard(board);
  const now = ctx.config.now();
  const staleBefore = new Date(now.getTime() - revealClaimStaleMs).toISOString();
  if (!(await ctx.store.claimPrivateRoundReveal(board.id, now.toISOString(), staleBefore))) return { revealed: 0 };
  const notes = await ctx.store.listPrivateNotes(board.id);
  const revealed = notes.length === 0 ? 0 : await writeBoardAsServer(ctx, board.id, (doc) => writeRevealed(doc, board, notes));
  await ctx.store.endPrivateRound(board.id);
  const control = await controlDocId(ctx, board.workshopId);
  if (control) await writeBoardAsServer(ctx, control, (doc) => markPrivateRoundEnded(doc, board.id));
  ctx.config.log(`private round revealed on board ${board.id}: ${revealed} note(s)`);
  return { revealed };
}

/** How many notes each person holds back (R3): what a facilitator sees, never the text. */
export async function privateNoteCounts(
  ctx: AppContext,
  board: Board,
): Promise<{
  counts: { participantId: string; name: string; groupId: string | null; notes: number }[];
  anonymousNotes: number;
  writers: number;
}> {
  const [notes, people] = await Promise.all([ctx.store.listPrivateNotes(board.id), ctx.store.listParticipants(board.workshopId)]);
  // Notes posted anonymously are counted together, never by their writer: a count per name would
  // tell the facilitator whose the anonymous note is once it is revealed (SPEC R3).
  const counts = new Map<string, number>();
  let anonymousNotes = 0;
  for (const n of notes) {
    if (n.anonymous) anonymousNotes++;
    else counts.set(n.participantId, (counts.get(n.participantId) ?? 0) + 1);
  }
  return {
    counts: people
      .filter((p) => counts.has(p.id))
      .map((p) => ({ participantId: p.id, name: p.name, groupId: p.groupId, notes: counts.get(p.id) ?? 0 })),
    anonymousNotes,
    writers: new Set(notes.map((n) => n.participantId)).size,
  };
}

/** After a board with a round open was deleted (R6): the control document stops saying a round is on. */
export async function forgetPrivateRound(ctx: AppContext, board: Board): Promise<void> {
  const control = await controlDocId(ctx, board.workshopId);
  if (control) await writeBoardAsServer(ctx, control, (doc) => markPrivateRoundEnded(doc, board.id));
}
