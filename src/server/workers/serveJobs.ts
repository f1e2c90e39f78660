import { parentPort } from 'node:worker_threads';
import { AppError, errorRegistry } from '../../shared/index.js';
import type { JobMessage, JobReply } from './jobMessages.js';

/** What a job handler gives back: its result, and the buffers in it to hand over rather than copy. */
export interface JobResult {
  result: unknown;
  transfer?: ArrayBuffer[];
}

/** The detail an AppError was made with: its message without the registry's text after it. */
function detailOf(e: AppError): string | undefined {
  const base = errorRegistry[e.code].message;
  if (e.message === base) return undefined;
  return e.message.endsWith(`. ${base}`) ? e.message.slice(0, -base.length - 2) : e.message;
}

/**
 * The worker side of WorkerPool: runs each job the pool sends through `handle`, one at a time
 * (the pool sends the next only after the answer), and answers with its result or its error.
 */
export function serveJobs(handle: (job: never) => Promise<JobResult>): void {
  const port = parentPort!;
  port.on('message', async ({ id, job }: JobMessage) => {
    let reply: JobReply;
    let transfer: ArrayBuffer[] = [];
    try {
      const done = await handle(job as never);
      reply = { id, type: 'done', result: done.result };
      transfer = done.transfer ?? [];
    } catch (e) {
      reply =
        e instanceof AppError
          ? { id, type: 'failed', code: e.code, detail: detailOf(e), details: e.details, message: e.message }
          : { id, type: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(reply, transfer);
  });
  // A job's time limit counts from here: loading a thread's modules (seconds, from source under
  // load) is not the job's time.
  port.postMessage({ type: 'ready' } satisfies JobReply);
}
