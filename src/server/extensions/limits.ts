import type { beforeHandleMessagePayload, beforeSyncPayload, Connection, Extension } from '@hocuspocus/server';
import { closeCodes, errorRegistry } from '../../shared/index.js';
import { closeReason } from '../collab/collabContext.js';
import type { AppContext } from '../context.js';

type LimitCode = 'MESSAGE_TOO_LARGE' | 'DOCUMENT_TOO_LARGE' | 'RATE_LIMITED';

/** Token bucket: `burst` messages at once, refilled at `perSecond`. */
interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Limits (SPEC L1–L3): message size, board size and message rate, per connection. Going over
 * closes only that connection, with a close code and a reason that says what to do; nobody
 * else on the board is affected.
 */
export function limits(ctx: AppContext, sizeOf: (documentName: string) => number): Extension {
  const { maxMessageBytes, maxDocumentBytes, messagesPerSecond, messageBurst } = ctx.config.limits;
  const buckets = new WeakMap<Connection, Bucket>();

  const close = (code: LimitCode, documentName: string, detail: string): never => {
    ctx.config.log(`collab closed ${documentName}: ${code} (${detail})`);
    throw { code: closeCodes[code], reason: closeReason(code, `${detail}. ${errorRegistry[code].message}`) };
  };

  const spend = (connection: Connection): boolean => {
    const now = ctx.config.now().getTime();
    const b = buckets.get(connection) ?? { tokens: messageBurst, at: now };
    b.tokens = Math.min(messageBurst, b.tokens + ((now - b.at) / 1000) * messagesPerSecond);
    b.at = now;
    buckets.set(connection, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  };

  return {
    extensionName: 'limits',
    priority: 900,
    async beforeHandleMessage({ connection, update, documentName }: beforeHandleMessagePayload) {
      if (update.length > maxMessageBytes)
        close('MESSAGE_TOO_LARGE', documentName, `a message of ${update.length} bytes is over the limit of ${maxMessageBytes}`);
      if (!spend(connection)) close('RATE_LIMITED', documentName, `more than ${messagesPerSecond} messages a second`);
    },
    async beforeSync({ connection, documentName, payload, type }: beforeSyncPayload) {
      if (type === 0 || connection.readOnly) return;
      const size = sizeOf(documentName) + payload.length;
      if (size > maxDocumentBytes)
        close('DOCUMENT_TOO_LARGE', documentName, `the board would hold ${size} bytes, over the limit of ${maxDocumentBytes}`);
    },
  };
}
