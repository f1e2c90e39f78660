import type * as Y from 'yjs';
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
  if ((await ctx.store.listPrivateNotes(board.id, writer.id)).length >= maxPrivateNotesPerPerson)
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
  await ctx.store.addPrivateNote(note);
  return note;
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
 * Reveals the board's round (R4): every held-back note into the board in one transaction (on
 * disk before anything is deleted), then the round and its notes deleted and scrubbed (R5), and
 * the control document told. With no round open it reveals nothing (a second facilitator's click).
 */
export function revealPrivateRound(ctx: AppContext, board: Board): Promise<{ revealed: number }> {
  requireRoundBoard(board);
  return oneRevealAtATime(board.id, async () => {
    if (!(await ctx.store.getPrivateRound(board.id))) return { revealed: 0 };
    let revealed = 0;
    const written = new Set<string>();
    // Notes are written while the round is still open, so one added during the write (its
    // writer was answered 201) is caught by the next pass rather than deleted unseen; the
    // round ends once a pass finds nothing new.
    for (;;) {
      const fresh = (await ctx.store.listPrivateNotes(board.id)).filter((n) => !written.has(n.id));
      if (fresh.length === 0) break;
      revealed += await writeBoardAsServer(ctx, board.id, (doc) => writeRevealed(doc, board, fresh));
      for (const n of fresh) written.add(n.id);
    }
    await ctx.store.endPrivateRound(board.id);
    const control = await controlDocId(ctx, board.workshopId);
    if (control) await writeBoardAsServer(ctx, control, (doc) => markPrivateRoundEnded(doc, board.id));
    ctx.config.log(`private round revealed on board ${board.id}: ${revealed} note(s)`);
    return { revealed };
  });
}

/**
 * Reveals of one board run one after the other in this process: two facilitators pressing
 * "Reveal" at once would otherwise each write the notes from a copy made before the other's
 * write arrived, and a quick note would show twice.
 */
const reveals = new Map<string, Promise<unknown>>();
function oneRevealAtATime<T>(boardId: string, run: () => Promise<T>): Promise<T> {
  const before = reveals.get(boardId) ?? Promise.resolve();
  const mine = before.catch(() => {}).then(run);
  const settled = mine.catch(() => {});
  reveals.set(boardId, settled);
  void settled.then(() => {
    if (reveals.get(boardId) === settled) reveals.delete(boardId);
  });
  return mine;
}

/** How many notes each person holds back (R3): what a facilitator sees, never the text. */
export async function privateNoteCounts(
  ctx: AppContext,
  board: Board,
): Promise<{ counts: { participantId: string; name: string; groupId: string | null; notes: number }[]; anonymousNotes: number; writers: number }> {
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
    counts: people.filter((p) => counts.has(p.id)).map((p) => ({ participantId: p.id, name: p.name, groupId: p.groupId, notes: counts.get(p.id) ?? 0 })),
    anonymousNotes,
    writers: new Set(notes.map((n) => n.participantId)).size,
  };
}

/** After a board with a round open was deleted (R6): the control document stops saying a round is on. */
export async function forgetPrivateRound(ctx: AppContext, board: Board): Promise<void> {
  const control = await controlDocId(ctx, board.workshopId);
  if (control) await writeBoardAsServer(ctx, control, (doc) => markPrivateRoundEnded(doc, board.id));
}
