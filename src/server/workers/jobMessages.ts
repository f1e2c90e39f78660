/** What WorkerPool sends a worker thread (serveJobs.ts answers), and what comes back. */
export interface JobMessage {
  id: number;
  job: unknown;
}

/**
 * A job's result, or its failure: an AppError travels as its code, detail and details and is made
 * again on the other side; any other error as its message only (logged, answered as `failed`).
 */
export type JobReply =
  /** Once, when the thread has loaded its modules and takes jobs. */
  | { type: 'ready' }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'failed'; code?: string; detail?: string; details?: Record<string, unknown>; message: string };
