import { knownKeys } from './canvasKeys.js';
import { canvasFileSchema } from './canvasFileSchema.js';
import type { CanvasFileData } from './canvasFileSchema.js';
import { emptySection } from './emptyCanvas.js';
import { extraFields } from './extra.js';
import { formatPath } from './fieldPath.js';
import { issueSaid } from './fields.js';
import { sayCanvas as say, type FileProblem } from '../fileProblems/index.js';
import { sectionIds } from './sections.js';
import type { SectionId } from './sections.js';
import { canvasFormat, canvasFormatVersion } from './types.js';
import type { Canvas, CanvasAction, CanvasError, CanvasNote, CanvasReview, CanvasSection } from './types.js';

/**
 * Outside data (a parsed file, a request body, a saved version) restored into a trusted
 * canvas (STYLE.md habit 5). Nothing is half-read: any error refuses the whole canvas, and
 * every error names its field by path. Errors carry raw paths so the file reader can add
 * line numbers.
 */
export interface RawCanvasError {
  path: PropertyKey[];
  message: string;
  problem?: FileProblem;
}

export type RestoreResult = { ok: true; canvas: Canvas } | { ok: false; errors: RawCanvasError[] };

/** More errors than this hide each other; the first ones are enough to fix a file. */
const maxErrors = 20;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A wrong `format` or a newer `version` stops reading at once: nothing else would make sense. */
function headerErrors(value: Record<string, unknown>): RawCanvasError[] {
  const { format, version } = value;
  if (format === undefined) return [{ path: ['format'], ...say('canvasFormatMissing') }];
  if (format !== canvasFormat) return [{ path: ['format'], ...say('canvasFormatWrong', { value: String(JSON.stringify(format)) }) }];
  if (typeof version === 'number' && Number.isInteger(version) && version > canvasFormatVersion)
    return [{ path: ['version'], ...say('canvasVersionNewer', { version, max: canvasFormatVersion }) }];
  if (version !== canvasFormatVersion)
    return [{ path: ['version'], ...say('canvasVersionWrong', { value: String(JSON.stringify(version)), expected: canvasFormatVersion }) }];
  return [];
}

/** Ids must be unique: sections within the file, notes and actions across the canvas (notes move between sections). */
function duplicateErrors(data: CanvasFileData): RawCanvasError[] {
  const errors: RawCanvasError[] = [];
  const seen = new Map<string, PropertyKey[]>();
  const check = (kind: 'section' | 'note' | 'action', id: string, path: PropertyKey[]): void => {
    const first = seen.get(`${kind}:${id}`);
    if (first) errors.push({ path, ...say('idUsedTwice', { element: kind, id: JSON.stringify(id), at: formatPath(first) }) });
    else seen.set(`${kind}:${id}`, path);
  };
  (data.sections ?? []).forEach((section, s) => {
    check('section', section.id, ['sections', s, 'id']);
    (section.notes ?? []).forEach((note, n) => check('note', note.id, ['sections', s, 'notes', n, 'id']));
    (section.actions ?? []).forEach((action, a) => check('action', action.id, ['sections', s, 'actions', a, 'id']));
  });
  return errors;
}

/** Copies `value` into `target[key]` unless it is absent (null and undefined alike). */
function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | null | undefined): void {
  if (value !== null && value !== undefined) target[key] = value;
}

type ParsedSection = NonNullable<CanvasFileData['sections']>[number];

/**
 * The object at `key[index]` of the value as given, for its unknown fields. Zod's output is
 * used for known fields only: it drops an own `__proto__` field, which a file may hold.
 */
function rawItem(raw: Record<string, unknown>, key: string, index: number): Record<string, unknown> {
  const list = raw[key];
  const item: unknown = Array.isArray(list) ? list[index] : undefined;
  return isObject(item) ? item : {};
}

function toSection(section: ParsedSection, raw: Record<string, unknown>): CanvasSection {
  const notes = (section.notes ?? []).map((n, i): CanvasNote => {
    const note: CanvasNote = { id: n.id, text: n.text, votes: n.votes ?? 0 };
    setIf(note, 'author', n.author);
    setIf(note, 'colour', n.colour);
    setIf(note, 'extra', extraFields(rawItem(raw, 'notes', i), knownKeys.note));
    return note;
  });
  const actions = (section.actions ?? []).map((a, i): CanvasAction => {
    const action: CanvasAction = { id: a.id, text: a.text, priority: a.priority ?? 'medium', done: a.done ?? false };
    setIf(action, 'owner', a.owner);
    setIf(action, 'due', a.due);
    setIf(action, 'fromNote', a.fromNote);
    setIf(action, 'extra', extraFields(rawItem(raw, 'actions', i), knownKeys.action));
    return action;
  });
  const out: CanvasSection = { id: section.id, status: section.status ?? 'not-started', notes, actions };
  setIf(out, 'extra', extraFields(raw, knownKeys.section));
  return out;
}

function toCanvas(data: CanvasFileData, raw: Record<string, unknown>): Canvas {
  const given = new Map<SectionId, [ParsedSection, Record<string, unknown>]>(
    (data.sections ?? []).map((s, i) => [s.id, [s, rawItem(raw, 'sections', i)]]),
  );
  const canvas: Canvas = {
    title: data.title,
    // Missing sections are empty and not started; sections come out in the format's order.
    sections: sectionIds.map((id) => {
      const section = given.get(id);
      return section ? toSection(...section) : emptySection(id);
    }),
    reviews: (data.reviews ?? []).map((r, i): CanvasReview => {
      const review: CanvasReview = { date: r.date };
      setIf(review, 'by', r.by);
      setIf(review, 'summary', r.summary);
      setIf(review, 'extra', extraFields(rawItem(raw, 'reviews', i), knownKeys.review));
      return review;
    }),
  };
  setIf(canvas, 'id', data.id);
  setIf(canvas, 'map', data.map);
  setIf(canvas, 'nextReview', data.nextReview);
  setIf(canvas, 'extra', extraFields(raw, knownKeys.canvas));
  return canvas;
}

/** Restores an already parsed JSON value (a request body, a stored snapshot) into a canvas. */
export function restoreCanvasValue(value: unknown): RestoreResult {
  if (!isObject(value)) return { ok: false, errors: [{ path: [], ...say('canvasNotObject') }] };
  const header = headerErrors(value);
  if (header.length > 0) return { ok: false, errors: header };
  const parsed = canvasFileSchema.safeParse(value);
  if (!parsed.success) {
    const errors = parsed.error.issues.slice(0, maxErrors).map((issue) => ({ path: issue.path, ...issueSaid(issue) }));
    return { ok: false, errors };
  }
  const duplicates = duplicateErrors(parsed.data);
  if (duplicates.length > 0) return { ok: false, errors: duplicates.slice(0, maxErrors) };
  return { ok: true, canvas: toCanvas(parsed.data, value) };
}

/** The same, with paths written out (`sections[3].notes[0].text`). */
export function restoreCanvas(value: unknown): { ok: true; canvas: Canvas } | { ok: false; errors: CanvasError[] } {
  const result = restoreCanvasValue(value);
  if (result.ok) return result;
  return { ok: false, errors: result.errors.map((e) => ({ ...e, path: formatPath(e.path) })) };
}
