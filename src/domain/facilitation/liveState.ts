import { boardAccess } from '../access.js';
import { checkedFrom, checkNumber, checkText, isRecord, isTextOfLength, notAnObject, type Checked, type Issue } from '../plainChecks.js';
import type { Board, Participant } from '../workshop.js';
import type { TimerState } from './timer.js';
import type { VotingRound } from './voting.js';

/**
 * What is happening in a workshop right now, as every screen sees it. The facilitators write
 * it (src/doc/control holds it in a Yjs document); everyone else reads it and works out where
 * to be with `destinationFor`, a pure function of this state, so a client that reconnects
 * after missing every change lands where everyone else is.
 */

/** One group's board put on every screen. The group is named so screens can say whose it is. */
export interface Spotlight {
  groupId: string;
  boardId: string;
}

/** A place in the workshop: a board, or the plenary view (agenda, timer, meeting link). */
export type ViewTarget = { view: 'board'; boardId: string } | { view: 'plenary' };

/**
 * Where on a map board someone is looking: the board point at the middle of their view, and
 * the zoom. The middle, not React Flow's translation, so a follower whose canvas is another
 * size (a phone, the panel open) still sees the same place.
 */
export interface BoardViewport {
  x: number;
  y: number;
  zoom: number;
}

/**
 * "Bring everyone here": the facilitator's view. `seq` grows with each call, so a second call
 * to the same place is still news to someone who has wandered off since the first.
 * `viewport`: where the facilitator was looking on that board (a map); absent in documents
 * written before it existed, and for the plenary view.
 */
export interface Gather {
  target: ViewTarget;
  seq: number;
  viewport?: BoardViewport;
}

/** A raised hand; `at` is server-clock ms, so the first hand up is first in the list. */
export interface RaisedHand {
  participantId: string;
  at: number;
}

export interface LiveState {
  /** The agenda activity running now; null before the first and after the last. */
  activityId: string | null;
  /** The current activity's timer; null when no activity runs. */
  timer: TimerState | null;
  spotlight: Spotlight | null;
  gather: Gather | null;
  /** The voting round open now, or the last one closed (so its results stay on screen). */
  voting: VotingRound | null;
  /** Oldest first. Hands come from awareness, not from the control document (src/doc/control). */
  hands: RaisedHand[];
  /** The agenda activities started at least once; null when the document kept no record of it. */
  startedActivities: string[] | null;
}

/** An id in the control document (a board, group, participant or activity): 1–64 characters. */
export const maxLiveIdLength = 64;

/** 1–64 characters (code points, as zod counted them). */
export function isLiveId(value: unknown): value is string {
  return isTextOfLength(value, 1, maxLiveIdLength);
}

const liveId = (value: unknown, path: Issue['path']) => checkText(value, path, { min: 1, max: maxLiveIdLength });

/** A spotlight written by a peer, restored (known fields only). */
export function checkSpotlight(value: unknown): Checked<Spotlight> {
  if (!isRecord(value)) return { ok: false, issues: [notAnObject(value)] };
  const groupId = liveId(value.groupId, ['groupId']);
  const boardId = liveId(value.boardId, ['boardId']);
  return checkedFrom({ groupId: groupId.value, boardId: boardId.value }, [groupId, boardId]);
}

export function checkViewTarget(value: unknown, path: Issue['path'] = []): Checked<ViewTarget> {
  if (!isRecord(value)) return { ok: false, issues: [notAnObject(value, path)] };
  if (value.view === 'plenary') return { ok: true, value: { view: 'plenary' } };
  if (value.view !== 'board') {
    return { ok: false, issues: [{ path: [...path, 'view'], message: "Invalid discriminator value. Expected 'board' | 'plenary'" }] };
  }
  const boardId = liveId(value.boardId, [...path, 'boardId']);
  return checkedFrom({ view: 'board', boardId: boardId.value }, [boardId]);
}

/** Zoom within what any map allows (React Flow's 0.2–2 here, with room), board points within ±10⁷. */
export function checkBoardViewport(value: unknown, path: Issue['path'] = []): Checked<BoardViewport> {
  if (!isRecord(value)) return { ok: false, issues: [notAnObject(value, path)] };
  const x = checkNumber(value.x, [...path, 'x'], { min: -1e7, max: 1e7 });
  const y = checkNumber(value.y, [...path, 'y'], { min: -1e7, max: 1e7 });
  const zoom = checkNumber(value.zoom, [...path, 'zoom'], { min: 0.01, max: 100 });
  return checkedFrom({ x: x.value, y: y.value, zoom: zoom.value }, [x, y, zoom]);
}

