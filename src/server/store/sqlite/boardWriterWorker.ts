import { parentPort, workerData } from 'node:worker_threads';
import { connect } from './connection.js';
import type { WriterReply, WriterRequest } from './boardWriterMessages.js';

/**
 * The worker side of BoardWriter: its own connection to the database file, which appends
 * board updates in IMMEDIATE transactions. The commit's flush to disk (synchronous=FULL)
 * blocks this thread, not the server's event loop.
 */
const port = parentPort!;
const db = connect((workerData as { path: string }).path);
const bump = db.prepare<[number, string], { last_seq: number }>('UPDATE boards SET last_seq = last_seq + ? WHERE id = ? RETURNING last_seq');
const insert = db.prepare<[string, number, Buffer]>('INSERT INTO board_updates (board_id, seq, "update") VALUES (?, ?, ?)');

class BoardNotFound extends Error {}

const append = db.transaction((boardId: string, updates: Uint8Array[]): number => {
  const row = bump.get(updates.length, boardId);
  if (!row) throw new BoardNotFound(boardId);
  const first = row.last_seq - updates.length + 1;
  updates.forEach((u, i) => insert.run(boardId, first + i, Buffer.from(u.buffer, u.byteOffset, u.byteLength)));
  return row.last_seq;
});

port.on('message', (request: WriterRequest) => {
  if (request.type === 'close') {
    db.close();
    port.postMessage({ type: 'closed' } satisfies WriterReply);
    return;
  }
  let reply: WriterReply;
  try {
    reply = { type: 'appended', id: request.id, seq: append.immediate(request.boardId, request.updates) };
  } catch (e) {
    const notFound = e instanceof BoardNotFound;
    reply = { type: 'failed', id: request.id, notFound, message: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
