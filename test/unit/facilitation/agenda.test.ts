import { describe, expect, it } from 'vitest';
import {
  addActivity,
  moveActivity,
  removeActivity,
  restoreAgenda,
  totalMinutes,
  updateActivity,
} from '../../../src/domain/facilitation/index.js';
import type { Activity } from '../../../src/domain/index.js';
import { isAppError } from '../../../src/shared/index.js';

const agenda: Activity[] = [
  { id: 'a', title: 'Welcome', kind: 'plenary', minutes: 10 },
  { id: 'b', title: 'Map', kind: 'ecosystem-mapping', minutes: 60 },
  { id: 'c', title: 'Reflect', kind: 'reflection', minutes: 15 },
];
const ids = (list: Activity[]) => list.map((a) => a.id);

/** The message of the VALIDATION_FAILED error `run` throws. */
function validationMessage(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (isAppError(e) && e.code === 'VALIDATION_FAILED') return e.message;
    throw e;
  }
  throw new Error('expected VALIDATION_FAILED');
}

describe('agenda operations', () => {
  it('adds at the end or at a position, trimming the title, without touching the input', () => {
    const added = addActivity(agenda, { id: 'd', title: '  Break ', kind: 'break', minutes: 15 });
    expect(ids(added)).toEqual(['a', 'b', 'c', 'd']);
    expect(added[3]!.title).toBe('Break');
    expect(ids(addActivity(agenda, { id: 'd', title: 'Break', kind: 'break', minutes: 15 }, 0))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(agenda)).toEqual(['a', 'b', 'c']);
  });

  it('removes and moves by id', () => {
    expect(ids(removeActivity(agenda, 'b'))).toEqual(['a', 'c']);
    expect(ids(moveActivity(agenda, 'a', 2))).toEqual(['b', 'c', 'a']);
    expect(ids(moveActivity(agenda, 'c', 0))).toEqual(['c', 'a', 'b']);
    expect(ids(moveActivity(agenda, 'b', 1))).toEqual(['a', 'b', 'c']);
  });

  it('updates fields but never the id', () => {
    const updated = updateActivity(agenda, 'b', { minutes: 75, title: 'Map the ecosystem', id: 'zzz' } as never);
    expect(updated[1]).toEqual({ id: 'b', title: 'Map the ecosystem', kind: 'ecosystem-mapping', minutes: 75 });
    expect(agenda[1]!.minutes).toBe(60);
  });

  it('sums the planned minutes', () => {
    expect(totalMinutes(agenda)).toBe(85);
    expect(totalMinutes([])).toBe(0);
  });

  it('refuses minutes outside 1–480 or not whole, naming the field', () => {
    expect(validationMessage(() => updateActivity(agenda, 'a', { minutes: 0 }))).toMatch(/^minutes: must be at least 1 minute/);
    expect(validationMessage(() => updateActivity(agenda, 'a', { minutes: 481 }))).toMatch(/^minutes: must be at most 480 minutes/);
    expect(validationMessage(() => updateActivity(agenda, 'a', { minutes: 2.5 }))).toMatch(/^minutes: must be a whole number/);
    expect(updateActivity(agenda, 'a', { minutes: 480 })[0]!.minutes).toBe(480);
  });

  it('refuses an empty or over-long title', () => {
    expect(validationMessage(() => addActivity(agenda, { id: 'd', title: '   ', kind: 'break', minutes: 5 }))).toMatch(
      /^title: is required/,
    );
    expect(validationMessage(() => updateActivity(agenda, 'a', { title: 'x'.repeat(121) }))).toMatch(/^title: is longer than 120/);
  });

  it('refuses a repeated id, an unknown id and a position out of range', () => {
    expect(validationMessage(() => addActivity(agenda, { id: 'a', title: 'Again', kind: 'break', minutes: 5 }))).toMatch(/^id: /);
    expect(validationMessage(() => removeActivity(agenda, 'nope'))).toMatch(/^activityId: no activity with id nope/);
    expect(validationMessage(() => moveActivity(agenda, 'a', 3))).toMatch(/^to: /);
    expect(validationMessage(() => moveActivity(agenda, 'a', -1))).toMatch(/^to: /);
    expect(validationMessage(() => addActivity(agenda, { id: 'd', title: 'Late', kind: 'break', minutes: 5 }, 4))).toMatch(/^at: /);
  });

  it('refuses an unknown kind', () => {
    expect(validationMessage(() => updateActivity(agenda, 'a', { kind: 'party' as never }))).toMatch(/^kind: /);
  });

  it('restoreAgenda names the activity and field of a bad entry, and repeated ids', () => {
    expect(validationMessage(() => restoreAgenda([agenda[0], { ...agenda[1], minutes: -5 }]))).toMatch(/^1\.minutes: /);
    expect(validationMessage(() => restoreAgenda([agenda[0], agenda[0]]))).toMatch(/^1\.id: repeats the id a/);
    expect(validationMessage(() => restoreAgenda('not a list'))).toMatch(/^body: /);
    expect(restoreAgenda(agenda)).toEqual(agenda);
  });

  it('stops at 50 activities', () => {
    let long: Activity[] = [];
    for (let i = 0; i < 50; i++) long = addActivity(long, { id: `a${i}`, title: `Step ${i}`, kind: 'plenary', minutes: 1 });
    expect(validationMessage(() => addActivity(long, { id: 'x', title: 'One more', kind: 'plenary', minutes: 1 }))).toMatch(/^agenda: /);
  });
});
