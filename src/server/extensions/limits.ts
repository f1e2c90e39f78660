import type { beforeHandleMessagePayload, beforeSyncPayload, Connection, Extension } from '@hocuspocus/server';
import { overBoardLimit } from '../../domain/map/index.js';
import { closeCodes, errorRegistry } from '../../shared/index.js';
import { closeReason, type CollabContext } from '../collab/collabContext.js';
import { closeSocket } from '../collab/closeSocket.js';
import { syncStep } from '../collab/protocol.js';
import type { AppContext } from '../context.js';
import { countsAfter } from './countsAfter.js';

type LimitCode = 'MESSAGE_TOO_LARGE' | 'DOCUMENT_TOO_LARGE' | 'RATE_LIMITED';

/** Token bucket: `burst` messages at once, refilled at `perSecond`. */
interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept before those that have filled up again are forgotten (they start full anyway). */
const maxBuckets = 10_000;

function forgetFull(buckets: Map<string, Bucket>, now: number, burst: number, perSecond: number): void {
  for (const [key, b] of buckets) if (b.tokens + ((now - b.at) / 1000) * perSecond >= burst) buckets.delete(key);
}

/**
 * Limits (SPEC L1–L3, L6): message size, board size, what a map board holds, and message rate, per connection. Going over
 * closes only that connection, with a close code and a reason that says what to do; nobody
 * else on the board is affected. Its socket ends too (closeSocket), so the client reconnects
 * by itself and sends again what was not acknowledged.
 */
export function limits(ctx: AppContext, sizeOf: (documentName: string) => number): Extension {
  const { maxMessageBytes, maxDocumentBytes, messagesPerSecond, messageBurst } = ctx.config.limits;
  // Per person and board, not per connection: a connection closed for its rate reconnects
  // by itself, and must not come back with a full burst.
  const buckets = new Map<string, Bucket>();
  const keyOf = (connection: Connection) => {
    const { claims } = connection.context as CollabContext;
    return `${claims?.sub ?? connection.socketId}\0${connection.document.name}`;
  };

  const close = (connection: Connection, code: LimitCode, detail: string): never => {
    ctx.config.log(`collab closed ${connection.document.name}: ${code} (${detail})`);
    closeSocket(connection, closeCodes[code], code);
    throw { code: closeCodes[code], reason: closeReason(code, `${detail}. ${errorRegistry[code].message}`) };
  };

  const spend = (connection: Connection): boolean => {
    const now = ctx.config.now().getTime();
    if (buckets.size > maxBuckets) forgetFull(buckets, now, messageBurst, messagesPerSecond);
    const key = keyOf(connection);
    const b = buckets.get(key) ?? { tokens: messageBurst, at: now };
    b.tokens = Math.min(messageBurst, b.tokens + ((now - b.at) / 1000) * messagesPerSecond);
    b.at = now;
    buckets.set(key, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };

  return {
    extensionName: 'limits',
    priority: 900,
    async beforeHandleMessage({ connection, update }: beforeHandleMessagePayload) {
      if (update.length > maxMessageBytes)
        close(connection, 'MESSAGE_TOO_LARGE', `a message of ${update.length} bytes is over the limit of ${maxMessageBytes}`);
      if (!spend(connection)) close(connection, 'RATE_LIMITED', `more than ${messagesPerSecond} messages a second`);
    },
    async beforeSync({ connection, document, documentName, payload, type }: beforeSyncPayload) {
      // A state vector (step 1) adds nothing to the board.
      if (type === syncStep.step1 || connection.readOnly) return;
      const size = sizeOf(documentName) + payload.length;
      if (size > maxDocumentBytes)
        close(connection, 'DOCUMENT_TOO_LARGE', `the board would hold ${size} bytes, over the limit of ${maxDocumentBytes}`);
      // What a board may hold (SPEC L6): a change that would take a list past its limit is refused.
      const counts = countsAfter(document, payload);
      const over = counts && overBoardLimit(counts);
      if (over) close(connection, 'DOCUMENT_TOO_LARGE', `the board would hold ${over}`);
    },
  };
}
