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
 */
export function boardAccess(who: Principal, board: Board): BoardAccess {
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
