import type { LayoutRequest } from '../../domain/index.js';
import type { Position } from '../../domain/map/index.js';

/** What MapLayout sends its worker thread (layoutWorker.ts), and what comes back. */
export interface LayoutJob {
  id: number;
  request: LayoutRequest;
}

export type LayoutReply =
  { id: number; type: 'done'; positions: Record<string, Position>; ms: number } | { id: number; type: 'failed'; message: string };
