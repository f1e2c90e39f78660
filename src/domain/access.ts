import { controlDocumentKind, type Board, type Role } from './workshop.js';

/** Who is asking: a member of one workshop, with a role and maybe a group. */
export interface Principal {
  workshopId: string;
  role: Role;
  groupId: string | null;
}

export type BoardAccess = 'write' | 'read' | 'none';

/**
 * The access rule for boards (docs/SPEC.md A1–A5), the same for HTTP and /collab:
 * facilitators write every board of their workshop; participants write their workshop's
 * boards, a reflection board only when it is their group's; observers read what a
 * participant could read, but a reflection board never; anyone else gets nothing. The
 * workshop's control document is read by every member and written by facilitators (A8).
 * A board a facilitator locked is read-only for everyone, facilitators too, until unlocked (A13).
 */
export function boardAccess(who: Principal, board: Board): BoardAccess {
  const access = unlockedAccess(who, board);
  return access === 'write' && isLocked(board) ? 'read' : access;
}

/** Whether a facilitator locked the board read-only (A13). The control document is never locked. */
export function isLocked(board: Board): boolean {
  return board.kind !== controlDocumentKind && Boolean(board.lockedAt);
}

function unlockedAccess(who: Principal, board: Board): BoardAccess {
  if (who.workshopId !== board.workshopId) return 'none';
  if (who.role === 'facilitator') return 'write';
  // The workshop's control document: everyone in the workshop follows it; only facilitators steer.
  if (board.kind === controlDocumentKind) return 'read';
  const privateToGroup = board.kind === 'reflection';
  if (privateToGroup && (who.role === 'observer' || board.groupId === null || board.groupId !== who.groupId)) return 'none';
  return who.role === 'participant' ? 'write' : 'read';
}

/** Facilitators manage the workshop: groups, boards, invites. */
export function canManageWorkshop(who: Principal, workshopId: string): boolean {
  return who.workshopId === workshopId && who.role === 'facilitator';
}

/**
 * How a facilitator account stands in a workshop (docs/SPEC.md A14): the owner who made it, a
 * co-facilitator the owner shared it with, or neither. Owner and co-facilitator are both
 * facilitators of it (a Principal with that role), so every facilitator right follows.
 */
export type AccountStanding = 'owner' | 'co-facilitator' | 'none';

export function accountStanding(accountId: string, workshop: { ownerId: string | null }, sharedWithAccount: boolean): AccountStanding {
  if (workshop.ownerId === accountId) return 'owner';
  return sharedWithAccount ? 'co-facilitator' : 'none';
}

/**
 * What stays the owner's alone (A14): deleting the workshop and choosing who co-facilitates it,
 * so a co-facilitator cannot lock the owner out or pass the workshop on. An admin may do both
 * too: they run the server, and a workshop no one owns (the demo) would otherwise have nobody.
 */
export function canActAsOwner(standing: AccountStanding, isAdmin: boolean): boolean {
  return standing === 'owner' || isAdmin;
}

/**
 * Where a board imported from a file may go (docs/SPEC.md A9), or why it may not. Importing
 * makes a new board, so it follows who may make boards, widened for one case a workshop needs:
 * a group that brings a map it already keeps (in Kumu, in a graph tool) starts from it rather
 * than redraw it, without waiting for the facilitator. So a facilitator imports for the whole
 * workshop or any group (`requested`, null for the whole workshop); a participant only for
 * their own group (asked for or left unsaid), which gives them no board they could not already
 * write; an observer, or a participant in no group, never.
 */
export type ImportTarget = { ok: true; groupId: string | null } | { ok: false; refused: 'observer' | 'no-group' | 'other-group' };

export function importTarget(who: Principal, requested: string | null | undefined): ImportTarget {
  if (who.role === 'facilitator') return { ok: true, groupId: requested ?? null };
  if (who.role === 'observer') return { ok: false, refused: 'observer' };
  if (who.groupId === null) return { ok: false, refused: 'no-group' };
  if (requested !== undefined && requested !== who.groupId) return { ok: false, refused: 'other-group' };
  return { ok: true, groupId: who.groupId };
}

/**
 * A spotlit board is shown to the whole room while its group presents (docs/SPEC.md A12):
 * for that time it is read-only for every participant outside its group, so nobody in the
 * room can change what is being presented. Its group and the facilitators keep editing; a
 * board that belongs to no group is the whole workshop's and stays as it was.
 */
export function spotlitAccess(
  access: BoardAccess,
  who: Pick<Principal, 'role' | 'groupId'>,
  board: Pick<Board, 'id' | 'groupId'>,
  spotlitBoardId: string | null,
): BoardAccess {
  if (access !== 'write' || who.role !== 'participant' || spotlitBoardId !== board.id) return access;
  return board.groupId !== null && board.groupId !== who.groupId ? 'read' : access;
}
