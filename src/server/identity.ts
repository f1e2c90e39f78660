import {
  accountStanding,
  boardAccess,
  type AccountStanding,
  type ApiTokenScope,
  type Board,
  type BoardAccess,
  type FacilitatorAccount,
  type Participant,
  type Principal,
  type Workshop,
} from '../domain/index.js';
import { AppError } from '../shared/index.js';
import { hashSessionValue } from './auth/sessionCookie.js';
import type { WorkshopRecords } from './store/Store.js';

/**
 * Who a request comes from, by its session cookie or (an account only) a personal API token;
 * `token` is set when it came by token (SPEC N3).
 */
export type Identity =
  | { kind: 'account'; account: FacilitatorAccount; token?: { id: string; scope: ApiTokenScope } }
  | { kind: 'participant'; participant: Participant };

export async function identityFromCookie(store: WorkshopRecords, cookie: string | undefined, now: Date): Promise<Identity | null> {
  if (!cookie) return null;
  const session = await store.getSession(hashSessionValue(cookie));
  if (!session || session.expiresAt < now.toISOString()) return null;
  if (session.accountId) {
    const account = await store.getAccount(session.accountId);
    return account ? { kind: 'account', account } : null;
  }
  if (session.participantId) {
    const participant = await store.getParticipant(session.participantId);
    return participant ? { kind: 'participant', participant } : null;
  }
  return null;
}

/** An account's standing in one workshop: owner, co-facilitator or none (SPEC A14). */
export async function standingIn(store: WorkshopRecords, account: FacilitatorAccount, workshop: Workshop): Promise<AccountStanding> {
  const shared = workshop.ownerId !== account.id && (await store.isWorkshopFacilitator(workshop.id, account.id));
  return accountStanding(account.id, workshop, shared);
}

/** The identity's standing in one workshop, or null when it has none. */
export async function principalIn(store: WorkshopRecords, identity: Identity, workshop: Workshop): Promise<Principal | null> {
  if (identity.kind === 'account') {
    const standing = await standingIn(store, identity.account, workshop);
    return standing === 'none' ? null : { workshopId: workshop.id, role: 'facilitator', groupId: null };
  }
  const p = identity.participant;
  return p.workshopId === workshop.id ? { workshopId: workshop.id, role: p.role, groupId: p.groupId } : null;
}

/** Loads the workshop and the caller's standing in it, or throws the error to show. */
export async function requireMember(
  store: WorkshopRecords,
  identity: Identity | null,
  workshopId: string,
): Promise<{ workshop: Workshop; principal: Principal }> {
  if (!identity) throw new AppError('NOT_SIGNED_IN');
  const workshop = await store.getWorkshop(workshopId);
  if (!workshop) throw new AppError('WORKSHOP_NOT_FOUND');
  const principal = await principalIn(store, identity, workshop);
  if (!principal) throw new AppError('FORBIDDEN', 'You are not a member of this workshop');
  return { workshop, principal };
}

/**
 * Loads a board and the caller's standing in its workshop, or throws the error to show: not
 * signed in, no such board, not a member, or a board private to another group (SPEC A3, A4).
 * Every route that reads one board asks this.
 */
export async function requireReadableBoard(
  store: WorkshopRecords,
  identity: Identity | null,
  boardId: string,
): Promise<{ board: Board; workshop: Workshop; principal: Principal; access: Exclude<BoardAccess, 'none'> }> {
  if (!identity) throw new AppError('NOT_SIGNED_IN');
  const board = await store.getBoard(boardId);
  if (!board) throw new AppError('BOARD_NOT_FOUND');
  const { workshop, principal } = await requireMember(store, identity, board.workshopId);
  const access = boardAccess(principal, board);
  if (access === 'none') throw new AppError('FORBIDDEN', 'This board is private to its group');
  return { board, workshop, principal, access };
}

export async function requireFacilitator(
  store: WorkshopRecords,
  identity: Identity | null,
  workshopId: string,
): Promise<{ workshop: Workshop; principal: Principal }> {
  const member = await requireMember(store, identity, workshopId);
  if (member.principal.role !== 'facilitator') throw new AppError('FORBIDDEN', 'Only facilitators can do this');
  return member;
}

export function requireAccount(identity: Identity | null): FacilitatorAccount {
  if (!identity) throw new AppError('NOT_SIGNED_IN');
  if (identity.kind !== 'account') throw new AppError('FORBIDDEN', 'Sign in with a facilitator account to do this');
  return identity.account;
}

/** A facilitator account signed in with its password: API tokens are refused here (managing tokens, /collab tokens: SPEC N5). */
export function requireSessionAccount(identity: Identity | null): FacilitatorAccount {
  const account = requireAccount(identity);
  if (identity?.kind === 'account' && identity.token) throw new AppError('API_TOKEN_NOT_ALLOWED');
  return account;
}
