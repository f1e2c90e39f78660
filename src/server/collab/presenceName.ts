import type { Connection } from '@hocuspocus/server';
import type { CollabContext } from './collabContext.js';

/**
 * After a holder's name changed (they removed it, SPEC K6): the presence states this server
 * holds for their connection's clients take the new name now, and everyone on the board is
 * told, instead of showing the old name until their next move. The states' clocks move on, so
 * every client takes the change; the holder's own client answers with its state, which
 * presenceGuard names the same way.
 */
export function renamePresence(connection: Connection<CollabContext>, name: string): void {
  const { document } = connection;
  const awareness = document.awareness;
  const updated: number[] = [];
  for (const clientId of document.getClients(connection)) {
    const state = awareness.states.get(clientId);
    const user = state?.user as Record<string, unknown> | undefined;
    if (!state || typeof user !== 'object' || user === null || user.name === name) continue;
    awareness.states.set(clientId, { ...state, user: { ...user, name } });
    const meta = awareness.meta.get(clientId);
    awareness.meta.set(clientId, { clock: (meta?.clock ?? 0) + 1, lastUpdated: Date.now() });
    updated.push(clientId);
  }
  if (updated.length > 0) awareness.emit('update', [{ added: [], updated, removed: [] }, 'server']);
}
