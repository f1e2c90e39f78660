import type { Worker } from 'node:worker_threads';
import type { LayoutRequest } from '../../domain/index.js';
import type { Position } from '../../domain/map/index.js';
import { AppError } from '../../shared/index.js';
import { spawnWorker } from '../spawnWorker.js';
import type { LayoutJob, LayoutReply } from './layoutMessages.js';

export interface MapLayoutOptions {
  /** Longest one layout may run before its thread is stopped (LAYOUT_FAILED). */
  timeoutMs: number;
  /** Layouts that may wait behind the running one; one more is LAYOUT_BUSY. */
  maxWaiting: number;
  log: (line: string) => void;
}

interface Pending {
  job: LayoutJob;
  resolve: (positions: Record<string, Position>) => void;
  reject: (e: Error) => void;
}

/**
 * Automatic map layouts, computed on the server (POST /api/boards/:id/layout) so the
 * browser never downloads the layout engine (half a megabyte of JavaScript, gzipped).
 * One layout runs at a time on one worker thread (layoutWorker.ts), kept for the next;
 * a few more may wait, and past that a request is refused at once rather than queued
 * for minutes. A layout that runs too long has its thread stopped; the next starts a new one.
 */
export class MapLayout {
  private worker: Worker | null = null;
  private running: (Pending & { timer: NodeJS.Timeout }) | null = null;
  private readonly waiting: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: MapLayoutOptions) {}

  /** Positions (top-left corners from 0, 0) for every actor of `request`. */
  layOut(request: LayoutRequest): Promise<Record<string, Position>> {
    if (this.closed) return Promise.reject(new AppError('LAYOUT_BUSY', 'The server is stopping'));
    if (this.waiting.length >= this.options.maxWaiting) return Promise.reject(new AppError('LAYOUT_BUSY'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ job: { id: this.nextId++, request }, resolve, reject });
      this.startNext();
    });
  }

  /** Stops the thread; layouts running or waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    const stopping = new AppError('LAYOUT_BUSY', 'The server is stopping');
    for (const pending of this.waiting.splice(0)) pending.reject(stopping);
    this.finish(this.running?.job.id, (p) => p.reject(stopping));
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private startNext(): void {
    if (this.running || this.closed) return;
    const next = this.waiting.shift();
    if (!next) return;
    const worker = this.thread();
    const timer = setTimeout(() => this.timedOut(worker), this.options.timeoutMs);
    this.running = { ...next, timer };
    worker.ref(); // an answer is awaited: the process stays up for it
    worker.postMessage(next.job);
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnWorker(import.meta.url, 'layoutWorker', null);
    worker.unref();
    worker.on('message', (reply: LayoutReply) => this.settle(reply));
    worker.on('error', (e) => this.lost(worker, `it failed: ${e.message}`));
    worker.on('exit', (code) => this.lost(worker, `it stopped with exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  private settle(reply: LayoutReply): void {
    const { actors, flows } = this.running?.job.request ?? { actors: [], flows: [] };
    if (reply.type === 'done') {
      this.options.log(`layout: ${actors.length} actors, ${flows.length} flows in ${reply.ms} ms`);
      this.finish(reply.id, (p) => p.resolve(reply.positions));
    } else {
      this.options.log(`layout failed: ${reply.message}`);
      this.finish(reply.id, (p) => p.reject(new AppError('LAYOUT_FAILED')));
    }
  }

  private timedOut(worker: Worker): void {
    const seconds = Math.round(this.options.timeoutMs / 1000);
    this.options.log(`layout stopped after ${seconds} s`);
    this.drop(worker);
    this.finish(this.running?.job.id, (p) => p.reject(new AppError('LAYOUT_FAILED', `It took longer than ${seconds} s`)));
  }

  private lost(worker: Worker, why: string): void {
    if (this.worker !== worker) return;
    this.options.log(`layout thread lost: ${why}`);
    this.worker = null;
    this.finish(this.running?.job.id, (p) => p.reject(new AppError('LAYOUT_FAILED')));
  }

  /** Ends the running layout `id` with `settle`, then starts the next. */
  private finish(id: number | undefined, settle: (pending: Pending) => void): void {
    const running = this.running;
    if (!running || running.job.id !== id) return;
    clearTimeout(running.timer);
    this.running = null;
    this.worker?.unref();
    settle(running);
    this.startNext();
  }

  private drop(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }
}
