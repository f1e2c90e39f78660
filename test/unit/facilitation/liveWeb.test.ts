import { describe, expect, it } from 'vitest';
import { livePeopleFrom } from '../../../src/web/collab/livePeople.js';
import { fromDraft, moved, toDraft } from '../../../src/web/components/facilitator/agendaDraft.js';
import { formatClock } from '../../../src/web/facilitation/formatClock.js';
import { parseComment, parseReaction } from '../../../src/web/facilitation/reactions.js';

// The browser app's pure helpers for live facilitation (the rest is covered by e2e/facilitation.test.ts).

describe('the timer as a clock reads', () => {
  it('rounds up to the second, so a fresh timer shows its minutes and 0:00 means time is up', () => {
    expect(formatClock(10 * 60_000)).toBe('10:00');
    expect(formatClock(10 * 60_000 - 1)).toBe('10:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5_000)).toBe('0:00');
    expect(formatClock(65 * 60_000 + 30_000)).toBe('1:05:30');
  });
});

describe('the agenda editor’s draft', () => {
  const agenda = [
    { id: 'a', title: 'Welcome', kind: 'plenary' as const, minutes: 10 },
    { id: 'b', title: 'Map', kind: 'ecosystem-mapping' as const, minutes: 60 },
    { id: 'c', title: 'Reflect', kind: 'reflection' as const, minutes: 15 },
  ];

  it('round-trips an agenda, trimming titles; a half-typed number stays wrong for the server to name', () => {
    expect(fromDraft(toDraft(agenda))).toEqual(agenda);
    const typed = toDraft(agenda).map((row, i) => (i === 0 ? { ...row, title: '  Hello  ', minutes: '' } : row));
    const [first] = fromDraft(typed);
    expect(first?.title).toBe('Hello');
    expect(Number.isNaN(first?.minutes)).toBe(true);
  });

  it('moves a row to a position and leaves the input alone; out-of-range moves change nothing', () => {
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).join('');
    expect(ids(moved(agenda, 2, 0))).toBe('cab');
    expect(ids(moved(agenda, 0, 1))).toBe('bac');
    expect(ids(moved(agenda, 0, 3))).toBe('abc');
    expect(ids(agenda)).toBe('abc');
  });
});

describe('reactions and comments from peers are restored before they are shown', () => {
  it('keeps a known emoji at a place, drops anything else', () => {
    expect(parseReaction({ reaction: 'clap', at: 'plenary' })).toEqual({ reaction: 'clap', at: 'plenary' });
    expect(parseReaction({ reaction: 'poop', at: 'plenary' })).toBeNull();
    expect(parseReaction({ reaction: 'clap', at: '' })).toBeNull();
    expect(parseReaction({ reaction: 'clap', at: 'x'.repeat(65) })).toBeNull();
    expect(parseReaction('clap')).toBeNull();
  });

  it('trims comments, cuts them to 280 characters and drops empty ones', () => {
    expect(parseComment('  Who pays?  ')).toBe('Who pays?');
    expect(parseComment('x'.repeat(400))).toHaveLength(280);
    expect(parseComment('   ')).toBeNull();
    expect(parseComment(42)).toBeNull();
  });
});

describe('who is here and where, from the control document’s awareness', () => {
  it('reads places and participant ids, and treats malformed ones as unknown', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { name: 'Amira', role: 'participant', colour: '#0b6e69' }, at: 'bd_map', participantId: 'pt_1' }],
      [2, { user: { name: 'Olu', role: 'observer' }, at: 42, participantId: '' }],
      [3, { at: 'plenary' }],
    ]);
    const people = livePeopleFrom(states, 2);
    expect(people.map((p) => [p.name, p.at, p.participantId, p.isMe])).toEqual([
      ['Olu', null, null, true],
      ['Amira', 'bd_map', 'pt_1', false],
    ]);
  });
});
