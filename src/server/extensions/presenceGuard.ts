import type { beforeHandleAwarenessPayload, Extension } from '@hocuspocus/server';
import { handField } from '../../doc/control/index.js';
import type { CollabContext } from '../collab/collabContext.js';

/** Awareness fields that say who someone is (src/web/collab: presence.ts, livePeople.ts; doc hands.ts). */
const userField = 'user';
const participantField = 'participantId';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Presence is what the connection's holder is, not what their client says (SPEC A11). Awareness
 * states are relayed to everyone on a board, so before the server applies and relays one:
 * - a state for a client id another connection announced is dropped (no speaking for others);
 * - `user.name` and `user.role` become the holder's own (their colour and other fields stay);
 * - `participantId` becomes the holder's own participant id (null for a facilitator account);
 * - a raised `hand` that carries anyone else's participant id is dropped (set to null).
 * Updates the server makes itself (no connection) pass as they are.
 */
export function presenceGuard(log: (line: string) => void): Extension {
  return {
    extensionName: 'presenceGuard',
    async beforeHandleAwareness({ states, connection, document, documentName }: beforeHandleAwarenessPayload<CollabContext>) {
      // An audience member is nobody on the board (SPEC W4): their presence goes nowhere.
      if (connection?.context.audience !== undefined) {
        states.clear();
        return;
      }
      const member = connection?.context.member;
      if (!connection || !member) return;
      // A client's own id is the common case (cursors, many a second): only an unknown one costs a look at the others.
      const own = document.getClients(connection);
      const announcedByAnother = (clientId: number) =>
        !own.has(clientId) && document.getConnections().some((other) => other !== connection && document.getClients(other).has(clientId));
      for (const [clientId, state] of states) {
        if (announcedByAnother(clientId)) {
          states.delete(clientId);
          log(`collab dropped presence for another client on ${documentName} from ${connection.context.claims?.sub ?? 'someone'}`);
          continue;
        }
        if (userField in state) {
          const user = state[userField] as unknown;
          if (isObject(user)) state[userField] = { ...user, name: member.name, role: member.principal.role };
          else delete state[userField];
        }
        if (participantField in state) state[participantField] = member.participantId;
        const hand = state[handField] as unknown;
        if (
          hand !== undefined &&
          hand !== null &&
          (!isObject(hand) || hand.participantId !== member.participantId || !member.participantId)
        ) {
          state[handField] = null;
        }
      }
    },
  };
}
