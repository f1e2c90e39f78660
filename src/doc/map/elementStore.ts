import * as Y from 'yjs';
import { AppError } from '../../shared/index.js';
import {
  actorFields,
  actorIssues,
  datasetFields,
  datasetIssues,
  elementToJson,
  flowFields,
  flowIssues,
  formatMapIssue,
  noteFields,
  noteIssues,
  readActor,
  readDataset,
  readFlow,
  readNote,
} from '../../domain/map/index.js';
import type { Actor, Dataset, Flow, MapIssue, MapList, MapNote } from '../../domain/map/index.js';
import { actorsOf, datasetsOf, flowsOf, mapNotesOf, mapTransact } from './mapLayout.js';

/**
 * What the four element kinds share on a board: where they live, their fields, how they are
 * restored from what peers wrote, and how plain values are checked before they are written.
 */
export interface ElementKind<T extends { id: string }> {
  noun: string;
  /** The list's name in the domain map (`notes`, though the board keeps them in `mapNotes`). */
  list: MapList;
  of: (doc: Y.Doc) => Y.Map<unknown>;
  fields: readonly string[];
  read: (raw: unknown, path: string, issues: MapIssue[]) => T | undefined;
  issues: (element: T) => MapIssue[];
}

export const actorKind: ElementKind<Actor> = {
  noun: 'actor',
  list: 'actors',
  of: actorsOf,
  fields: actorFields,
  read: readActor,
  issues: actorIssues,
};
export const datasetKind: ElementKind<Dataset> = {
  noun: 'dataset',
  list: 'datasets',
  of: datasetsOf,
  fields: datasetFields,
  read: readDataset,
  issues: datasetIssues,
};
export const flowKind: ElementKind<Flow> = {
  noun: 'flow',
  list: 'flows',
  of: flowsOf,
  fields: flowFields,
  read: readFlow,
  issues: flowIssues,
};
export const noteKind: ElementKind<MapNote> = {
  noun: 'note',
  list: 'notes',
  of: mapNotesOf,
  fields: noteFields,
  read: readNote,
  issues: noteIssues,
};

/** `an actor`, `a flow`. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

/**
 * VALIDATION_FAILED naming each field in English, with the problems as data (`issues`, each with
 * its code where it has one) for a page to say in its person's language. Not in the HTTP
 * answer's `details`: a route that lets it through answers as before.
 */
export class MapIssuesError extends AppError {
  readonly issues: readonly MapIssue[];
  constructor(issues: readonly MapIssue[]) {
    super('VALIDATION_FAILED', issues.map(formatMapIssue).join('; '));
    this.issues = issues;
  }
}

/** Refuses input with problems, naming each field (VALIDATION_FAILED). */
export function refuseIssues(issues: MapIssue[]): void {
  if (issues.length > 0) throw new MapIssuesError(issues);
}

/**
 * A Y.Map's fields as a plain record of copies (callers may not alias the document's content).
 * A field with no JSON form (undefined, a bigint a peer stored) is left out.
 */
export function plainFields(value: unknown): Record<string, unknown> | undefined {
  if (!(value instanceof Y.Map)) return undefined;
  const entries = [...(value as Y.Map<unknown>).entries()].map(([key, v]) => [key, plainCopy(v)] as const);
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}

/**
 * An element's stored fields with its id (the key) added, or undefined when the value is not
 * a Y.Map. An `id` field stored inside is ignored: the key is the id.
 */
export function elementRecord(value: unknown, id: string): Record<string, unknown> | undefined {
  const fields = plainFields(value);
  return fields && Object.fromEntries([['id', id], ...Object.entries(fields).filter(([key]) => key !== 'id')]);
}

/** The element as its kind restores it (bad peer values fall back), or undefined if absent. */
export function readElement<T extends { id: string }>(
  kind: ElementKind<T>,
  doc: Y.Doc,
  id: string,
  issues: MapIssue[] = [],
): T | undefined {
  const record = elementRecord(kind.of(doc).get(id), id);
  return record && kind.read(record, `${kind.list}.${id}`, issues);
}

/** A new element's Y.Map from its JSON form (the id is the key, not a field). */
export function newElementMap(json: Record<string, unknown>): Y.Map<unknown> {
  const element = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(json)) if (key !== 'id') element.set(key, plainCopy(value));
  return element;
}

/** Adds an element after checking it; refuses an id already on the board. */
export function insertElement<T extends { id: string }>(kind: ElementKind<T>, doc: Y.Doc, element: T): void {
  refuseIssues(kind.issues(element));
  if (kind.of(doc).has(element.id))
    refuseIssues([{ path: `${kind.noun}.id`, message: `${withArticle(kind.noun)} with id "${element.id}" is already on the board` }]);
  mapTransact(doc, () => {
    kind.of(doc).set(element.id, newElementMap(elementToJson(element, kind.fields)));
  });
}

/**
 * Changes the fields named in `patch` (a field set to undefined is removed) and only those,
 * so peers editing other fields of the same element keep their edits. The element after the
 * change is checked whole. False when the element is not on the board (a peer removed it).
 */
export function patchElement<T extends { id: string }>(
  kind: ElementKind<T>,
  doc: Y.Doc,
  id: string,
  patch: NoInfer<Partial<T>>,
  finish?: (merged: NoInfer<T>) => Partial<NoInfer<T>>,
): boolean {
  const current = readElement(kind, doc, id);
  const target = kind.of(doc).get(id);
  if (!current || !(target instanceof Y.Map)) return false;
  const changes: Partial<T> = { ...patch, ...finish?.({ ...current, ...patch, id }) };
  const merged = { ...current, ...changes, id };
  refuseIssues(kind.issues(merged));
  const after = elementToJson(merged, kind.fields);
  mapTransact(doc, () => {
    for (const key of Object.keys(changes)) {
      if (key === 'id' || !kind.fields.includes(key)) continue;
      const value = after[key];
      if (value === undefined) target.delete(key);
      else if (JSON.stringify(target.get(key)) !== JSON.stringify(value)) target.set(key, plainCopy(value));
    }
  });
  return true;
}

/**
 * A JSON copy, or undefined when the value has none. Values set into a Y.Map are kept by
 * reference in the local document, so a caller changing its array afterwards would change
 * this replica only; Y types a bad peer nested inside read as their JSON.
 */
export function plainCopy(value: unknown): unknown {
  try {
    const json: unknown = value instanceof Y.AbstractType ? value.toJSON() : value;
    const text = JSON.stringify(json);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined; // a bigint, or a cycle: nothing a map field can hold
  }
}
