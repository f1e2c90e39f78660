import { describe, expect, it } from 'vitest';
import { maxOf, minOf, pushAll } from '../../src/shared/index.js';

describe('minOf, maxOf, pushAll: any length', () => {
  const big = Array.from({ length: 300_000 }, (_, i) => ((i * 7919) % 300_001) - 150_000);

  it('give what Math.min, Math.max and push give, where spreading a list that long throws', () => {
    expect(() => Math.min(...big)).toThrow(RangeError);
    expect(minOf(big)).toBe(big.reduce((a, b) => (b < a ? b : a)));
    expect(maxOf(big)).toBe(big.reduce((a, b) => (b > a ? b : a)));
    const list = [1];
    expect(pushAll(list, big)).toBe(list);
    expect(list).toHaveLength(300_001);
    expect(list[300_000]).toBe(big[299_999]);
  });

  it('keep Math.min and Math.max on empty lists and NaN', () => {
    expect(minOf([])).toBe(Math.min());
    expect(maxOf([])).toBe(Math.max());
    expect(minOf([3, Number.NaN, 1])).toBeNaN();
    expect(maxOf([3, Number.NaN, 1])).toBeNaN();
  });
});
