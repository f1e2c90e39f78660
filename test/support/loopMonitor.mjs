/**
 * Preloaded into a server process (`node --import …/loopMonitor.mjs`) by
 * `startServerProcess(…, { monitorLoop: true })` in cliProcess.ts: the process measures its own
 * main thread (event-loop delay, and garbage-collection pauses of its heap) and answers over the
 * IPC channel its parent opened, so a test or bench reads the server's stalls, not its own. No
 * route serves it; the server's code is not changed. Plain JavaScript: it runs before tsx
 * (source) or without it (the build).
 *
 * `{ type: 'loop', reset }` → a LoopReport (cliProcess.ts) over the window since the last
 * reset; `reset: true` starts a new window after answering.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';

/** The histogram samples every 10 ms and records the time between samples, so 10 ms are taken off each value. */
const resolutionMs = 10;

/**
 * The main thread's time on a core and waiting for one, ns, since it started (Linux: its
 * thread id is the process id); null elsewhere. On a loaded machine a stall is partly the
 * thread's own work and partly waiting for a core: this tells them apart.
 */
const schedstat = `/proc/self/task/${process.pid}/schedstat`;
function scheduled() {
  try {
    const [run, wait] = readFileSync(schedstat, 'utf8').split(' ').map(Number);
    return { run, wait };
  } catch {
    return null;
  }
}

/**
 * Samples the main thread every 10 ms: the longest gap between two samples (the stall, as the
 * histogram sees it), with the thread's time on a core and waiting for one within that gap, and
 * the most time on a core within any one gap (its longest piece of work).
 */
function longestGap() {
  let last = { at: performance.now(), sched: scheduled() };
  let worst = { wallMs: 0, cpuMs: 0, waitMs: 0 };
  let cpuMaxMs = 0;
  setInterval(() => {
    const now = { at: performance.now(), sched: scheduled() };
    const wallMs = Math.max(0, now.at - last.at - resolutionMs);
    const cpuMs = now.sched && last.sched ? (now.sched.run - last.sched.run) / 1e6 : NaN;
    const waitMs = now.sched && last.sched ? (now.sched.wait - last.sched.wait) / 1e6 : NaN;
    if (wallMs >= worst.wallMs) worst = { wallMs, cpuMs, waitMs };
    if (cpuMs > cpuMaxMs) cpuMaxMs = cpuMs;
    last = now;
  }, resolutionMs).unref();
  return {
    report: () => ({ longest: worst, cpuMaxMs }),
    reset: () => {
      worst = { wallMs: 0, cpuMs: 0, waitMs: 0 };
      cpuMaxMs = 0;
    },
  };
}

if (process.send) {
  const loop = monitorEventLoopDelay({ resolution: resolutionMs });
  loop.enable();
  const gaps = longestGap();
  let gcMaxMs = 0;
  let gcTotalMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMaxMs = Math.max(gcMaxMs, entry.duration);
      gcTotalMs += entry.duration;
    }
  }).observe({ entryTypes: ['gc'] });
  const ms = (ns) => Math.max(0, ns / 1e6 - resolutionMs);
  process.on('message', (message) => {
    if (message?.type !== 'loop') return;
    process.send?.({
      type: 'loop',
      maxMs: loop.count ? ms(loop.max) : 0,
      p99Ms: loop.count ? ms(loop.percentile(99)) : 0,
      samples: loop.count,
      gcMaxMs,
      gcTotalMs,
      ...gaps.report(),
    });
    if (message.reset) {
      loop.reset();
      gaps.reset();
      gcMaxMs = 0;
      gcTotalMs = 0;
    }
  });
  // The test or bench that started this server is gone: so is the server, rather than linger with a port open.
  process.on('disconnect', () => process.exit(0));
}
