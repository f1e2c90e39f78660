import { describe, expect, it } from 'vitest';
import {
  addAction,
  addNote,
  addReview,
  listVersions,
  noteToAction,
  readCanvas,
  readCanvasSettings,
  removeAction,
  saveVersion,
  setSettings,
  setStatus,
  toggleAction,
  updateAction,
  versionCanvas,
} from '../../../src/doc/canvas/index.js';
import { diffCanvases, listActions, progress, reviewState } from '../../../src/domain/canvas/index.js';
import type { Priority, SectionStatus } from '../../../src/domain/canvas/index.js';
import { must, newCanvasDoc } from './docHelpers.js';

describe('section status', () => {
  it('sets a status and shows in progress; refuses unknown statuses', () => {
    const doc = newCanvasDoc();
    must(setStatus(doc, 'rights', 'discussed'));
    must(setStatus(doc, 'purpose', 'done'));
    expect(readCanvas(doc).sections[1]!.status).toBe('discussed');
    expect(progress(readCanvas(doc))).toMatchObject({ started: 2, done: 1 });
    expect(setStatus(doc, 'rights', 'finished' as SectionStatus)).toMatchObject({ ok: false, error: { path: 'status' } });
    expect(readCanvas(doc).sections[1]!.status).toBe('discussed');
  });
});

describe('actions', () => {
  it('turns a note into an action in the note’s section, remembering the note', () => {
    const doc = newCanvasDoc();
    must(addNote(doc, { id: 'n1', section: 'sharing', text: 'Agreement with the university ran out', author: 'Tom' }));
    must(noteToAction(doc, 'n1', { id: 'a1', owner: 'Legal team', due: '2027-03-01', priority: 'high' }));
    expect(readCanvas(doc).sections[11]!.actions).toEqual([
      {
        id: 'a1',
        text: 'Agreement with the university ran out',
        owner: 'Legal team',
        due: '2027-03-01',
        priority: 'high',
        done: false,
        fromNote: 'n1',
      },
    ]);
    // The note stays.
    expect(readCanvas(doc).sections[11]!.notes.map((n) => n.id)).toEqual(['n1']);
    expect(noteToAction(doc, 'gone', { id: 'a2' })).toMatchObject({ ok: false, error: { path: 'noteId' } });
  });

  it('adds, updates, ticks off and removes actions, listed across sections', () => {
    const doc = newCanvasDoc();
    must(addAction(doc, { id: 'a1', text: 'Ask the vendor to delete raw copies', owner: 'ICT', due: '2027-01-31', priority: 'high' }));
    must(addAction(doc, { id: 'a2', text: 'Drop-in session', section: 'engaging-people' }));
    expect(readCanvas(doc).sections[14]!.actions[0]).toMatchObject({ id: 'a1', priority: 'high', done: false });
    expect(readCanvas(doc).sections[8]!.actions[0]).toEqual({ id: 'a2', text: 'Drop-in session', priority: 'medium', done: false });

    must(updateAction(doc, 'a2', { owner: 'Comms', due: '2027-02-01', priority: 'low' }));
    must(updateAction(doc, 'a1', { due: null, owner: null }));
    expect(readCanvas(doc).sections[14]!.actions[0]).toEqual({
      id: 'a1',
      text: 'Ask the vendor to delete raw copies',
      priority: 'high',
      done: false,
    });
    must(toggleAction(doc, 'a1'));
    expect(listActions(readCanvas(doc)).map((a) => [a.action.id, a.action.done])).toEqual([
      ['a2', false],
      ['a1', true],
    ]);
    must(toggleAction(doc, 'a1'));
    must(updateAction(doc, 'a2', { done: true, section: 'actions' }));
    expect(readCanvas(doc).sections[14]!.actions.map((a) => [a.id, a.done])).toEqual([
      ['a1', false],
      ['a2', true],
    ]);
    must(removeAction(doc, 'a1'));
    expect(listActions(readCanvas(doc)).map((a) => a.action.id)).toEqual(['a2']);
    expect(removeAction(doc, 'a1')).toMatchObject({ ok: false, error: { path: 'actionId' } });
  });

  it('refuses bad priorities, dates and too-long text, writing nothing', () => {
    const doc = newCanvasDoc();
    expect(addAction(doc, { id: 'a', text: 'x', priority: 'urgent' as Priority })).toMatchObject({
      ok: false,
      error: { path: 'priority' },
    });
    expect(addAction(doc, { id: 'a', text: 'x', due: '31/01/2027' })).toMatchObject({ ok: false, error: { path: 'due' } });
    expect(addAction(doc, { id: 'a', text: 'x'.repeat(1001) })).toMatchObject({ ok: false, error: { path: 'text' } });
    expect(listActions(readCanvas(doc))).toEqual([]);
    must(addAction(doc, { id: 'a', text: 'x' }));
    expect(addAction(doc, { id: 'a', text: 'y' })).toMatchObject({ ok: false, error: { path: 'id' } });
    expect(updateAction(doc, 'a', { due: '2027-02-30' })).toMatchObject({ ok: false, error: { path: 'due' } });
  });
});

