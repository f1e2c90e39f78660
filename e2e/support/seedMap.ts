import * as Y from 'yjs';
import { addActor, addFlow, initMapDoc } from '../../src/doc/map/index.js';
import type { FlowKind, Position } from '../../src/domain/map/index.js';
import type { App } from './app.js';

/**
 * Puts actors on a board's stored document before anyone opens it (the server loads it from
 * the store on the first connection), for tests that need a map bigger than the screen.
 */
export async function seedActors(
  app: App,
  boardId: string,
  actors: { name: string; position: Position }[],
  /** Flows between the actors, by their index in `actors`. */
  flows: { from: number; to: number; kind: FlowKind; label?: string }[] = [],
): Promise<void> {
  const stored = await app.server.store.loadBoardState(boardId);
  const doc = new Y.Doc();
  if (stored.compacted) Y.applyUpdate(doc, stored.compacted);
  for (const { update } of stored.updates) Y.applyUpdate(doc, update);
  const before = Y.encodeStateVector(doc);
  initMapDoc(doc);
  actors.forEach(({ name, position }, i) => addActor(doc, { id: `seeded-${i}`, name, roles: [], tags: [], position }));
  flows.forEach(({ from, to, kind, label }, i) =>
    addFlow(doc, { id: `seeded-flow-${i}`, from: `seeded-${from}`, to: `seeded-${to}`, kind, ...(label ? { label } : {}) }),
  );
  await app.server.store.appendUpdates(boardId, [Y.encodeStateAsUpdate(doc, before)]);
}
