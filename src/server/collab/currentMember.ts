import type { Principal } from '../../domain/index.js';
import type { CollabClaims } from '../auth/collabToken.js';
import { standingIn } from '../identity.js';
import type { WorkshopRecords } from '../store/Store.js';

/** Who a /collab connection belongs to, as the store says now (not as the token said). */
export interface CollabMember {
  principal: Principal;
  /** Null for a facilitator account, which has no participant record. */
  participantId: string | null;
  name: string;
}

/**
 * The standing of a token's holder in the token's workshop, read from the current records
 * (SPEC A10): a token only says who its holder was when it was issued, so a removal or a group
 * move must not wait for it to expire. `removed`: the participant was removed (or the record is
 * gone); null: they are no longer a member for another reason (the account lost the workshop).
 */
export async function currentMember(store: WorkshopRecords, claims: CollabClaims): Promise<CollabMember | 'removed' | null> {
  const { workshopId } = claims;
  if (claims.sub.startsWith('account:')) {
    const accountId = claims.sub.slice('account:'.length);
    const [account, workshop] = await Promise.all([store.getAccount(accountId), store.getWorkshop(workshopId)]);
    // The owner or a co-facilitator (SPEC A11, the same rule as HTTP: identity.ts standingIn).
    if (!account || !workshop || (await standingIn(store, account, workshop)) === 'none') return null;
    return { principal: { workshopId, role: 'facilitator', groupId: null }, participantId: null, name: account.name };
  }
  const participant = await store.getParticipant(claims.sub);
  if (!participant) return 'removed';
  if (participant.workshopId !== workshopId) return null;
  return {
    principal: { workshopId, role: participant.role, groupId: participant.groupId },
    participantId: participant.id,
    // Someone who took their name off (SPEC K6) shows as "Participant" in presence.
    name: participant.name.trim() || 'Participant',
  };
}
