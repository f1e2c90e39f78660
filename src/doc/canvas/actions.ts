import * as Y from 'yjs';
import { checkCanvasField } from '../../domain/canvas/index.js';
import type { CanvasError, Priority, SectionId } from '../../domain/canvas/index.js';
import { actionEntry, noSuchAction, noSuchNote, noteEntry, setOrDelete } from './entries.js';
import { canvasActionsOf } from './layout.js';
import { firstProblem, ok, refuse } from './opResult.js';
import type { CanvasOpResult } from './opResult.js';
import { orderKeyFor } from './placement.js';

export interface NewAction {
  /** Made by the caller: the doc layer has no randomness of its own. */
  id: string;
  text: string;
  /** The section the action belongs to; `actions` ("Your actions") when not given. */
  section?: SectionId;
  owner?: string;
  /** ISO 8601 calendar date. */
  due?: string;
  /** `medium` when not given. */
  priority?: Priority;
  fromNote?: string;
}

/** Changes to an action; `null` clears an optional field. */
export interface ActionPatch {
  text?: string;
  section?: SectionId;
  owner?: string | null;
  due?: string | null;
  priority?: Priority;
  done?: boolean;
}

function patchProblems(patch: ActionPatch): (CanvasError | undefined)[] {
  return [
    patch.text === undefined ? undefined : checkCanvasField('actionText', patch.text, 'text'),
    patch.section === undefined ? undefined : checkCanvasField('section', patch.section, 'section'),
    patch.owner === undefined || patch.owner === null ? undefined : checkCanvasField('name', patch.owner, 'owner'),
    patch.due === undefined || patch.due === null ? undefined : checkCanvasField('date', patch.due, 'due'),
    patch.priority === undefined ? undefined : checkCanvasField('priority', patch.priority, 'priority'),
    patch.done === undefined || typeof patch.done === 'boolean' ? undefined : { path: 'done', message: 'must be true or false' },
  ];
}

/** Adds an open action at the end of its section's actions. */
export function addAction(doc: Y.Doc, action: NewAction): CanvasOpResult {
  const { id, fromNote, ...fields } = action;
  const problem = firstProblem(
    checkCanvasField('id', id, 'id'),
    fromNote === undefined ? undefined : checkCanvasField('id', fromNote, 'fromNote'),
    ...patchProblems(fields),
  );
  if (!problem.ok) return problem;
  const actions = canvasActionsOf(doc);
  if (actions.has(id)) return refuse('id', `${JSON.stringify(id)} is already an action on this canvas; use a new id`);
  const section = action.section ?? 'actions';
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('text', action.text);
    if (action.owner !== undefined) entry.set('owner', action.owner);
    if (action.due !== undefined) entry.set('due', action.due);
    entry.set('priority', action.priority ?? 'medium');
    entry.set('done', false);
    if (fromNote !== undefined) entry.set('fromNote', fromNote);
    entry.set('section', section);
    entry.set('order', orderKeyFor(actions, section));
    actions.set(id, entry);
  });
  return ok;
}

/**
 * Turns a note into an action in the note's section, with the note's text unless `text` is
 * given. The note stays where it is; the action remembers it in `fromNote`.
 */
export function noteToAction(
  doc: Y.Doc,
  noteId: string,
  action: Omit<NewAction, 'fromNote' | 'section' | 'text'> & { text?: string },
): CanvasOpResult {
  const note = noteEntry(doc, noteId);
  const text = note?.get('text');
  const section = note?.get('section');
  const parsed = checkCanvasField('section', section, 'section');
  if (!note || typeof text !== 'string' || parsed !== undefined) return noSuchNote(noteId);
  return addAction(doc, { ...action, text: action.text ?? text, section: section as SectionId, fromNote: noteId });
}

export function updateAction(doc: Y.Doc, id: string, patch: ActionPatch): CanvasOpResult {
  const problem = firstProblem(...patchProblems(patch));
  if (!problem.ok) return problem;
  const entry = actionEntry(doc, id);
  if (!entry) return noSuchAction(id);
  doc.transact(() => {
    if (patch.text !== undefined) entry.set('text', patch.text);
    if (patch.owner !== undefined) setOrDelete(entry, 'owner', patch.owner ?? undefined);
    if (patch.due !== undefined) setOrDelete(entry, 'due', patch.due ?? undefined);
    if (patch.priority !== undefined) entry.set('priority', patch.priority);
    if (patch.done !== undefined) entry.set('done', patch.done);
    if (patch.section !== undefined && patch.section !== entry.get('section')) {
      entry.set('order', orderKeyFor(canvasActionsOf(doc), patch.section, {}, id));
      entry.set('section', patch.section);
    }
  });
  return ok;
}

/**
 * Ticks an action off, or opens it again. Two people ticking at once could cancel each other
 * out; a view that knows the state it shows should prefer `updateAction(…, { done })`.
 */
export function toggleAction(doc: Y.Doc, id: string): CanvasOpResult {
  const entry = actionEntry(doc, id);
  if (!entry) return noSuchAction(id);
  entry.set('done', entry.get('done') !== true);
  return ok;
}

export function removeAction(doc: Y.Doc, id: string): CanvasOpResult {
  const actions = canvasActionsOf(doc);
  if (!actions.has(id)) return noSuchAction(id);
  actions.delete(id);
  return ok;
}
