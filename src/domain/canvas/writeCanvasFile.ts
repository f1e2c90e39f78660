import { knownKeys } from './canvasKeys.js';
import { withExtra } from './extra.js';
import type { Canvas, CanvasAction, CanvasNote, CanvasReview, CanvasSection } from './types.js';
import { canvasFormat, canvasFormatVersion } from './types.js';

/**
 * A canvas as the plain JSON object of its file (formats/ethics-canvas.md). All fifteen
 * sections are written, in the format's order, so a file says the status of every section;
 * absent optional fields are left out, not written as null; kept unknown fields follow the
 * known ones.
 */
export function canvasToJson(canvas: Canvas): Record<string, unknown> {
  return withExtra(
    {
      format: canvasFormat,
      version: canvasFormatVersion,
      ...(canvas.id === undefined ? {} : { id: canvas.id }),
      title: canvas.title,
      ...(canvas.map === undefined ? {} : { map: canvas.map }),
      sections: canvas.sections.map(sectionJson),
      reviews: canvas.reviews.map(reviewJson),
      ...(canvas.nextReview === undefined ? {} : { nextReview: canvas.nextReview }),
    },
    canvas.extra,
    knownKeys.canvas,
  );
}

function sectionJson(section: CanvasSection): Record<string, unknown> {
  return withExtra(
    { id: section.id, status: section.status, notes: section.notes.map(noteJson), actions: section.actions.map(actionJson) },
    section.extra,
    knownKeys.section,
  );
}

function noteJson(note: CanvasNote): Record<string, unknown> {
  return withExtra(
    {
      id: note.id,
      text: note.text,
      ...(note.author === undefined ? {} : { author: note.author }),
      votes: note.votes,
      ...(note.colour === undefined ? {} : { colour: note.colour }),
    },
    note.extra,
    knownKeys.note,
  );
}

function actionJson(action: CanvasAction): Record<string, unknown> {
  return withExtra(
    {
      id: action.id,
      text: action.text,
      ...(action.owner === undefined ? {} : { owner: action.owner }),
      ...(action.due === undefined ? {} : { due: action.due }),
      priority: action.priority,
      done: action.done,
      ...(action.fromNote === undefined ? {} : { fromNote: action.fromNote }),
    },
    action.extra,
    knownKeys.action,
  );
}

function reviewJson(review: CanvasReview): Record<string, unknown> {
  return withExtra(
    {
      date: review.date,
      ...(review.by === undefined ? {} : { by: review.by }),
      ...(review.summary === undefined ? {} : { summary: review.summary }),
    },
    review.extra,
    knownKeys.review,
  );
}

/** The canvas file's text: two-space indented JSON with a final newline. */
export function writeCanvasFile(canvas: Canvas): string {
  return `${JSON.stringify(canvasToJson(canvas), null, 2)}\n`;
}
