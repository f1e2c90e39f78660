import * as Y from 'yjs';
import {
  canvasKnownFields as known,
  canvasLimits,
  checkCanvasField,
  isCalendarDate,
  isSectionId,
  noteColours,
  priorities,
  restoreExtra,
  sectionIds,
  sectionStatuses,
} from '../../domain/canvas/index.js';
import type { Canvas, CanvasAction, CanvasNote, CanvasReview, CanvasSection, Extra, SectionId } from '../../domain/canvas/index.js';
import { canvasActionsOf, canvasNotesOf, canvasReviewsOf, canvasSectionsOf, canvasSettingsOf } from './layout.js';
import { compareItems } from './placement.js';
import { effectiveKey } from './orderKey.js';
import { readCanvasSettings } from './settings.js';
import { truncateText } from '../../shared/index.js';

/**
 * The canvas a board's document holds, as a domain value. A note's `votes` (SPEC V5) is what
 * its document held from before rounds (`baseVotes` from an imported file, and the per-note
 * voter map older versions wrote: both read only) plus `roundVotes`, its dots in the voting
 * rounds on this board, which the caller counts from the control document (src/doc/control
 * canvasRoundVotes): this layer cannot see rounds. Left out, a note has its stored votes. A document
 * is written by peers, so nothing in it is trusted (STYLE.md habit 5), and this never throws:
 * a note or action without an id, text or known section is left out; a bad colour, status,
 * priority or date falls back to its default or is dropped; text over a limit is cut to it
 * (input is refused over the limit, so only a faulty peer writes it, and the board's snapshot
 * must stay a valid file). Output is sorted, so every replica with the same state reads an
 * equal canvas whatever order its maps were filled in.
 */
export function readCanvas(
  doc: Y.Doc,
  fallback: { id?: string; title?: string } = {},
  roundVotes: ReadonlyMap<string, number> = noRoundVotes,
): Canvas {
  const settings = canvasSettingsOf(doc);
  const { map, nextReview, title } = readCanvasSettings(doc);
  const id = settings.get('id');
  const statuses = canvasSectionsOf(doc);
  const sectionExtras = parseJson(settings.get('sectionExtras'));
  const notes = placed(canvasNotesOf(doc), (noteId, entry) => readNote(noteId, entry, roundVotes.get(noteId) ?? 0));
  const actions = placed(canvasActionsOf(doc), readAction);

  const sections = sectionIds.map((section): CanvasSection => {
    const status = statuses.get(section);
    const out: CanvasSection = {
      id: section,
      status: sectionStatuses.find((s) => s === status) ?? 'not-started',
      notes: notes.get(section) ?? [],
      actions: actions.get(section) ?? [],
    };
    const extra = restoreExtra(isRecord(sectionExtras) ? sectionExtras[section] : undefined, known.section);
    if (extra) out.extra = extra;
    return out;
  });

  const canvas: Canvas = { title: title ?? clip(fallback.title ?? '', canvasLimits.title), sections, reviews: readReviews(doc) };
  const canvasId = checkCanvasField('id', id, 'id') === undefined ? (id as string) : fallback.id;
  if (canvasId !== undefined) canvas.id = canvasId;
  if (map !== undefined) canvas.map = map;
  if (nextReview !== undefined) canvas.nextReview = nextReview;
  const extra = restoreExtra(parseJson(settings.get('extra')), known.canvas);
  if (extra) canvas.extra = extra;
  return canvas;
}

/** Kept unknown fields are stored as JSON text (see writeCanvasToDoc); anything else reads as none. */
function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Cuts text to `max` characters (graphemes); see readCanvas for why this is not a refusal. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : truncateText(text, max, '');
}

/** An optional text field: absent unless a string. */
function optionalText(value: unknown, max: number): string | undefined {
  return typeof value === 'string' ? clip(value, max) : undefined;
}

