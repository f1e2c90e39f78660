import type { Board, Group, Project, Workshop } from '../../domain/index.js';
import type { BoardState, Store } from '../store/Store.js';

/** What exports, pictures and reports read of the store. */
export type StoreReader = Pick<Store, 'getWorkshop' | 'listProjects' | 'listGroups' | 'getBoard' | 'listBoards' | 'loadBoardState'>;

/**
 * The part of the store one file job reads, taken on the main thread (a few queries, no
 * decoding) and sent to a worker thread, which reads it through `snapshotReader` with the
 * same functions the CLI runs on the store itself.
 */
export interface StoreSnapshot {
  workshop: Workshop | null;
  projects: Project[];
  groups: Group[];
  boards: Board[];
  /** Stored state of the boards the job reads, by board id. */
  states: Record<string, BoardState>;
}

/** The snapshot of one board, for its export or picture. */
export async function boardSnapshot(store: Store, board: Board): Promise<StoreSnapshot> {
  return { workshop: null, projects: [], groups: [], boards: [board], states: { [board.id]: await store.loadBoardState(board.id) } };
}

/** The snapshot of a workshop with the stored state of the boards of the kinds in `kinds`. */
export async function workshopSnapshot(store: Store, workshopId: string, kinds: readonly Board['kind'][]): Promise<StoreSnapshot> {
  const [workshop, projects, groups, boards] = await Promise.all([
    store.getWorkshop(workshopId),
    store.listProjects(workshopId),
    store.listGroups(workshopId),
    store.listBoards(workshopId),
  ]);
  const states: Record<string, BoardState> = {};
  // One board at a time: a report of many boards does not hold every connection of the pool.
  for (const board of boards) if (kinds.includes(board.kind)) states[board.id] = await store.loadBoardState(board.id);
  return { workshop, projects, groups, boards, states };
}

/** Reads a snapshot as the store would answer; a board outside it has nothing stored. */
export function snapshotReader(snapshot: StoreSnapshot): StoreReader {
  const empty: BoardState = { compacted: null, compactedSeq: 0, updates: [] };
  return {
    getWorkshop: async (id) => (snapshot.workshop?.id === id ? snapshot.workshop : null),
    listProjects: async () => snapshot.projects,
    listGroups: async () => snapshot.groups,
    getBoard: async (id) => snapshot.boards.find((b) => b.id === id) ?? null,
    listBoards: async () => snapshot.boards,
    loadBoardState: async (id) => snapshot.states[id] ?? empty,
  };
}
