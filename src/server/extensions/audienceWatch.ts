import type { connectedPayload, Document, Extension, Hocuspocus, onConfigurePayload, onDisconnectPayload } from '@hocuspocus/server';
import { audienceCount, isAudience } from '../collab/audienceAccess.js';
import { AudienceCounts, audienceSayAgainMs } from '../cluster/AudienceCounts.js';
import type { ClusterBus } from '../cluster/ClusterBus.js';

/** At most one count a board per this many ms, however many people join or leave. */
const countEveryMs = 1000;

/** The stateless message a board's people get: how many audience members watch (docs/api.md). */
export function audienceMessage(watching: number): string {
  return JSON.stringify({ type: 'audience', watching });
}

export interface AudienceWatchOptions {
  /** Null without REDIS_URL: the count is this instance's audience alone. */
  bus: Pick<ClusterBus, 'publish' | 'onMessage'> | null;
  /** The clock (ms) that ages the other instances' counts. */
  now: () => number;
}

/** The extension, and how a stopping instance tells the others its audience is gone. */
export type AudienceWatch = Extension & { stop(): void };

/**
 * Audience members are not people on the board (SPEC W4): they send no presence (presenceGuard
 * drops it), and the board's people learn only how many watch, through every instance, as a
 * stateless message sent at most once a second per board, and to each person when they arrive.
 * With Redis each instance says its own count per board to the others when it changes (at most
 * once a second), again every 5 s while above zero, and zero for every board when it stops.
 */
export function audienceWatch({ bus, now }: AudienceWatchOptions): AudienceWatch {
  const counts = new AudienceCounts(now);
  const due = new Map<string, ReturnType<typeof setTimeout>>();
  const timers: ReturnType<typeof setInterval>[] = [];
  let hocuspocus: Hocuspocus | null = null;
  let stopped = false;
  const total = (document: Document) => audienceCount(document) + counts.othersWatching(document.name);
  // The board is looked up when the count goes: the document it was scheduled for may have been
  // unloaded (its audience gone: zero) or loaded again meanwhile.
  const tell = (name: string) => {
    const document = hocuspocus?.documents.get(name);
    const own = document ? audienceCount(document) : 0;
    if (counts.setOwn(name, own)) bus?.publish({ kind: 'audience', doc: name, watching: own });
    if (!document) return;
    const message = audienceMessage(total(document));
    for (const connection of document.getConnections()) if (!isAudience(connection)) connection.sendStateless(message);
  };
  const tellLater = (name: string) => {
    if (stopped || due.has(name)) return;
    due.set(
      name,
      setTimeout(() => {
        due.delete(name);
        tell(name);
      }, countEveryMs),
    );
  };
  const sayAgain = () => {
    for (const [doc, watching] of counts.ownCounts()) bus?.publish({ kind: 'audience', doc, watching });
  };
  bus?.onMessage(({ from, message }) => {
    if (message.kind === 'audience' && counts.hear(from, message.doc, message.watching)) tellLater(message.doc);
  });
  const stopTimers = () => {
    for (const timer of [...due.values(), ...timers]) clearTimeout(timer);
    due.clear();
    timers.length = 0;
  };
  return {
    extensionName: 'audienceWatch',
    async onConfigure({ instance }: onConfigurePayload) {
      hocuspocus = instance;
      if (!bus) return;
      timers.push(
        setInterval(() => {
          for (const name of counts.ageOut()) tellLater(name);
        }, countEveryMs).unref(),
        setInterval(sayAgain, audienceSayAgainMs).unref(),
      );
    },
    async connected({ connection }: connectedPayload) {
      const { document } = connection;
      if (isAudience(connection)) tellLater(document.name);
      else {
        const watching = total(document);
        if (watching > 0) connection.sendStateless(audienceMessage(watching));
      }
    },
    async onDisconnect({ context, documentName }: onDisconnectPayload) {
      if ((context as { audience?: string }).audience !== undefined) tellLater(documentName);
    },
    async onDestroy() {
      stopTimers();
    },
    stop() {
      stopped = true;
      stopTimers();
      for (const [doc] of counts.ownCounts()) {
        counts.setOwn(doc, 0);
        bus?.publish({ kind: 'audience', doc, watching: 0 });
      }
    },
  };
}
