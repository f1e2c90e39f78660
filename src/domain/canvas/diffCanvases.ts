import type { SectionId } from './sections.js';
import type { Canvas, CanvasAction, CanvasNote, CanvasReview, SectionStatus } from './types.js';

export type NoteField = 'text' | 'author' | 'colour' | 'votes' | 'section';
export type ActionField = 'text' | 'owner' | 'due' | 'priority' | 'section';

export interface PlacedNote {
  section: SectionId;
  note: CanvasNote;
}
export interface PlacedAction {
  section: SectionId;
  action: CanvasAction;
}

/**
 * What changed from canvas `a` (older) to canvas `b` (newer). Notes and actions are matched
 * by id; a note moved to another section is a change (`section`), not a removal plus an
 * addition; moving within a section is no change (order is layout, not content). Kept
 * unknown fields are not compared.
 */
export interface CanvasDiff {
  notesAdded: PlacedNote[];
  notesRemoved: PlacedNote[];
  notesChanged: { id: string; before: PlacedNote; after: PlacedNote; fields: NoteField[] }[];
  statusChanges: { section: SectionId; from: SectionStatus; to: SectionStatus }[];
  actionsAdded: PlacedAction[];
  actionsRemoved: PlacedAction[];
  /** Done in `b` and not done in `a`, including actions added already done. */
  actionsCompleted: PlacedAction[];
  /** Done in `a`, open again in `b`. */
  actionsReopened: PlacedAction[];
  /** Changes other than done/open. */
  actionsChanged: { id: string; before: PlacedAction; after: PlacedAction; fields: ActionField[] }[];
  reviewsAdded: CanvasReview[];
  /** Present when the next review date changed; `from`/`to` absent mean "none". */
  nextReview?: { from?: string; to?: string };
  /** Present when the linked map changed. */
  map?: { from?: string; to?: string };
}

function notesById(canvas: Canvas): Map<string, PlacedNote> {
  return new Map(canvas.sections.flatMap((s) => s.notes.map((note): [string, PlacedNote] => [note.id, { section: s.id, note }])));
}

function actionsById(canvas: Canvas): Map<string, PlacedAction> {
  return new Map(canvas.sections.flatMap((s) => s.actions.map((action): [string, PlacedAction] => [action.id, { section: s.id, action }])));
}

function changedFields<F extends string>(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly F[]): F[] {
  return fields.filter((f) => before[f] !== after[f]);
}

function sameReview(a: CanvasReview, b: CanvasReview): boolean {
  return a.date === b.date && a.by === b.by && a.summary === b.summary;
}

export function diffCanvases(a: Canvas, b: Canvas): CanvasDiff {
  const diff: CanvasDiff = {
    notesAdded: [],
    notesRemoved: [],
    notesChanged: [],
    statusChanges: [],
    actionsAdded: [],
    actionsRemoved: [],
    actionsCompleted: [],
    actionsReopened: [],
    actionsChanged: [],
    reviewsAdded: b.reviews.filter((r) => !a.reviews.some((old) => sameReview(old, r))),
  };

  const oldNotes = notesById(a);
  const newNotes = notesById(b);
  for (const [id, after] of newNotes) {
    const before = oldNotes.get(id);
    if (!before) {
      diff.notesAdded.push(after);
      continue;
    }
    const fields = changedFields<NoteField>({ ...before.note, section: before.section }, { ...after.note, section: after.section }, [
      'text',
      'author',
      'colour',
      'votes',
      'section',
    ]);
    if (fields.length > 0) diff.notesChanged.push({ id, before, after, fields });
  }
  for (const [id, before] of oldNotes) if (!newNotes.has(id)) diff.notesRemoved.push(before);

  const oldStatus = new Map(a.sections.map((s) => [s.id, s.status]));
  for (const section of b.sections) {
    const from = oldStatus.get(section.id) ?? 'not-started';
    if (from !== section.status) diff.statusChanges.push({ section: section.id, from, to: section.status });
  }

  const oldActions = actionsById(a);
  const newActions = actionsById(b);
  for (const [id, after] of newActions) {
    const before = oldActions.get(id);
    if (!before) diff.actionsAdded.push(after);
    if (after.action.done && !before?.action.done) diff.actionsCompleted.push(after);
    if (!before) continue;
    if (before.action.done && !after.action.done) diff.actionsReopened.push(after);
    const fields = changedFields<ActionField>({ ...before.action, section: before.section }, { ...after.action, section: after.section }, [
      'text',
      'owner',
      'due',
      'priority',
      'section',
    ]);
    if (fields.length > 0) diff.actionsChanged.push({ id, before, after, fields });
  }
  for (const [id, before] of oldActions) if (!newActions.has(id)) diff.actionsRemoved.push(before);

  if (a.nextReview !== b.nextReview) diff.nextReview = definedOnly(a.nextReview, b.nextReview);
  if (a.map !== b.map) diff.map = definedOnly(a.map, b.map);
  return diff;
}

function definedOnly(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}

/** True when nothing changed between the two canvases. */
export function isEmptyDiff(diff: CanvasDiff): boolean {
  return Object.entries(diff).every(([, value]) => Array.isArray(value) && value.length === 0);
}
