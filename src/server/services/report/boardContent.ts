import { readCanvas } from '../../../doc/canvas/index.js';
import { canvasRoundVotes, type IsVoter } from '../../../doc/control/index.js';
import { readMap } from '../../../doc/map/index.js';
import { anonymised, readReflection } from '../../../doc/reflection/index.js';
import type { Board } from '../../../domain/index.js';
import type { Canvas } from '../../../domain/canvas/index.js';
import type { Reflection, VotingRound } from '../../../domain/facilitation/index.js';
import type { EcosystemMap } from '../../../domain/map/index.js';
import type { BoardLog } from '../../store/Store.js';
import { loadBoardDoc } from '../boardDoc.js';

/** What loading a board needs of the store (a snapshot of it will do: workers/storeSnapshot.ts). */
type BoardReader = Pick<BoardLog, 'loadBoardState'>;

/**
 * What a board holds now, read from the store's log (every acknowledged edit, not a snapshot
 * that may lag), named after the board when it has no title of its own, as exports are.
 */

export async function loadMap(store: BoardReader, board: Board, log: (line: string) => void): Promise<EcosystemMap> {
  const { map } = readMap(await loadBoardDoc(store, board.id, log));
  return { ...map, id: map.id ?? board.id, title: map.title || board.title };
}

/** A canvas whose notes' votes hold their dots in the workshop's voting `rounds` on it (SPEC V5), as its export does. */
export async function loadCanvas(
  store: BoardReader,
  board: Board,
  log: (line: string) => void,
  votes: { rounds: readonly VotingRound[]; isVoter: IsVoter },
): Promise<Canvas> {
  const doc = await loadBoardDoc(store, board.id, log);
  return readCanvas(doc, { id: board.id, title: board.title }, canvasRoundVotes(doc, board.id, votes.rounds, votes.isVoter));
}

/** Always anonymised: the only reading of a reflection a report may make (DESIGN.md "Reflection"). */
export async function loadAnonymisedReflection(store: BoardReader, board: Board, log: (line: string) => void): Promise<Reflection> {
  return anonymised(readReflection(await loadBoardDoc(store, board.id, log)));
}
