import type { connectedPayload, Extension, Hocuspocus, onDisconnectPayload } from '@hocuspocus/server';
import { audienceCount, isAudience } from '../collab/audienceAccess.js';

/** At most one count a board per this many ms, however many people join or leave. */
const countEveryMs = 1000;

/** The stateless message a board's people get: how many audience members watch (docs/api.md). */
export function audienceMessage(watching: number): string {
  return JSON.stringify({ type: 'audience', watching });
}

/**
 * Audience members are not people on the board (SPEC W4): they send no presence (presenceGuard
 * drops it), and the board's people learn only how many watch, through this instance, as a
 * stateless message sent at most once a second per board, and to each person when they arrive.
 */
export function audienceWatch(): Extension {
  const due = new Map<string, ReturnType<typeof setTimeout>>();
  // The board is looked up when the count goes: the document it was scheduled for may have been
  // unloaded and loaded again meanwhile.
  const tellLater = (instance: Hocuspocus, name: string) => {
    if (due.has(name)) return;
    due.set(
      name,
      setTimeout(() => {
        due.delete(name);
        const document = instance.documents.get(name);
        if (!document) return;
        const message = audienceMessage(audienceCount(document));
        for (const connection of document.getConnections()) if (!isAudience(connection)) connection.sendStateless(message);
      }, countEveryMs),
    );
  };
  return {
    extensionName: 'audienceWatch',
    async connected({ connection, instance }: connectedPayload) {
      const { document } = connection;
      if (isAudience(connection)) tellLater(instance, document.name);
      else {
        const watching = audienceCount(document);
        if (watching > 0) connection.sendStateless(audienceMessage(watching));
      }
    },
    async onDisconnect({ context, documentName, instance }: onDisconnectPayload) {
      if ((context as { audience?: string }).audience !== undefined) tellLater(instance, documentName);
    },
    async onDestroy() {
      for (const timer of due.values()) clearTimeout(timer);
      due.clear();
    },
  };
}
