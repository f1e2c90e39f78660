import { describe, expect, it } from 'vitest';
import { diffCanvases, isEmptyDiff, readCanvasFile } from '../../../src/domain/canvas/index.js';
import type { Canvas } from '../../../src/domain/canvas/index.js';
import { fixture } from './fixtures.js';

function golden(): Canvas {
  const result = readCanvasFile(fixture('v1-air-quality.json'));
  if (!result.ok) throw new Error('golden does not load');
  return result.canvas;
}

/** The golden canvas "after the review": a realistic set of changes. */
function afterReview(): Canvas {
  const b = golden();
  const [dataSources, rights, limitations] = b.sections;
  dataSources!.notes.push({ id: 'n20', text: 'Footfall counts from the high street cameras', author: 'Group 1', votes: 0 });
  rights!.notes.splice(1, 1); // n5 removed
  limitations!.notes[0]!.text = 'No sensors in the east, where the bus depot and two schools are';
  limitations!.notes[0]!.votes = 7;
  // n7 moves from limitations to minimising-harm
  const [n7] = limitations!.notes.splice(1, 1);
  b.sections[7]!.notes.push(n7!);
  b.sections[7]!.status = 'discussed';
  rights!.status = 'done';
  b.sections[11]!.actions[0]!.done = true; // a2 completed
  b.sections[14]!.actions.push({ id: 'a5', text: 'Publish the canvas', priority: 'medium', done: false });
  b.sections[14]!.actions[1]!.done = false; // a4 reopened
  b.sections[14]!.actions[0]!.due = '2027-02-28'; // a3 postponed
  b.reviews.push({ date: '2027-05-27', by: 'Ethics board', summary: 'Six-month review' });
  b.nextReview = '2027-11-27';
  return b;
}

describe('diffCanvases', () => {
  it('finds nothing between a canvas and itself', () => {
    expect(isEmptyDiff(diffCanvases(golden(), golden()))).toBe(true);
  });

  it('lists notes added, removed and changed, status changes and actions added or completed', () => {
    const diff = diffCanvases(golden(), afterReview());
    expect(diff.notesAdded).toEqual([{ section: 'data-sources', note: expect.objectContaining({ id: 'n20' }) }]);
    expect(diff.notesRemoved).toEqual([{ section: 'rights', note: expect.objectContaining({ id: 'n5' }) }]);
    expect(diff.notesChanged.map((c) => [c.id, c.fields])).toEqual([
      ['n6', ['text', 'votes']],
      ['n7', ['section']],
    ]);
    expect(diff.notesChanged[1]).toMatchObject({ before: { section: 'limitations' }, after: { section: 'minimising-harm' } });
    expect(diff.statusChanges).toEqual([
      { section: 'rights', from: 'action-needed', to: 'done' },
      { section: 'minimising-harm', from: 'not-started', to: 'discussed' },
    ]);
    expect(diff.actionsAdded.map((a) => a.action.id)).toEqual(['a5']);
    expect(diff.actionsCompleted.map((a) => a.action.id)).toEqual(['a2']);
    expect(diff.actionsReopened.map((a) => a.action.id)).toEqual(['a4']);
    expect(diff.actionsChanged).toEqual([expect.objectContaining({ id: 'a3', fields: ['due'] })]);
    expect(diff.actionsRemoved).toEqual([]);
    expect(diff.reviewsAdded).toEqual([{ date: '2027-05-27', by: 'Ethics board', summary: 'Six-month review' }]);
    expect(diff.nextReview).toEqual({ from: '2027-05-27', to: '2027-11-27' });
    expect(diff.map).toBeUndefined();
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('reads the other way round as the reverse', () => {
    const diff = diffCanvases(afterReview(), golden());
    expect(diff.notesAdded.map((n) => n.note.id)).toEqual(['n5']);
    expect(diff.notesRemoved.map((n) => n.note.id)).toEqual(['n20']);
    expect(diff.actionsRemoved.map((a) => a.action.id)).toEqual(['a5']);
    expect(diff.actionsCompleted.map((a) => a.action.id)).toEqual(['a4']);
    expect(diff.actionsReopened.map((a) => a.action.id)).toEqual(['a2']);
  });

  it('counts an action added already done as added and completed; ignores moves within a section', () => {
    const a = golden();
    const b = golden();
    b.sections[0]!.notes.reverse();
    b.sections[3]!.actions.push({ id: 'a9', text: 'Done on the day', priority: 'low', done: true });
    const diff = diffCanvases(a, b);
    expect(diff.notesChanged).toEqual([]);
    expect(diff.actionsAdded.map((x) => x.action.id)).toEqual(['a9']);
    expect(diff.actionsCompleted.map((x) => x.action.id)).toEqual(['a9']);
  });

  it('notices the map link and the review date going away', () => {
    const b = golden();
    delete b.map;
    delete b.nextReview;
    expect(diffCanvases(golden(), b)).toMatchObject({ map: { from: 'map-air-quality' }, nextReview: { from: '2027-05-27' } });
  });
});
