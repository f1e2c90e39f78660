import type * as Y from 'yjs';

type NamedDoc = Y.Doc & { name: string };

/**
 * The open boards handed to DurablePersistence.flushAndStop, which stores them one after the
 * other: it asks for the next board only once the one before is stored (or its failure
 * logged), so the boards not yet asked for past are the ones not stored. For the drain's
 * last line when it runs out of time (SPEC O4).
 */
export function storeProgress(open: Iterable<NamedDoc>): { documents: Iterable<NamedDoc>; unfinished: () => string[] } {
  const boards = [...open];
  let done = 0;
  function* documents(): Generator<NamedDoc> {
    for (const board of boards) {
      yield board;
      done += 1;
    }
  }
  return { documents: documents(), unfinished: () => boards.slice(done).map((b) => b.name) };
}
