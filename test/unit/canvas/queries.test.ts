import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  emptyCanvas,
  isCalendarDate,
  listActions,
  progress,
  readCanvasFile,
  reviewState,
  sortByVotes,
} from '../../../src/domain/canvas/index.js';
import type { Canvas } from '../../../src/domain/canvas/index.js';
import { fixture } from './fixtures.js';

function golden(): Canvas {
  const result = readCanvasFile(fixture('v1-air-quality.json'));
  if (!result.ok) throw new Error('golden does not load');
  return result.canvas;
}

describe('progress', () => {
  it('counts sections by status and actions by done', () => {
    expect(progress(golden())).toEqual({
      sections: 15,
      byStatus: { 'not-started': 3, discussed: 7, 'action-needed': 4, done: 1 },
      started: 12,
      done: 1,
      percentDone: 7,
      notes: 15,
      actions: { total: 4, done: 1, open: 3 },
    });
  });

  it('is zero for a new canvas and 100 when every section is done', () => {
    const canvas = emptyCanvas('t');
    expect(progress(canvas)).toMatchObject({ started: 0, done: 0, percentDone: 0 });
    for (const s of canvas.sections) s.status = 'done';
    expect(progress(canvas)).toMatchObject({ started: 15, done: 15, percentDone: 100 });
  });
});

describe('reviewState', () => {
  it.each([
    [undefined, '2027-01-01', { status: 'unscheduled' }],
    ['not a date', '2027-01-01', { status: 'unscheduled' }],
    ['2027-05-27', '2027-01-01', { status: 'scheduled', days: 146 }],
    ['2027-05-27', '2027-05-13', { status: 'due', days: 14 }],
    ['2027-05-27', '2027-05-27', { status: 'due', days: 0 }],
    ['2027-05-27', '2027-05-28', { status: 'overdue', days: -1 }],
    ['2028-03-01', '2028-02-28', { status: 'due', days: 2 }],
  ])('next review %s, today %s', (next, today, expected) => {
    expect(reviewState(next, today)).toEqual(expected);
  });

  it('takes the "due soon" window as an argument', () => {
    expect(reviewState('2027-05-27', '2027-05-13', 7)).toEqual({ status: 'scheduled', days: 14 });
    expect(reviewState('2027-05-27', '2027-05-27', 0)).toEqual({ status: 'due', days: 0 });
  });
});

describe('calendar dates', () => {
  it.each(['2027-01-31', '2028-02-29', '2000-02-29', '1999-12-31'])('%s is a date', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2027-02-29', '1900-02-29', '2027-04-31', '2027-13-01', '2027-00-10', '2027-1-5', '2027-01-31T10:00', '', 20270131])(
    '%s is not',
    (d) => expect(isCalendarDate(d)).toBe(false),
  );
  it('counts days across months, leap years and centuries', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2000-01-01', '2100-01-01')).toBe(36525);
    expect(daysBetween('1970-01-01', '2027-05-27')).toBe(Date.UTC(2027, 4, 27) / 86_400_000);
  });
});

describe('sortByVotes', () => {
  it('puts the most voted first and keeps the board order between equals', () => {
    const notes = golden().sections[0]!.notes.concat(golden().sections[1]!.notes);
    expect(sortByVotes(notes).map((n) => `${n.id}:${n.votes}`)).toEqual(['n4:4', 'n1:3', 'n5:2', 'n2:1', 'n3:0']);
    expect(sortByVotes(sortByVotes(notes))).toEqual(sortByVotes(notes));
    expect(notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5']);
  });
});

describe('listActions', () => {
  it('lists every action, open before done, high priority and early due dates first', () => {
    expect(listActions(golden()).map(({ section, action }) => `${section}/${action.id}`)).toEqual([
      'actions/a3',
      'sharing/a2',
      'negative-effects/a1',
      'actions/a4',
    ]);
  });
});
