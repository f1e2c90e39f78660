import { afterEach, describe, expect, it, vi } from 'vitest';
import { boardDrawn, holdUntilBoardDrawn, whenBoardDrawn } from '../../../src/web/collab/boardDrawn.js';

/** Settles pending promise callbacks, so a check sees whether a promise has resolved. */
const flush = () => new Promise((resolve) => setImmediate(resolve));

const watch = (promise: Promise<void>) => {
  const seen = { done: false };
  void promise.then(() => (seen.done = true));
  return seen;
};

describe('the board page\'s "drawn" signal (collab/boardDrawn)', () => {
  afterEach(() => {
    boardDrawn();
    vi.useRealTimers();
  });

  it('with no hold, the live parts go at once', async () => {
    const seen = watch(whenBoardDrawn());
    await flush();
    expect(seen.done).toBe(true);
  });

  it('a hold keeps them until the board says it is drawn; later waiters go at once', async () => {
    holdUntilBoardDrawn();
    const seen = watch(whenBoardDrawn());
    await flush();
    expect(seen.done).toBe(false);
    boardDrawn();
    await flush();
    expect(seen.done).toBe(true);
    const later = watch(whenBoardDrawn());
    await flush();
    expect(later.done).toBe(true);
  });

  it('a hold ends by itself after its longest wait, and when it is released (the board closed)', async () => {
    vi.useFakeTimers();
    holdUntilBoardDrawn(3000);
    const timedOut = watch(whenBoardDrawn());
    await vi.advanceTimersByTimeAsync(2999);
    expect(timedOut.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(timedOut.done).toBe(true);

    const release = holdUntilBoardDrawn(3000);
    const released = watch(whenBoardDrawn());
    await vi.advanceTimersByTimeAsync(10);
    expect(released.done).toBe(false);
    release();
    release(); // a second call changes nothing
    await vi.advanceTimersByTimeAsync(0);
    expect(released.done).toBe(true);
  });

  it('with two holds, the live parts wait for both', async () => {
    const first = holdUntilBoardDrawn();
    const second = holdUntilBoardDrawn();
    const seen = watch(whenBoardDrawn());
    first();
    await flush();
    expect(seen.done).toBe(false);
    second();
    await flush();
    expect(seen.done).toBe(true);
  });
});
