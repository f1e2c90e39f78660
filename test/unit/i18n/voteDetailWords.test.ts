import { afterAll, describe, expect, it } from 'vitest';
import type { Messages } from '@lingui/core';
import * as Y from 'yjs';
import { addNote, initCanvasDoc } from '../../../src/doc/canvas/index.js';
import { votableItems } from '../../../src/doc/control/index.js';
import { initBoardDoc } from '../../../src/doc/index.js';
import { addActor, addDataset, addFlow, addMapNote } from '../../../src/doc/map/index.js';
import { addReflectionNote, initReflectionDoc } from '../../../src/doc/reflection/index.js';
import { sectionIds } from '../../../src/domain/canvas/index.js';
import { i18n } from '../../../src/web/i18n/i18n.js';
import { voteDetailText } from '../../../src/web/facilitation/voteDetailText.js';
// Each board kind's word module gives the voting results its words as it loads (voteDetailNames.ts).
import '../../../src/web/canvas/canvasText.js';
import '../../../src/web/map/mapVocabulary.js';
import '../../../src/web/reflection/columnNames.js';
// Compiled by the same plug-in as in the build (vitest.config.ts).
import german from '../../../src/shared/i18n/catalogues/de.json' with { type: 'json' };
import welsh from '../../../src/shared/i18n/catalogues/cy.json' with { type: 'json' };

/**
 * A voted item's detail (a canvas section, a reflection column, a flow kind, a map note's kind and
 * what it is pinned on) travels as stable ids beside its English (`detailId`, votableItems.ts);
 * the results word it from the boards' own messages. In English, exactly the stored detail.
 */
function boards() {
  const map = new Y.Doc();
  initBoardDoc(map, 'ecosystem-map');
  addActor(map, { id: 'council', name: 'City Council', roles: [], tags: [] });
  addActor(map, { id: 'nameless', name: '', roles: [], tags: [] });
  addDataset(map, { id: 'd1', name: 'Air quality alerts', heldBy: [] });
  addFlow(map, { id: 'f1', from: 'nameless', to: 'council', kind: 'data', label: 'Readings' });
  addFlow(map, { id: 'f2', from: 'council', to: 'nameless', kind: 'data', dataset: 'd1' });
  addFlow(map, { id: 'f3', from: 'council', to: 'nameless', kind: 'money' });
  addFlow(map, { id: 'f4', from: 'council', to: 'nameless', kind: 'oversight' });
  addMapNote(map, { id: 'n1', text: 'Who owns the sensors?', kind: 'question' });
  addMapNote(map, { id: 'n2', text: 'No standard', kind: 'issue', target: 'f1' });
  addMapNote(map, { id: 'n3', text: 'Asks too much', target: 'council' });
  addMapNote(map, { id: 'n4', text: 'Pay more', kind: 'opportunity', target: 'f3' });
  addMapNote(map, { id: 'n5', text: 'Who?', kind: 'comment', target: 'nameless' });
  addMapNote(map, { id: 'n6', text: 'Alerts', kind: 'insight', target: 'f2' });
  addMapNote(map, { id: 'n7', text: 'Just a note' });
  const canvas = new Y.Doc();
  initCanvasDoc(canvas);
  sectionIds.forEach((section, i) => addNote(canvas, { id: `c${i}`, section, text: `Note ${i}`, author: 'Ann' }));
  const reflection = new Y.Doc();
  initReflectionDoc(reflection);
  for (const column of ['keep', 'change', 'improve'] as const)
    addReflectionNote(reflection, { id: column, text: column, column, author: 'ann', createdAt: '2026-12-06T10:00:00Z' });
  return [...votableItems(map, 'ecosystem-map'), ...votableItems(canvas, 'ethics-canvas'), ...votableItems(reflection, 'reflection')];
}

describe('F3: a voted item’s detail in the person’s language (facilitation/voteDetailText.ts)', () => {
  afterAll(() => i18n.activate('en'));

  it('says in English exactly the detail the board stores, for every section, column, flow kind and kind of note', () => {
    i18n.activate('en');
    const items = boards();
    expect(items.filter((i) => i.detail !== undefined).length).toBe(4 + 6 + sectionIds.length + 3);
    for (const item of items) {
      expect(item.detailId === undefined, item.id).toBe(item.detail === undefined);
      expect(voteDetailText(item), item.id).toBe(item.detail);
    }
  });

  it('words them in German and Welsh, keeping people’s own names', () => {
    i18n.load({ de: german as unknown as Messages, cy: welsh as unknown as Messages });
    const items = boards();
    const detail = (id: string) => voteDetailText(items.find((i) => i.id === id)!);
    i18n.activate('de');
    expect(detail('f1')).toBe('Daten');
    expect(detail('f3')).toBe('Geld');
    expect(detail('n1')).toBe('Frage');
    expect(detail('n2')).toBe('Problem zu dem Fluss Readings');
    expect(detail('n3')).toBe('Notiz zu City Council');
    expect(detail('n5')).toBe('Kommentar zu (ohne Namen)');
    expect(detail('n6')).toBe('Erkenntnis zu dem Fluss Air quality alerts');
    expect(detail('n4')).toBe('Chance zu einem Fluss');
    expect(detail('c0')).toBe('Datenquellen');
    expect(detail('keep')).toBe('Beibehalten');
    i18n.activate('cy');
    expect(detail('n4')).toMatch(/ ar lif$/);
    expect(detail('improve')).toBe('Gwella');
  });

  it('shows the stored English for an id it does not know (a newer board) or an item without ids (an older server)', () => {
    i18n.activate('de');
    expect(voteDetailText({ detail: 'Mystery', detailId: { section: 'from-the-future' } })).toBe('Mystery');
    expect(voteDetailText({ detail: 'Mystery', detailId: { noteKind: 'rumour', on: { actor: 'X' } } })).toBe('Mystery');
    expect(voteDetailText({ detail: 'Data' })).toBe('Data');
  });
});
