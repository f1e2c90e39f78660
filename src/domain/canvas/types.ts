import type { FileProblem } from '../fileProblems/index.js';
import type { SectionId } from './sections.js';

/**
 * A data ethics canvas as plain data: the values of the file format
 * (formats/ethics-canvas.md, `opencities/ethics-canvas` version 1). Optional strings are
 * absent rather than empty. `extra` holds fields this version does not know, so a file
 * read and written again keeps them (the writer puts them back beside the known fields).
 */
export const canvasFormat = 'opencities/ethics-canvas';
export const canvasFormatVersion = 1;

export const sectionStatuses = ['not-started', 'discussed', 'action-needed', 'done'] as const;
export type SectionStatus = (typeof sectionStatuses)[number];

export const sectionStatusLabels: Record<SectionStatus, string> = {
  'not-started': 'Not started',
  discussed: 'Discussed',
  'action-needed': 'Action needed',
  done: 'Done',
};

export const priorities = ['high', 'medium', 'low'] as const;
export type Priority = (typeof priorities)[number];

/**
 * Sticky note colours, by name rather than by CSS value, so the web view can map each to a
 * colour that passes contrast checks. Not in the format's table: an optional field it
 * keeps, written only when a note has one.
 */
export const noteColours = ['yellow', 'orange', 'pink', 'purple', 'blue', 'green', 'grey'] as const;
export type NoteColour = (typeof noteColours)[number];
export const defaultNoteColour: NoteColour = 'yellow';

/**
 * Upper bounds for outside text, in characters (Unicode code points, as JSON Schema counts).
 * Input over a limit is refused with a message, never cut short.
 */
export const canvasLimits = {
  noteText: 1000,
  actionText: 1000,
  /** author, owner, a review's `by` */
  name: 120,
  title: 200,
  reviewSummary: 2000,
  /** Ids of notes, actions and the canvas; a map link. */
  id: 100,
  versionLabel: 200,
  /** Votes a file may claim for one note. */
  votes: 1_000_000,
} as const;

/** Fields of an object that this version does not know, kept for the round trip. */
export type Extra = Record<string, unknown>;

export interface CanvasNote {
  id: string;
  text: string;
  /** Absent for an anonymous note. */
  author?: string;
  /** How many people voted for it (in a live board, one vote per person). */
  votes: number;
  colour?: NoteColour;
  extra?: Extra;
}

export interface CanvasAction {
  id: string;
  text: string;
  owner?: string;
  /** ISO 8601 calendar date, `YYYY-MM-DD`. */
  due?: string;
  priority: Priority;
  done: boolean;
  /** The note this action was made from; it may since have been deleted. */
  fromNote?: string;
  extra?: Extra;
}

export interface CanvasSection {
  id: SectionId;
  status: SectionStatus;
  notes: CanvasNote[];
  actions: CanvasAction[];
  extra?: Extra;
}

export interface CanvasReview {
  /** ISO 8601 calendar date. */
  date: string;
  by?: string;
  summary?: string;
  extra?: Extra;
}

export interface Canvas {
  id?: string;
  title: string;
  /** Id of the linked ecosystem map. */
  map?: string;
  /** Always all fifteen sections, in the format's order. */
  sections: CanvasSection[];
  reviews: CanvasReview[];
  /** ISO 8601 calendar date. */
  nextReview?: string;
  extra?: Extra;
}

/** A refusal, naming the field by its path (`sections[3].notes[0].text`); '' is the whole file. */
export interface CanvasError {
  path: string;
  /** In English; `problem` is the same as data, for words in another language (fileProblems/). */
  message: string;
  line?: number;
  problem?: FileProblem;
}