/** Reads every entry of a keyed container, grouped by section and in display order. */
function placed<T>(container: Y.Map<unknown>, read: (id: string, entry: Y.Map<unknown>) => T | undefined): Map<SectionId, T[]> {
  const rows: { id: string; key: string; section: SectionId; item: T }[] = [];
  container.forEach((value, id) => {
    if (!(value instanceof Y.Map) || checkCanvasField('id', id, 'id') !== undefined) return;
    const entry = value as Y.Map<unknown>;
    const section = entry.get('section');
    if (!isSectionId(section)) return;
    const item = read(id, entry);
    if (item !== undefined) rows.push({ id, key: effectiveKey(entry.get('order')), section, item });
  });
  rows.sort(compareItems);
  const out = new Map<SectionId, T[]>();
  for (const row of rows) {
    const list = out.get(row.section);
    if (list) list.push(row.item);
    else out.set(row.section, [row.item]);
  }
  return out;
}

function withExtra<T extends object>(item: T, extra: Extra | undefined): T {
  return extra ? { ...item, extra } : item;
}

const noRoundVotes: ReadonlyMap<string, number> = new Map();

/**
 * The votes a note's own entry holds (read only: nothing writes them any more).
 * `votes` is the voter map of the per-note +1 that versions before SPEC V5 wrote; `baseVotes`
 * came with an imported file, whose voters are not known.
 */
function storedVotes(entry: Y.Map<unknown>): number {
  const votes = entry.get('votes');
  let count = 0;
  if (votes instanceof Y.Map) votes.forEach((v) => (count += v === true ? 1 : 0));
  const base = entry.get('baseVotes');
  if (typeof base === 'number' && Number.isInteger(base) && base > 0) count += base;
  return count;
}

function readNote(id: string, entry: Y.Map<unknown>, dots: number): CanvasNote | undefined {
  const text = entry.get('text');
  if (typeof text !== 'string') return undefined;
  const votes = Math.min(storedVotes(entry) + Math.max(0, Math.trunc(dots)), canvasLimits.votes);
  const note: CanvasNote = { id, text: clip(text, canvasLimits.noteText), votes };
  const author = optionalText(entry.get('author'), canvasLimits.name);
  if (author !== undefined) note.author = author;
  const colour = noteColours.find((c) => c === entry.get('colour'));
  if (colour !== undefined) note.colour = colour;
  return withExtra(note, restoreExtra(parseJson(entry.get('extra')), known.note));
}

function readAction(id: string, entry: Y.Map<unknown>): CanvasAction | undefined {
  const text = entry.get('text');
  if (typeof text !== 'string') return undefined;
  const action: CanvasAction = {
    id,
    text: clip(text, canvasLimits.actionText),
    priority: priorities.find((p) => p === entry.get('priority')) ?? 'medium',
    done: entry.get('done') === true,
  };
  const owner = optionalText(entry.get('owner'), canvasLimits.name);
  if (owner !== undefined) action.owner = owner;
  const due = entry.get('due');
  if (isCalendarDate(due)) action.due = due;
  const fromNote = entry.get('fromNote');
  if (checkCanvasField('id', fromNote, 'fromNote') === undefined) action.fromNote = fromNote as string;
  return withExtra(action, restoreExtra(parseJson(entry.get('extra')), known.action));
}

function readReviews(doc: Y.Doc): CanvasReview[] {
  const reviews: CanvasReview[] = [];
  for (const value of canvasReviewsOf(doc).toArray()) {
    if (!isRecord(value) || !isCalendarDate(value.date)) continue;
    const review: CanvasReview = { date: value.date };
    const by = optionalText(value.by, canvasLimits.name);
    if (by !== undefined) review.by = by;
    const summary = optionalText(value.summary, canvasLimits.reviewSummary);
    if (summary !== undefined) review.summary = summary;
    reviews.push(withExtra(review, restoreExtra(parseJson(value.extra), known.review)));
  }
  return reviews;
}
