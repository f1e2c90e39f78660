import type { LayoutRequest } from '../../domain/index.js';
import type { Position } from '../../domain/map/index.js';
import { AppError } from '../../shared/index.js';
import { WorkerPool } from '../workers/WorkerPool.js';

export interface MapLayoutOptions {
  /** Longest one layout may run before its thread is stopped (LAYOUT_FAILED). */
  timeoutMs: number;
  /** Layouts that may wait behind the running one; one more is LAYOUT_BUSY. */
  maxWaiting: number;
  log: (line: string) => void;
}

/**
 * Automatic map layouts, computed on the server (POST /api/boards/:id/layout) so the
 * browser never downloads the layout engine (half a megabyte of JavaScript, gzipped).
 * One layout runs at a time on one worker thread (layoutWorker.ts) of a WorkerPool: a few
 * more may wait, past that a request is refused at once, and a layout that runs too long
 * has its thread stopped (the next starts a new one).
 */
export class MapLayout {
  private readonly pool: WorkerPool;

  constructor(private readonly options: MapLayoutOptions) {
    this.pool = new WorkerPool({
      from: import.meta.url,
      module: 'layoutWorker',
      name: 'layout',
      threads: 1,
      timeoutMs: options.timeoutMs,
      maxWaiting: options.maxWaiting,
      busy: (detail) => new AppError('LAYOUT_BUSY', detail),
      failed: (detail) => new AppError('LAYOUT_FAILED', detail),
      log: options.log,
    });
  }

  /** Positions (top-left corners from 0, 0) for every actor of `request`. */
  async layOut(request: LayoutRequest): Promise<Record<string, Position>> {
    const { positions, ms } = await this.pool.run<{ positions: Record<string, Position>; ms: number }>(request);
    this.options.log(`layout: ${request.actors.length} actors, ${request.flows.length} flows in ${ms} ms`);
    return positions;
  }

  /** Stops the thread; layouts running or waiting fail. */
  close(): Promise<void> {
    return this.pool.close();
  }
}
