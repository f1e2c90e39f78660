import { afterEach, describe, expect, it } from 'vitest';
import type { LayoutRequest } from '../../src/domain/index.js';
import { MapLayout } from '../../src/server/layout/MapLayout.js';

/** `n` actors and `2n` flows between actors far apart in the list: ELK takes many seconds on a few thousand. */
const chain = (n: number): LayoutRequest => ({
  actors: Array.from({ length: n }, (_, i) => ({ id: `a${i}`, width: 240, height: 110 })),
  flows: Array.from({ length: n * 2 }, (_, i) => ({ from: `a${i % n}`, to: `a${(i * 7919 + 1) % n}` })),
  aspectRatio: 1.5,
});

describe('MapLayout: one layout at a time on a worker thread', { timeout: 60_000 }, () => {
  let layout: MapLayout;
  const logs: string[] = [];
  afterEach(() => layout.close());

  it('refuses a layout at once when the queue is full, and runs the rest', async () => {
    layout = new MapLayout({ timeoutMs: 60_000, maxWaiting: 1, log: (l) => logs.push(l) });
    const running = layout.layOut(chain(20));
    const waiting = layout.layOut(chain(3));
    await expect(layout.layOut(chain(2))).rejects.toMatchObject({ code: 'LAYOUT_BUSY', status: 503 });
    expect(Object.keys(await running)).toHaveLength(20);
    expect(Object.keys(await waiting)).toHaveLength(3);
    expect(logs.filter((l) => /^layout: \d+ actors, \d+ flows in \d+ ms$/.test(l))).toHaveLength(2);
  });

  it('stops a layout that runs too long, and the next one runs on a new thread', async () => {
    layout = new MapLayout({ timeoutMs: 2000, maxWaiting: 2, log: (l) => logs.push(l) });
    const warm = performance.now();
    await layout.layOut(chain(3)); // the thread is up: the next layout runs at once
    const slow = layout.layOut(chain(5000)); // about 8 s of ELK here
    const next = layout.layOut(chain(3));
    await expect(slow).rejects.toMatchObject({
      code: 'LAYOUT_FAILED',
      message: /^It took longer than 2 s\. The automatic layout did not finish/,
    });
    expect(logs).toContain('layout stopped after 2 s');
    expect(Object.keys(await next)).toEqual(['a0', 'a1', 'a2']);
    expect(performance.now() - warm).toBeGreaterThan(2000);
  });

  it('fails the layouts waiting when it closes', async () => {
    layout = new MapLayout({ timeoutMs: 60_000, maxWaiting: 2, log: () => {} });
    const running = expect(layout.layOut(chain(50))).rejects.toMatchObject({ code: 'LAYOUT_BUSY' });
    const waiting = expect(layout.layOut(chain(2))).rejects.toMatchObject({ code: 'LAYOUT_BUSY' });
    await layout.close();
    await running;
    await waiting;
    await expect(layout.layOut(chain(2))).rejects.toMatchObject({ code: 'LAYOUT_BUSY' });
  });
});
