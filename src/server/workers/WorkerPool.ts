import type { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/index.js';
import { spawnWorker } from '../spawnWorker.js';
import type { JobMessage, JobReply } from './jobMessages.js';

export interface WorkerPoolOptions {
  /** The caller's import.meta.url and the worker module next to it (see spawnWorker). */
  from: string;
  module: string;
  /** What the jobs are, for logs: "layout" → "layout stopped after 60 s". */
  name: string;
  /** Threads that run jobs at the same time. */
  threads: number;
  /** Longest one job may run before its thread is terminated (and replaced for the next job). */
  timeoutMs: number;
  /** Jobs that may wait for a free thread; one more is refused at once with `busy`. */
  maxWaiting: number;
  /** The error of a job refused because the queue is full, or the pool is closing. */
  busy: (detail?: string) => AppError;
  /** The error of a job that ran out of time, or whose thread was lost. */
  failed: (detail?: string) => AppError;
  log: (line: string) => void;
}

interface Pending {
  id: number;
  job: unknown;
  transfer: ArrayBuffer[];
  resolve: (result: unknown) => void;
  reject: (e: Error) => void;
}

interface Thread {
  worker: Worker;
  /** The thread has loaded its modules; a job's time limit runs from then (a job sent earlier waits in its queue). */
  ready: boolean;
  running: (Pending & { timer: NodeJS.Timeout | null }) | null;
}

/**
 * A few worker threads with a queue and a time limit, for work that would otherwise hold up the
 * event loop, and with it every request and live board of the server: layouts, file imports and
 * exports, pictures and reports. Threads start when first needed and are kept for the next job.
 * Past `maxWaiting` a job is refused at once rather than queued for minutes; a job over its time
 * limit has its thread terminated (the only way to stop synchronous work) and a new thread takes
 * the next. A job's own error (an AppError in the worker) comes back as the same AppError.
 */
export class WorkerPool {
  private readonly threads: Thread[] = [];
  private readonly waiting: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Runs `job` on a thread; `transfer` lists buffers handed over rather than copied. */
  run<T>(job: unknown, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.closed) return Promise.reject(this.options.busy('The server is stopping'));
    if (this.waiting.length >= this.options.maxWaiting) return Promise.reject(this.options.busy());
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, job, transfer, resolve: resolve as (r: unknown) => void, reject });
      this.startNext();
    });
  }

  /** Jobs running and waiting, for logs and tests. */
  get load(): { running: number; waiting: number } {
    return { running: this.threads.filter((t) => t.running).length, waiting: this.waiting.length };
  }

  /** Terminates the threads; jobs running or waiting fail with `busy`. */
  async close(): Promise<void> {
    this.closed = true;
    const stopping = this.options.busy('The server is stopping');
    for (const pending of this.waiting.splice(0)) pending.reject(stopping);
    const threads = this.threads.splice(0);
    for (const thread of threads) this.end(thread, (p) => p.reject(stopping));
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }

  private startNext(): void {
    while (!this.closed && this.waiting.length > 0) {
      const thread = this.threads.find((t) => !t.running) ?? (this.threads.length < this.options.threads ? this.spawn() : null);
      if (!thread) return;
      const next = this.waiting.shift()!;
      thread.running = { ...next, timer: thread.ready ? this.timer(thread) : null };
      thread.worker.ref(); // an answer is awaited: the process stays up for it
      const message: JobMessage = { id: next.id, job: next.job };
      try {
        thread.worker.postMessage(message, next.transfer);
      } catch (e) {
        this.end(thread, (p) => p.reject(e as Error));
      }
    }
  }

  private spawn(): Thread {
    const worker = spawnWorker(this.options.from, this.options.module, null);
    worker.unref();
    const thread: Thread = { worker, ready: false, running: null };
    worker.on('message', (reply: JobReply) => this.settle(thread, reply));
    worker.on('error', (e) => this.lost(thread, `it failed: ${e.message}`));
    worker.on('exit', (code) => this.lost(thread, `it stopped with exit code ${code}`));
    this.threads.push(thread);
    return thread;
  }

  private timer(thread: Thread): NodeJS.Timeout {
    return setTimeout(() => this.timedOut(thread), this.options.timeoutMs);
  }

  private settle(thread: Thread, reply: JobReply): void {
    if (reply.type === 'ready') {
      thread.ready = true;
      if (thread.running && !thread.running.timer) thread.running.timer = this.timer(thread);
      return;
    }
    if (thread.running?.id !== reply.id) return;
    if (reply.type === 'done') this.end(thread, (p) => p.resolve(reply.result));
    else {
      const { code, detail, details, message } = reply;
      if (!code) this.options.log(`${this.options.name} failed: ${message}`);
      this.end(thread, (p) => p.reject(code ? new AppError(code as ErrorCode, detail, details) : this.options.failed()));
    }
  }

  private timedOut(thread: Thread): void {
    const seconds = Math.round(this.options.timeoutMs / 1000);
    this.options.log(`${this.options.name} stopped after ${seconds} s`);
    this.drop(thread);
    this.end(thread, (p) => p.reject(this.options.failed(`It took longer than ${seconds} s`)));
  }

  private lost(thread: Thread, why: string): void {
    if (!this.threads.includes(thread)) return;
    this.options.log(`${this.options.name} thread lost: ${why}`);
    this.drop(thread);
    this.end(thread, (p) => p.reject(this.options.failed()));
  }

  /** Ends the thread's running job with `settle`, then starts what waits. */
  private end(thread: Thread, settle: (pending: Pending) => void): void {
    const running = thread.running;
    if (!running) return;
    if (running.timer) clearTimeout(running.timer);
    thread.running = null;
    thread.worker.unref();
    settle(running);
    this.startNext();
  }

  private drop(thread: Thread): void {
    const at = this.threads.indexOf(thread);
    if (at >= 0) this.threads.splice(at, 1);
    void thread.worker.terminate();
  }
}
