import { describe, expect, it } from 'vitest';
import { isOrderKey, keyBetween, spreadKeys } from '../../../src/doc/canvas/orderKey.js';
import { createPrng } from '../../fuzz/prng.js';

describe('fractional order keys', () => {
  it('places a key strictly between its neighbours, or at either end', () => {
    expect(keyBetween(undefined, undefined)).toBe('i');
    const a = keyBetween(undefined, undefined);
    const b = keyBetween(a, undefined);
    const c = keyBetween(undefined, a);
    const d = keyBetween(c, a);
    expect([c, d, a, b].every(isOrderKey)).toBe(true);
    expect(c < d && d < a && a < b).toBe(true);
  });

  it('O1: 2000 random insertions keep the list strictly ordered with valid keys (seed 5)', () => {
    const rng = createPrng(5);
    const keys: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const at = rng.int(keys.length + 1);
      const key = keyBetween(keys[at - 1], keys[at]);
      expect(isOrderKey(key)).toBe(true);
      if (at > 0) expect(key > keys[at - 1]!).toBe(true);
      if (at < keys.length) expect(key < keys[at]!).toBe(true);
      keys.splice(at, 0, key);
    }
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThan(40);
  });

  it('never throws on keys a peer wrote badly', () => {
    expect(isOrderKey(keyBetween('not a key!', 'i'))).toBe(true);
    expect(keyBetween('r', 'i') > 'r').toBe(true); // neighbours out of order: after the first
    expect(keyBetween('i', 'i') > 'i').toBe(true);
    expect(isOrderKey(keyBetween(undefined, '0'))).toBe(true);
  });

  it('spreads imported lists evenly, in order', () => {
    for (const n of [0, 1, 35, 36, 37, 1300]) {
      const keys = spreadKeys(n);
      expect(keys).toHaveLength(n);
      expect(keys.every(isOrderKey)).toBe(true);
      expect([...keys].sort()).toEqual(keys);
      expect(new Set(keys).size).toBe(n);
    }
  });
});
