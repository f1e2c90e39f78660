import type { FilePlace, FileProblem } from '../fileProblems/index.js';
import type { AccessLevel, ActorRole, ActorType, Deidentification, FlowKind, NoteKind, Sensitivity } from './vocabulary.js';

/**
 * The ecosystem map as plain data, field for field the file format (formats/ecosystem-map.md,
 * version 1). Conventions every reader and operation keeps, so that equal maps compare equal:
 * - an optional field that is absent (or `null` in a file) is a missing property, never
 *   `undefined` or `null`;
 * - optional arrays are always present, possibly empty;
 * - `extra` holds the fields this version does not know, kept on round trip; it is missing
 *   when there are none. Its values are plain JSON, treated as immutable.
 */

export type Extra = Record<string, unknown>;

/** Board coordinates, finite numbers. An element without one is laid out by the editor. */
export interface Position {
  x: number;
  y: number;
}

export interface Actor {
  id: string;
  name: string;
  type?: ActorType;
  roles: ActorRole[];
  description?: string;
  /** Notes on the actor's skills and capacity. */
  skills?: string;
  tags: string[];
  position?: Position;
  extra?: Extra;
}

export interface Dataset {
  id: string;
  name: string;
  description?: string;
  /** The actor who looks after it. */
  steward?: string;
  /** Actors that keep a copy. */
  heldBy: string[];
  sensitivity?: Sensitivity;
  deidentification?: Deidentification;
  access?: AccessLevel;
  licence?: string;
  standard?: string;
  extra?: Extra;
}

/** A directed link `from` → `to` between two actors (the same actor for a self-loop). */
export interface Flow {
  id: string;
  from: string;
  to: string;
  kind: FlowKind;
  /** Only on `data` flows. */
  dataset?: string;
  label?: string;
  frequency?: string;
  /** Absent: the dataset's applies (see effectiveAccess). */
  access?: AccessLevel;
  /** Absent: the dataset's applies (see effectiveStandard). */
  standard?: string;
  extra?: Extra;
}

/** A sticky note, pinned to an actor, dataset or flow (`target`), or free on the board. */
export interface MapNote {
  id: string;
  text: string;
  kind?: NoteKind;
  target?: string;
  author?: string;
  position?: Position;
  extra?: Extra;
}

export interface EcosystemMap {
  id?: string;
  title: string;
  description?: string;
  actors: Actor[];
  datasets: Dataset[];
  flows: Flow[];
  notes: MapNote[];
  extra?: Extra;
}

/**
 * A problem found in outside data, named by its path: `flows[3].to` in a file (by index),
 * `flows.f3.to` on a board or in a repair (by id). `line` (1-based) when it is known.
 */
export interface MapIssue {
  path: string;
  /** In English; `problem` is the same as data, for words in another language (fileProblems/). */
  message: string;
  line?: number;
  problem?: FileProblem;
  /** Where `path` is in an outside file (a sheet's row, a GraphML node), as data; absent for a field path. */
  place?: FilePlace;
}

/** Lengths in Unicode characters (code points, as JSON Schema's maxLength counts). Longer values are refused. */
export const mapLimits = {
  title: 120,
  name: 120,
  description: 2000,
  noteText: 1000,
  /** label, frequency, licence, standard, author, a tag. */
  shortText: 200,
  tags: 30,
} as const;

/** `flows[3].to: no actor with id "vendr" (line 40)`: one issue as a user reads it. */
export function formatMapIssue(issue: MapIssue): string {
  const where = issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
  return issue.line === undefined ? where : `${where} (line ${issue.line})`;
}

/**
 * A file's problems in one line, as the import, the CLI and a paste say them: the first, then how
 * many more (`actors[0].name: is required (line 4) (and 2 more problems)`); '' for none.
 */
export function formatMapIssues(issues: readonly Pick<MapIssue, 'path' | 'message' | 'line'>[]): string {
  const [first] = issues;
  if (!first) return '';
  const more = issues.length - 1;
  return `${formatMapIssue(first)}${more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''}`;
}