export function checkGather(value: unknown): Checked<Gather> {
  if (!isRecord(value)) return { ok: false, issues: [notAnObject(value)] };
  const target = checkViewTarget(value.target, ['target']);
  const seq = checkNumber(value.seq, ['seq'], { min: 0, int: true });
  // An absent viewport is fine; a key present with undefined stays, as zod kept it.
  const viewport = value.viewport === undefined ? undefined : checkBoardViewport(value.viewport, ['viewport']);
  const issues = [...(target.ok ? [] : target.issues), ...seq.issues, ...(viewport && !viewport.ok ? viewport.issues : [])];
  if (issues.length > 0 || !target.ok) return { ok: false, issues };
  const gather: Gather = { target: target.value, seq: seq.value };
  if (viewport?.ok) gather.viewport = viewport.value;
  else if ('viewport' in value) gather.viewport = undefined;
  return { ok: true, value: gather };
}

export function checkRaisedHand(value: unknown): Checked<RaisedHand> {
  if (!isRecord(value)) return { ok: false, issues: [notAnObject(value)] };
  const participantId = liveId(value.participantId, ['participantId']);
  const at = checkNumber(value.at, ['at'], { min: 0 });
  return checkedFrom({ participantId: participantId.value, at: at.value }, [participantId, at]);
}

export const idleLiveState: LiveState = {
  activityId: null,
  timer: null,
  spotlight: null,
  gather: null,
  voting: null,
  hands: [],
  startedActivities: null,
};

/**
 * A board and the agenda activity it was made for (Board has no activity field: the link is
 * kept beside it). `activityId` null: a board not tied to an activity.
 */
export interface ActivityBoard extends Pick<Board, 'id' | 'kind' | 'groupId'> {
  activityId: string | null;
  /** The project the board is for; absent or null: none named. */
  projectId?: string | null;
}

/** Where a screen should be, and why (so the interface can say "Group 2's map is spotlighted"). */
export type Destination = ViewTarget & {
  reason: 'spotlight' | 'gathered' | 'activity' | 'plenary';
  /**
   * The gather call this follows, or null. A client moves when its destination is not deep
   * equal to the one it last followed, so a repeated "bring everyone here" moves it too.
   */
  gatherSeq: number | null;
  /** Gathered to a map board: where the facilitator was looking on it (followers' maps go there). */
  viewport?: BoardViewport;
};

/** `projectId`: the project the viewer's group works on, when known (a group's boards for it come first). */
type Viewer = Pick<Participant, 'role' | 'groupId'> & { projectId?: string | null };

/**
 * The access rule (access.ts) applied to a linked board. Both sides are given the same
 * workshop id: the boards passed in are this workshop's by contract.
 */
function canRead(viewer: Viewer, board: ActivityBoard): boolean {
  const who = { workshopId: 'this', role: viewer.role, groupId: viewer.groupId };
  const asBoard = { ...board, workshopId: 'this', title: '', projectId: null, createdAt: '' };
  return boardAccess(who, asBoard) !== 'none';
}

/** Of several candidate boards, the lowest id, so the order a client lists boards in does not matter. */
function first(boards: ActivityBoard[]): ActivityBoard | undefined {
  return boards.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
}

/**
 * Where `viewer` should be: the spotlighted board, else where everyone was brought, else
 * their group's board for the current activity and their group's project (a board shared by all when the activity has
 * no group boards, or the viewer has no group), else the plenary view. A board the viewer may
 * not read (another group's reflection, any reflection for an observer) is skipped, so every
 * answer is a place they can open. `boards` are the workshop's boards with their activities.
 */
export function destinationFor(state: LiveState, viewer: Viewer, boards: readonly ActivityBoard[]): Destination {
  const known = (boardId: string) => boards.find((b) => b.id === boardId);
  const readable = (board: ActivityBoard | undefined): board is ActivityBoard => board !== undefined && canRead(viewer, board);

  const spotlit = state.spotlight ? known(state.spotlight.boardId) : undefined;
  if (readable(spotlit)) return { view: 'board', boardId: spotlit.id, reason: 'spotlight', gatherSeq: null };

  if (state.gather) {
    const { target, seq, viewport } = state.gather;
    if (target.view === 'plenary') return { view: 'plenary', reason: 'gathered', gatherSeq: seq };
    const board = known(target.boardId);
    if (readable(board)) return { view: 'board', boardId: board.id, reason: 'gathered', gatherSeq: seq, ...(viewport && { viewport }) };
  }

  if (state.activityId !== null) {
    const forActivity = boards.filter((b) => b.activityId === state.activityId);
    // A group that changed project keeps the boards of its first one: the current project's come first.
    const mine = viewer.groupId === null ? [] : forActivity.filter((b) => b.groupId === viewer.groupId);
    const forProject = mine.filter((b) => viewer.projectId == null || b.projectId === viewer.projectId);
    const own = first(forProject) ?? first(mine);
    const board = own ?? first(forActivity.filter((b) => b.groupId === null));
    if (readable(board)) return { view: 'board', boardId: board.id, reason: 'activity', gatherSeq: null };
  }

  return { view: 'plenary', reason: 'plenary', gatherSeq: null };
}
