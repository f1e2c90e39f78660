import { parentPort } from 'node:worker_threads';
import { elkLayout } from './elkLayout.js';
import type { LayoutJob, LayoutReply } from './layoutMessages.js';

/**
 * The worker side of MapLayout: ELK computes for seconds on a large map, all of it
 * synchronous; here it holds up only this thread, not the server's event loop.
 */
const port = parentPort!;

port.on('message', async ({ id, request }: LayoutJob) => {
  const started = performance.now();
  let reply: LayoutReply;
  try {
    const positions = await elkLayout(request);
    reply = { id, type: 'done', positions, ms: Math.round(performance.now() - started) };
  } catch (e) {
    reply = { id, type: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});
