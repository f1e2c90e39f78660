import { describe, expect, it } from 'vitest';
import { AudienceCounts, audienceFreshMs } from '../../src/server/cluster/AudienceCounts.js';
import { clusterKey, openEnvelope, sealEnvelope, type Envelope } from '../../src/server/cluster/envelope.js';

/** Counts on a clock the test moves. */
function countsAt(start = 1_000_000) {
  const clock = { ms: start };
  return { clock, counts: new AudienceCounts(() => clock.ms) };
}

describe('W4: the audience counted over every instance', () => {
  it('sums the counts of the other instances per board; a zero forgets that instance', () => {
    const { counts } = countsAt();
    expect(counts.othersWatching('b1')).toBe(0);
    expect(counts.hear('i2', 'b1', 3)).toBe(true);
    expect(counts.hear('i3', 'b1', 4)).toBe(true);
    expect(counts.hear('i3', 'b2', 9)).toBe(true);
    expect(counts.othersWatching('b1')).toBe(7);
    expect(counts.othersWatching('b2')).toBe(9);
    // An instance's new count replaces its old one; the same count again changes nothing.
    expect(counts.hear('i2', 'b1', 5)).toBe(true);
    expect(counts.hear('i2', 'b1', 5)).toBe(false);
    expect(counts.othersWatching('b1')).toBe(9);
    expect(counts.hear('i3', 'b1', 0)).toBe(true);
    expect(counts.othersWatching('b1')).toBe(5);
    expect(counts.hear('i4', 'b1', 0)).toBe(false);
  });

  it('a count not said again in time ages out; one said again stays', () => {
    const { clock, counts } = countsAt();
    counts.hear('said-again', 'b1', 2);
    counts.hear('silent', 'b1', 3);
    counts.hear('silent', 'b2', 1);
    clock.ms += audienceFreshMs - 1;
    expect(counts.ageOut()).toEqual([]);
    expect(counts.othersWatching('b1')).toBe(5);
    counts.hear('said-again', 'b1', 2);
    clock.ms += 1;
    // Stale counts are left out of the sum even before they are swept.
    expect(counts.othersWatching('b1')).toBe(2);
    expect(counts.ageOut().sort()).toEqual(['b1', 'b2']);
    expect(counts.othersWatching('b1')).toBe(2);
    expect(counts.othersWatching('b2')).toBe(0);
    expect(counts.ageOut()).toEqual([]);
    // A silent instance that speaks again is counted again.
    expect(counts.hear('silent', 'b2', 1)).toBe(true);
    expect(counts.othersWatching('b2')).toBe(1);
  });

  it('says its own count when it changes, and lists the boards above zero to say again', () => {
    const { counts } = countsAt();
    expect(counts.setOwn('b1', 0)).toBe(false);
    expect(counts.setOwn('b1', 2)).toBe(true);
    expect(counts.setOwn('b1', 2)).toBe(false);
    expect(counts.setOwn('b2', 1)).toBe(true);
    expect(counts.ownCounts()).toEqual([
      ['b1', 2],
      ['b2', 1],
    ]);
    expect(counts.setOwn('b2', 0)).toBe(true);
    expect(counts.ownCounts()).toEqual([['b1', 2]]);
    // Its own count is not among the others'.
    expect(counts.othersWatching('b1')).toBe(0);
  });
});

describe('M3: the audience count between instances', () => {
  const key = clusterKey('the token secret');
  const envelope: Envelope = { prefix: 'ocs:', from: 'i1', at: 1, message: { kind: 'audience', doc: 'b1', watching: 12 } };

  it('opens as it was sent', () => {
    expect(openEnvelope(key, 'ocs:', sealEnvelope(key, envelope))).toEqual(envelope);
  });

  it('a count that is not a whole number from 0 up is unreadable', () => {
    for (const watching of [-1, 1.5, Number.NaN, '3'])
      expect(openEnvelope(key, 'ocs:', sealEnvelope(key, { ...envelope, message: { ...envelope.message, watching } } as Envelope))).toBe(
        'unreadable',
      );
  });
});
