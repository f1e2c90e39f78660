import type { Connection, Hocuspocus } from '@hocuspocus/server';
import { boardAccess } from '../../domain/index.js';
import { closeCodes, errorRegistry } from '../../shared/index.js';
import type { WorkshopRecords } from '../store/Store.js';
import type { CollabContext } from './collabContext.js';
import { endConnection } from './closeSocket.js';
import { currentMember, type CollabMember } from './currentMember.js';
import { renamePresence } from './presenceName.js';

/** Why a board was taken away from someone whose group changed. */
const privateToAnotherGroup = 'This board is private to a group you are no longer in. Open your group’s boards from the workshop home.';

/**
 * Brings one open connection in line with its holder's current standing (SPEC A10): a removed
 * person's connection closes with PARTICIPANT_REMOVED, one to a board the new rights no longer
 * show (the old group's reflection board) closes with FORBIDDEN, one the new rights only let
 * read becomes read-only. Both closes are final on the page. A widening (a move into a group)
 * changes nothing here: the person opens the newly visible boards from the workshop home.
 */
export function applyStanding(connection: Connection<CollabContext>, standing: CollabMember | 'removed' | null): void {
  const { board } = connection.context;
  if (!board) return;
  if (standing === 'removed') {
    endConnection(connection, closeCodes.PARTICIPANT_REMOVED, 'PARTICIPANT_REMOVED', errorRegistry.PARTICIPANT_REMOVED.message);
    return;
  }
  const access = standing ? boardAccess(standing.principal, board) : 'none';
  if (!standing || access === 'none') {
    endConnection(connection, closeCodes.FORBIDDEN, 'FORBIDDEN', standing ? privateToAnotherGroup : errorRegistry.FORBIDDEN.message);
    return;
  }
  if (access === 'read') connection.readOnly = true;
  const renamed = connection.context.member !== undefined && connection.context.member.name !== standing.name;
  connection.context.member = standing;
  if (renamed) renamePresence(connection, standing.name);
}

/**
 * After a change to who is in a workshop or in which group (a removal, a revoked invite, a
 * move, automatic groups): every open connection to the workshop's boards is checked against
 * the records as they are now, at once, rather than when its token expires. Each holder's
 * standing is read once per call.
 */
export async function applyAccessChanges(hocuspocus: Hocuspocus, store: WorkshopRecords, workshopId: string): Promise<void> {
  const connections: Connection<CollabContext>[] = [];
  for (const document of hocuspocus.documents.values()) {
    for (const connection of document.getConnections() as Connection<CollabContext>[]) {
      if (connection.context.board?.workshopId === workshopId && connection.context.claims) connections.push(connection);
    }
  }
  const standings = new Map<string, Promise<CollabMember | 'removed' | null>>();
  for (const connection of connections) {
    const claims = connection.context.claims!;
    let standing = standings.get(claims.sub);
    if (!standing) standings.set(claims.sub, (standing = currentMember(store, claims)));
    applyStanding(connection, await standing);
  }
}
