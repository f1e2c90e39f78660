import editorMessages from 'virtual:messages/en/map.editor';
import type * as Y from 'yjs';
import {
  addActor,
  addDataset,
  addFlow,
  addMapNote,
  moveActors,
  moveMapNotes,
  removeActor,
  removeDataset,
  removeFlow,
  removeMapNote,
  restoreMapVersion,
  setMapInfo,
  updateActor,
  updateDataset,
  updateFlow,
  updateMapNote,
} from '../../doc/map/index.js';
import type { ActorPatch, DatasetPatch, FlowPatch, MapNotePatch, Placement } from '../../doc/map/index.js';
import type { FlowKind, NoteKind, Position } from '../../domain/map/index.js';
import type { PastePlan } from './clipboard.js';
import { newElementId } from './newElementId.js';
import { apiErrorText } from '../i18n/apiErrorText.js';
import { addEnglish, translate } from '../i18n/index.js';

addEnglish(editorMessages);

/** Transaction meta of a write made while typing: useMapUndo keeps such writes in one step. */
export const typingMeta = 'typing';

/** What a removal takes, by list; the doc operations cascade (flows of an actor, notes…). */
export interface Removal {
  actors: string[];
  flows: string[];
  notes: string[];
  datasets: string[];
}

/** What a refused change was, for its sentence (`map.editor.edit.refused`). */
type Change =
  | 'addActor'
  | 'changeActor'
  | 'addFlow'
  | 'changeFlow'
  | 'addDataset'
  | 'changeDataset'
  | 'addNote'
  | 'changeNote'
  | 'move'
  | 'delete'
  | 'paste'
  | 'rename'
  | 'restore';

/**
 * Every change the editor makes to the map, through the src/doc/map operations. Each action
 * is one Yjs transaction with this editor's `origin`: one update for peers, one undo step,
 * and the only changes useMapUndo undoes. A refused write (a peer removed the element, a
 * value too long) is reported through `report`, never thrown at the interface: as words to say
 * while drawing, so they follow the page's language (a field's problem by its code, apiErrorText).
 * `written` runs after each write: the editor reads the map at once, so a control shows its
 * new value in the same render (a controlled checkbox never flicks back for a frame).
 */
export function createMapActions(doc: Y.Doc, origin: object, report: (message: () => string) => void, written: () => void) {
  /** True while a text field writes what is being typed (see `typing`). */
  let typingNow = false;
  function run<T>(what: Change, write: () => T): T | undefined {
    try {
      let result: T | undefined;
      doc.transact((transaction) => {
        if (typingNow) transaction.meta.set(typingMeta, true);
        result = write();
      }, origin);
      written();
      return result;
    } catch (e) {
      report(() => translate('map.editor.edit.refused', { what, reason: apiErrorText(e) }));
      return undefined;
    }
  }
  /** An update of an element a peer removed meanwhile returns false: say so. */
  const gone = (element: 'actor' | 'flow' | 'dataset' | 'note') => (changed: boolean | undefined) => {
    if (changed === false) report(() => translate('map.editor.edit.gone', { element }));
  };

  return {
    run,
    /**
     * Runs the writes of `write` as typing in progress: they reach everyone at once, and they
     * stay one undo step with the writes that follow until `settle` (useMapUndo).
     */
    typing(write: () => void): void {
      typingNow = true;
      try {
        write();
      } finally {
        typingNow = false;
      }
    },
    /** Ends a typed edit: the next change is a new undo step. */
    settle(): void {
      doc.transact(() => {}, origin);
    },
    addActor(name: string, position: Position): string | undefined {
      const id = newElementId('actor');
      return run('addActor', () => {
        addActor(doc, { id, name, roles: [], tags: [], position });
        return id;
      });
    },
    updateActor: (id: string, patch: ActorPatch) => gone('actor')(run('changeActor', () => updateActor(doc, id, patch))),
    addFlow(from: string, to: string, kind: FlowKind = 'data'): string | undefined {
      const id = newElementId('flow');
      return run('addFlow', () => {
        addFlow(doc, { id, from, to, kind });
        return id;
      });
    },
    updateFlow: (id: string, patch: FlowPatch) => gone('flow')(run('changeFlow', () => updateFlow(doc, id, patch))),
    addDataset(name: string): string | undefined {
      const id = newElementId('dataset');
      return run('addDataset', () => {
        addDataset(doc, { id, name, heldBy: [] });
        return id;
      });
    },
    /** A new dataset and the flow carrying it, as one step (one undo). */
    addDatasetToFlow(flowId: string, name: string): string | undefined {
      const id = newElementId('dataset');
      return run('addDataset', () => {
        addDataset(doc, { id, name, heldBy: [] });
        if (!updateFlow(doc, flowId, { dataset: id })) throw new Error('the flow was removed by someone else');
        return id;
      });
    },
    updateDataset: (id: string, patch: DatasetPatch) => gone('dataset')(run('changeDataset', () => updateDataset(doc, id, patch))),
    addNote(note: { text: string; kind: NoteKind; target?: string; position?: Position; author: string }): string | undefined {
      const id = newElementId('note');
      return run('addNote', () => {
        addMapNote(doc, { id, ...note });
        return id;
      });
    },
    updateNote: (id: string, patch: MapNotePatch) => gone('note')(run('changeNote', () => updateMapNote(doc, id, patch))),
    /** Stores where a drag ended (actors and free notes together: one step). */
    move(actors: Placement[], notes: Placement[]): void {
      run('move', () => {
        if (actors.length > 0) moveActors(doc, actors);
        if (notes.length > 0) moveMapNotes(doc, notes);
      });
    },
    remove({ actors, flows, notes, datasets }: Removal): void {
      run('delete', () => {
        for (const id of notes) removeMapNote(doc, id);
        for (const id of flows) removeFlow(doc, id);
        for (const id of actors) removeActor(doc, id);
        for (const id of datasets) removeDataset(doc, id);
      });
    },
    /** A paste: everything in one step, datasets before the flows that carry them. */
    addAll(plan: PastePlan): boolean {
      return (
        run('paste', () => {
          for (const actor of plan.actors) addActor(doc, actor);
          for (const dataset of plan.datasets) addDataset(doc, dataset);
          for (const flow of plan.flows) addFlow(doc, flow);
          for (const note of plan.notes) addMapNote(doc, note);
          return true;
        }) ?? false
      );
    },
    setTitle: (title: string) => run('rename', () => setMapInfo(doc, { title })),
    /** Puts the map back as saved in a version: one step, so one Undo takes it back (SPEC H3). */
    restoreVersion(id: string): boolean {
      const restored = run('restore', () => {
        restoreMapVersion(doc, id);
        return true;
      });
      return restored ?? false;
    },
  };
}

export type MapActions = ReturnType<typeof createMapActions>;
