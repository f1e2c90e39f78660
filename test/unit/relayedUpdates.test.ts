import { afterEach, describe, expect, it, vi } from 'vitest';
import { RelayedUpdates } from '../../src/server/cluster/relayedUpdates.js';

/** Whether `p` has settled (resolved: 'stored', rejected: the error's message) after pending work ran. */
async function state(p: Promise<void>): Promise<string> {
  let out = 'waiting';
  p.then(
    () => (out = 'stored'),
    (e: Error) => (out = e.message),
  );
  await vi.advanceTimersByTimeAsync(0);
  return out;
}

describe('M8: changes another instance relayed before storing them', () => {
  afterEach(() => void vi.useRealTimers());

  function relayed(store: (board: string, update: Uint8Array) => Promise<void>) {
    vi.useFakeTimers();
    const written: string[] = [];
    const held = new RelayedUpdates({
      waitMs: 2000,
      maxWaitMs: 10_000,
      storeHere: (board, update) => {
        written.push(`${board}:${update[0]}`);
        return store(board, update);
      },
    });
    return { held, written };
  }

  it('an acknowledgement waits for every change held before it, until its origin says stored up to it', async () => {
    const { held, written } = relayed(async () => {});
    held.hold('b1', 'one', 1, Uint8Array.of(1));
    held.hold('b1', 'two', 1, Uint8Array.of(2));
    held.hold('b1', 'one', 2, Uint8Array.of(3));
    const ack = held.settled('b1');
    expect(await state(held.settled('b2'))).toBe('stored');
    held.confirm('b1', 'one', 1);
    held.confirm('b1', 'one', 2);
    expect(await state(ack)).toBe('waiting'); // instance two has not said so
    held.confirm('b2', 'two', 5);
    expect(await state(ack)).toBe('waiting'); // another board
    held.confirm('b1', 'two', 1);
    expect(await state(ack)).toBe('stored');
    expect(held.waiting('b1')).toBe(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(written).toEqual([]); // announced in time: nothing stored twice
  });

  it('"stored up to n" covers the lower numbers only; a change held after an acknowledgement does not delay it', async () => {
    const { held } = relayed(async () => {});
    held.hold('b1', 'one', 4, Uint8Array.of(1));
    const ack = held.settled('b1');
    held.hold('b1', 'one', 5, Uint8Array.of(2));
    held.confirm('b1', 'one', 4);
    expect(await state(ack)).toBe('stored');
    expect(await state(held.settled('b1'))).toBe('waiting');
    expect(held.waiting('b1')).toBe(1);
  });

  it('with no announcement in time (the origin died), the change is stored here, then counts as stored', async () => {
    let finish = () => {};
    const { held, written } = relayed(() => new Promise<void>((resolve) => (finish = resolve)));
    held.hold('b1', 'gone', 1, Uint8Array.of(7));
    const ack = held.settled('b1');
    await vi.advanceTimersByTimeAsync(1999);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(written).toEqual(['b1:7']);
    expect(await state(ack)).toBe('waiting'); // on its way to disk
    finish();
    expect(await state(ack)).toBe('stored');
  });

  it('an origin that goes on announcing other changes stored is waited for longer, up to the longest wait', async () => {
    const { held, written } = relayed(async () => {});
    held.hold('b1', 'slow', 1, Uint8Array.of(1));
    held.hold('b1', 'gone', 1, Uint8Array.of(2));
    // "slow" stores other boards' changes every second; "gone" says nothing.
    for (let s = 1; s <= 9; s++) {
      await vi.advanceTimersByTimeAsync(1000);
      held.confirm('other', 'slow', s);
    }
    expect(written).toEqual(['b1:2']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(written).toEqual(['b1:2', 'b1:1']); // ten seconds: stored here all the same
    expect(await state(held.settled('b1'))).toBe('stored');
  });

  it('storeNow stores what is held at once (Redis gone, board unloaded); a write that fails for good fails the wait', async () => {
    const { held, written } = relayed(async (board) => {
      if (board === 'b2') throw new Error('the server is stopping');
    });
    held.hold('b1', 'one', 1, Uint8Array.of(1));
    held.hold('b2', 'one', 2, Uint8Array.of(2));
    const [one, two] = [held.settled('b1'), held.settled('b2')];
    held.storeNow('b1');
    expect(written).toEqual(['b1:1']);
    expect(await state(one)).toBe('stored');
    held.storeNow();
    expect(written).toEqual(['b1:1', 'b2:2']);
    expect(await state(two)).toBe('the server is stopping');
    expect([held.waiting('b1'), held.waiting('b2')]).toEqual([0, 0]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(written).toHaveLength(2); // no second write when the timer would have fired
  });
});
