import { readCanvas } from '../../../doc/canvas/index.js';
import { readMap } from '../../../doc/map/index.js';
import { anonymised, readReflection } from '../../../doc/reflection/index.js';
import type { Board } from '../../../domain/index.js';
import type { Canvas } from '../../../domain/canvas/index.js';
import type { Reflection } from '../../../domain/facilitation/index.js';
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

export async function loadCanvas(store: BoardReader, board: Board, log: (line: string) => void): Promise<Canvas> {
  return readCanvas(await loadBoardDoc(store, board.id, log), { id: board.id, title: board.title });
}

/** Always anonymised: the only reading of a reflection a report may make (DESIGN.md "Reflection"). */
export async function loadAnonymisedReflection(store: BoardReader, board: Board, log: (line: string) => void): Promise<Reflection> {
  return anonymised(readReflection(await loadBoardDoc(store, board.id, log)));
}
