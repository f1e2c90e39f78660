import { controlDocumentKind, type Board, type Group, type Participant, type Project, type Workshop } from '../../domain/index.js';
import type { BoardLog, BoardState, WorkshopRecords } from '../store/Store.js';

/** What exports, pictures and reports read of the store: a few records and boards' logs, nothing written. */
export type StoreReader = Pick<
  WorkshopRecords,
  'getWorkshop' | 'listProjects' | 'listGroups' | 'listParticipants' | 'getBoard' | 'listBoards'
> &
  Pick<BoardLog, 'loadBoardState'>;

/**
 * The part of the store one file job reads, taken on the main thread (a few queries, no
 * decoding) and sent to a worker thread, which reads it through `snapshotReader` with the
 * same functions the CLI runs on the store itself.
 */
export interface StoreSnapshot {
  workshop: Workshop | null;
  projects: Project[];
  groups: Group[];
  /** Who took part (the report counts them by organisation, and only they may vote). */
  participants: Participant[];
  boards: Board[];
  /** Stored state of the boards the job reads, by board id. */
  states: Record<string, BoardState>;
}

/** The snapshot of one board, for its export or picture, with its workshop (whose language a picture's words follow). */
export async function boardSnapshot(
  store: Pick<BoardLog, 'loadBoardState'> & Pick<WorkshopRecords, 'getWorkshop'>,
  board: Board,
): Promise<StoreSnapshot> {
  return {
    workshop: await store.getWorkshop(board.workshopId),
    projects: [],
    groups: [],
    participants: [],
    boards: [board],
    states: { [board.id]: await store.loadBoardState(board.id) },
  };
}

/**
 * The snapshot of a canvas board for its export: the board, and the workshop's control document
 * and participants, whose voting rounds on the canvas count in its notes' votes (SPEC V5).
 */
export async function canvasSnapshot(store: StoreReader, board: Board): Promise<StoreSnapshot> {
  const [boards, participants] = await Promise.all([store.listBoards(board.workshopId), store.listParticipants(board.workshopId)]);
  const control = boards.find((b) => b.kind === controlDocumentKind);
  const states: Record<string, BoardState> = { [board.id]: await store.loadBoardState(board.id) };
  if (control) states[control.id] = await store.loadBoardState(control.id);
  return { workshop: null, projects: [], groups: [], participants, boards: control ? [board, control] : [board], states };
}

/** The snapshot of a workshop with the stored state of the boards `wanted` picks. */
export async function workshopSnapshot(store: StoreReader, workshopId: string, wanted: (board: Board) => boolean): Promise<StoreSnapshot> {
  const [workshop, projects, groups, participants, boards] = await Promise.all([
    store.getWorkshop(workshopId),
    store.listProjects(workshopId),
    store.listGroups(workshopId),
    store.listParticipants(workshopId),
    store.listBoards(workshopId),
  ]);
  const states: Record<string, BoardState> = {};
  // One board at a time: a report of many boards does not hold every connection of the pool.
  for (const board of boards) if (wanted(board)) states[board.id] = await store.loadBoardState(board.id);
  return { workshop, projects, groups, participants, boards, states };
}

/** Reads a snapshot as the store would answer; a board outside it has nothing stored. */
export function snapshotReader(snapshot: StoreSnapshot): StoreReader {
  const empty: BoardState = { compacted: null, compactedSeq: 0, updates: [] };
  return {
    getWorkshop: async (id) => (snapshot.workshop?.id === id ? snapshot.workshop : null),
    listProjects: async () => snapshot.projects,
    listGroups: async () => snapshot.groups,
    listParticipants: async () => snapshot.participants,
    getBoard: async (id) => snapshot.boards.find((b) => b.id === id) ?? null,
    listBoards: async () => snapshot.boards,
    loadBoardState: async (id) => snapshot.states[id] ?? empty,
  };
}