describe('settings, reviews and review dates', () => {
  it('links a map, sets the next review and tells when it is due', () => {
    const doc = newCanvasDoc();
    expect(readCanvasSettings(doc)).toEqual({ allowAnonymous: false });
    must(setSettings(doc, { map: 'map-air-quality', nextReview: '2027-05-27', title: 'Air quality' }));
    const canvas = readCanvas(doc);
    expect(canvas).toMatchObject({ map: 'map-air-quality', nextReview: '2027-05-27', title: 'Air quality' });
    expect(reviewState(canvas.nextReview, '2027-06-01').status).toBe('overdue');
    must(setSettings(doc, { map: null, nextReview: null }));
    expect(readCanvas(doc).map).toBeUndefined();
    expect(readCanvas(doc).nextReview).toBeUndefined();
    expect(setSettings(doc, { nextReview: '2027-13-01' })).toMatchObject({ ok: false, error: { path: 'nextReview' } });
  });

  it('appends reviews', () => {
    const doc = newCanvasDoc();
    must(addReview(doc, { date: '2026-11-27', by: 'Ethics board', summary: 'First pass' }));
    must(addReview(doc, { date: '2027-05-27' }));
    expect(readCanvas(doc).reviews).toEqual([{ date: '2026-11-27', by: 'Ethics board', summary: 'First pass' }, { date: '2027-05-27' }]);
    expect(addReview(doc, { date: 'tomorrow' })).toMatchObject({ ok: false, error: { path: 'date' } });
  });
});

describe('versions', () => {
  it('saves dated versions and diffs any two of them', () => {
    const doc = newCanvasDoc();
    must(setSettings(doc, { allowAnonymous: true, title: 'Air quality' }));
    must(addNote(doc, { id: 'n1', section: 'rights', text: 'Licence unclear' }));
    must(addAction(doc, { id: 'a1', text: 'Ask the vendor' }));
    must(saveVersion(doc, { id: 'v1', label: 'during the workshop', date: '2026-11-27' }));
    must(addNote(doc, { id: 'n2', section: 'purpose', text: 'School streets' }));
    must(setStatus(doc, 'rights', 'done'));
    must(toggleAction(doc, 'a1'));
    must(saveVersion(doc, { id: 'v2', label: 'after the workshop', date: '2026-11-27' }));

    expect(listVersions(doc)).toEqual([
      { id: 'v1', label: 'during the workshop', date: '2026-11-27' },
      { id: 'v2', label: 'after the workshop', date: '2026-11-27' },
    ]);
    const diff = diffCanvases(versionCanvas(doc, 'v1')!, versionCanvas(doc, 'v2')!);
    expect(diff.notesAdded.map((n) => n.note.id)).toEqual(['n2']);
    expect(diff.statusChanges).toEqual([{ section: 'rights', from: 'not-started', to: 'done' }]);
    expect(diff.actionsCompleted.map((a) => a.action.id)).toEqual(['a1']);
    expect(versionCanvas(doc, 'v1')!.title).toBe('Air quality');
    expect(versionCanvas(doc, 'v3')).toBeUndefined();
  });

  it('refuses a version without a label or a date, or with a taken id', () => {
    const doc = newCanvasDoc();
    expect(saveVersion(doc, { id: 'v1', label: '  ', date: '2026-11-27' })).toMatchObject({ ok: false, error: { path: 'label' } });
    expect(saveVersion(doc, { id: 'v1', label: 'x', date: '2026-11-27T10:00:00Z' })).toMatchObject({ ok: false, error: { path: 'date' } });
    must(saveVersion(doc, { id: 'v1', label: 'x', date: '2026-11-27' }));
    expect(saveVersion(doc, { id: 'v1', label: 'y', date: '2026-11-28' })).toMatchObject({ ok: false, error: { path: 'id' } });
    expect(listVersions(doc)).toHaveLength(1);
  });
});
