import type { Invite, Workshop } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import type { WorkshopRecords } from '../store/Store.js';

/**
 * The invite a code names and its workshop, when the code still opens it: INVITE_NOT_FOUND for a
 * code nobody made (or whose workshop is gone), INVITE_REVOKED for a withdrawn one. Joining and
 * the join page's language lookup refuse a code alike, so neither tells a guesser more.
 */
export async function openInvite(
  store: Pick<WorkshopRecords, 'getInvite' | 'getWorkshop'>,
  code: string,
): Promise<{ invite: Invite; workshop: Workshop }> {
  const invite = await store.getInvite(code);
  if (!invite) throw new AppError('INVITE_NOT_FOUND');
  if (invite.revokedAt) throw new AppError('INVITE_REVOKED');
  const workshop = await store.getWorkshop(invite.workshopId);
  if (!workshop) throw new AppError('INVITE_NOT_FOUND');
  return { invite, workshop };
}
