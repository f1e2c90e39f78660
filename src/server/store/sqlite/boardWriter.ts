import type { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/index.js';
import { spawnWorker } from '../../spawnWorker.js';
import type { BoardWrite, WriterReply, WriterRequest } from './boardWriterMessages.js';

interface Waiter {
  resolve: (seq: number) => void;
  reject: (e: Error) => void;
}

/**
 * Makes the board writes of editing (appending updates, compacting, the JSON snapshot) on a
 * worker thread with its own connection to the database file (boardWriterWorker.ts).
 * better-sqlite3 is synchronous: on the event loop, every commit's flush to disk
 * (synchronous=FULL, a few ms, far more when the disk is busy) would hold up every other
 * board's messages. Here it holds up only the worker; the store's answer still
 * comes only once the update is on disk (SPEC D2). Started at the first append; if it dies,
 * the writes in flight fail (the caller tries again) and the next append starts another.
 */
export class BoardWriter {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiter>();
  private closing: Promise<void> | null = null;

  constructor(private readonly path: string) {}

  /** Makes `write` on the worker; resolves (with the board's last seq) once it is on disk. */
  write(write: BoardWrite): Promise<number> {
    if (this.closing) return Promise.reject(new AppError('STORE_UNAVAILABLE', `the SQLite database at ${this.path} is closed`));
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref(); // an answer is awaited: the process stays up for it
      worker.postMessage({ type: 'write', id, write } satisfies WriterRequest);
    });
  }

  /** Answers the writes already sent, then closes the worker's connection and ends it. */
  close(): Promise<void> {
    this.closing ??= this.stop();
    return this.closing;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnWorker(import.meta.url, 'boardWriterWorker', { path: this.path });
    worker.unref();
    worker.on('message', (reply: WriterReply) => this.settle(reply));
    worker.on('error', (e) => this.lost(worker, e));
    worker.on('exit', (code) => this.lost(worker, new Error(`it stopped with exit code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private settle(reply: WriterReply): void {
    if (reply.type === 'closed') return;
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.worker?.unref();
    if (reply.type === 'done') waiter.resolve(reply.seq);
    else if (reply.kind === 'board-not-found') waiter.reject(new AppError('BOARD_NOT_FOUND'));
    else if (reply.kind === 'range') waiter.reject(new RangeError(reply.message));
    else {
      const error = new AppError('STORE_UNAVAILABLE', `cannot write to the SQLite database at ${this.path}: ${reply.message}`);
      error.cause = { code: reply.code }; // SQLite's own code, which says whether trying again can help
      waiter.reject(error);
    }
  }

  private lost(worker: Worker, cause: Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const error = new AppError(
      'STORE_UNAVAILABLE',
      `the SQLite writer thread for ${this.path} failed (${cause.message}); a new one starts with the next write`,
    );
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }

  private async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      worker.on('message', (reply: WriterReply) => reply.type === 'closed' && resolve());
      worker.once('exit', () => resolve());
      worker.ref();
      worker.postMessage({ type: 'close' } satisfies WriterRequest);
    });
    this.worker = null;
    await worker.terminate();
  }
}
