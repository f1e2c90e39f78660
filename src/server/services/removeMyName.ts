import { removeAuthor } from '../../doc/index.js';
import { isWorkBoard, type Participant } from '../../domain/index.js';
import type { AppContext } from '../context.js';
import { writeBoardAsServer } from './writeBoardAsServer.js';

/**
 * A participant takes their name and organisation off a workshop (SPEC K6): the member row is
 * blanked, and every board of the workshop loses their authorship through the live document
 * (writeBoardAsServer: stored, then relayed, so open pages see it and no edit is lost); their
 * notes stay. Their open connections are checked again, so presence shows them as
 * "Participant" from their next move. Resolves with how many notes lost their author.
 */
export async function removeMyName(ctx: AppContext, person: Participant): Promise<number> {
  const who = { participantId: person.id, name: person.name };
  // The row first: should a board fail, the name is gone from what everyone reads, and asking again finishes the boards.
  await ctx.store.blankParticipantName(person.id);
  let notes = 0;
  for (const board of (await ctx.store.listBoards(person.workshopId)).filter(isWorkBoard)) {
    // A board nobody ever opened holds nothing: no document to make for it.
    if (!ctx.live.board(board.id) && (await ctx.store.boardSize(board.id)) === 0) continue;
    notes += await writeBoardAsServer(ctx, board.id, (doc) => removeAuthor(doc, who));
  }
  await ctx.live.accessChanged(person.workshopId);
  ctx.config.log(`participant ${person.id} removed their name from workshop ${person.workshopId} (${notes} note(s) lost their author)`);
  return notes;
}
