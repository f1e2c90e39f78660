import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initMapDoc, readMap } from '../../../src/doc/map/index.js';
import { mapUndoManager } from '../../../src/web/map/hooks/mapUndoManager.js';
import { createMapActions } from '../../../src/web/map/mapActions.js';

/** A map document, this editor's actions on it and its undo manager, as MapEditor makes them. */
function editor() {
  const doc = new Y.Doc();
  initMapDoc(doc);
  const origin = {};
  const problems: string[] = [];
  const actions = createMapActions(
    doc,
    origin,
    (m) => problems.push(m()),
    () => {},
  );
  const { undoManager } = mapUndoManager(doc, origin);
  const actor = () => readMap(doc).map.actors[0];
  return { doc, actions, undoManager, actor, problems };
}

describe('a text field writes as the person types, and the whole edit is one undo step', () => {
  it('every keystroke is in the document at once (a peer or a reload sees it before the field is left)', () => {
    const { actions, actor } = editor();
    const id = actions.addActor('Council', { x: 0, y: 0 })!;
    actions.typing(() => actions.updateActor(id, { description: 'Ho' }));
    expect(actor()?.description).toBe('Ho');
    actions.typing(() => actions.updateActor(id, { description: 'Holds' }));
    expect(actor()?.description).toBe('Holds');
  });

  it('one undo takes back the whole typed edit, and the step before it stays its own', () => {
    const { actions, undoManager, actor } = editor();
    const id = actions.addActor('Council', { x: 0, y: 0 })!;
    for (const text of ['C', 'Ci', 'Cit', 'City']) actions.typing(() => actions.updateActor(id, { name: text }));
    actions.settle();
    actions.move([{ id, x: 50, y: 50 }], []);
    undoManager.undo();
    expect(actor()?.position).toEqual({ x: 0, y: 0 });
    expect(actor()?.name).toBe('City');
    undoManager.undo();
    expect(actor()?.name).toBe('Council');
    expect(actor()).toBeDefined();
    undoManager.undo();
    expect(actor()).toBeUndefined();
  });

  it('two edits of two fields, each settled, are two steps', () => {
    const { actions, undoManager, actor } = editor();
    const id = actions.addActor('Council', { x: 0, y: 0 })!;
    actions.typing(() => actions.updateActor(id, { name: 'City' }));
    actions.settle();
    actions.typing(() => actions.updateActor(id, { description: 'Data' }));
    actions.settle();
    undoManager.undo();
    expect(actor()).toMatchObject({ name: 'City' });
    expect(actor()?.description).toBeUndefined();
    undoManager.undo();
    expect(actor()?.name).toBe('Council');
  });

  it('writes other than typing stay one step each (adding two actors in a row: two undos)', () => {
    const { actions, undoManager, doc } = editor();
    actions.addActor('A', { x: 0, y: 0 });
    actions.addActor('B', { x: 300, y: 0 });
    undoManager.undo();
    expect(readMap(doc).map.actors.map((a) => a.name)).toEqual(['A']);
  });
});
