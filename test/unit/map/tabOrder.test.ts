import { describe, expect, it } from 'vitest';
import { neighbourAfterRemoval, nextInTabOrder } from '../../../src/web/map/canvas/tabOrder.js';

const order = ['a', 'b', 'c', 'd'];

describe('the map’s keyboard order', () => {
  it('Tab goes to the next node and Shift+Tab to the one before, drawn or not; at either end focus leaves the map', () => {
    expect(nextInTabOrder(order, 'b', false)).toBe('c');
    expect(nextInTabOrder(order, 'b', true)).toBe('a');
    expect(nextInTabOrder(order, 'd', false)).toBeNull();
    expect(nextInTabOrder(order, 'a', true)).toBeNull();
    expect(nextInTabOrder(order, 'gone', false)).toBeNull();
  });

  it('after a delete, focus goes to the next node that stays, else the one before, else nowhere (the canvas)', () => {
    expect(neighbourAfterRemoval(order, new Set(['b']), 'b')).toBe('c');
    expect(neighbourAfterRemoval(order, new Set(['b', 'c']), 'b')).toBe('d');
    expect(neighbourAfterRemoval(order, new Set(['d']), 'd')).toBe('c');
    expect(neighbourAfterRemoval(order, new Set(['c', 'd']), 'd')).toBe('b');
    expect(neighbourAfterRemoval(order, new Set(order), 'a')).toBeNull();
    // Nothing focused on the map (deleted from the toolbar): the first that stays.
    expect(neighbourAfterRemoval(order, new Set(['a']), undefined)).toBe('b');
  });
});
