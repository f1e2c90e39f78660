import type { LayoutRequest } from '../../domain/index.js';
import { serveJobs } from '../workers/serveJobs.js';
import { elkLayout } from './elkLayout.js';

/**
 * The worker side of MapLayout: ELK computes for seconds on a large map, all of it
 * synchronous; here it holds up only this thread, not the server's event loop.
 */
serveJobs(async (request: LayoutRequest) => {
  const started = performance.now();
  const positions = await elkLayout(request);
  return { result: { positions, ms: Math.round(performance.now() - started) } };
});
