import { FieldReader } from './fieldReader.js';
import { withoutAbsent } from './mapJson.js';
import { mapLimits } from './types.js';
import type { Actor, Dataset, EcosystemMap, Flow, MapIssue, MapNote } from './types.js';
import { accessLevels, actorRoles, actorTypes, deidentifications, flowKinds, noteKinds, sensitivities } from './vocabulary.js';

/**
 * Restores one map element from its JSON form (a file element, or a board element's fields
 * with the id added). Issues go to `issues` at `path` (see FieldReader for the fallbacks); the
 * result is undefined only when the element cannot stand: no id, or a flow without its ends or
 * kind. References are not checked here (see mapProblems).
 */

export function readActor(raw: unknown, path: string, issues: MapIssue[]): Actor | undefined {
  const r = FieldReader.of(raw, path, issues);
  if (!r) return undefined;
  const actor: Actor = {
    id: r.id('id', true) ?? '',
    name: r.text('name', mapLimits.name, true) ?? '',
    type: r.choice('type', actorTypes),
    roles: r.list('roles', actorRoles.length, r.oneOf(actorRoles)),
    description: r.text('description', mapLimits.description),
    skills: r.text('skills', mapLimits.description),
    tags: r.list('tags', mapLimits.tags, r.texts(mapLimits.shortText, false)),
    position: r.position('position'),
    extra: r.extra(),
  };
  return actor.id === '' ? undefined : withoutAbsent(actor);
}

export function readDataset(raw: unknown, path: string, issues: MapIssue[]): Dataset | undefined {
  const r = FieldReader.of(raw, path, issues);
  if (!r) return undefined;
  const dataset: Dataset = {
    id: r.id('id', true) ?? '',
    name: r.text('name', mapLimits.name, true) ?? '',
    description: r.text('description', mapLimits.description),
    steward: r.id('steward', false),
    // Bounded by the actors that exist once references are checked; the list cap is a guard.
    heldBy: r.list('heldBy', 10_000, r.texts(Number.MAX_SAFE_INTEGER, true)),
    sensitivity: r.choice('sensitivity', sensitivities),
    deidentification: r.choice('deidentification', deidentifications),
    access: r.choice('access', accessLevels),
    licence: r.text('licence', mapLimits.shortText),
    standard: r.text('standard', mapLimits.shortText),
    extra: r.extra(),
  };
  return dataset.id === '' ? undefined : withoutAbsent(dataset);
}

export function readFlow(raw: unknown, path: string, issues: MapIssue[]): Flow | undefined {
  const r = FieldReader.of(raw, path, issues);
  if (!r) return undefined;
  const id = r.id('id', true);
  const from = r.id('from', true);
  const to = r.id('to', true);
  const kind = r.choice('kind', flowKinds, true);
  const flow = {
    id,
    from,
    to,
    kind,
    dataset: r.id('dataset', false),
    label: r.text('label', mapLimits.shortText),
    frequency: r.text('frequency', mapLimits.shortText),
    access: r.choice('access', accessLevels),
    standard: r.text('standard', mapLimits.shortText),
    extra: r.extra(),
  };
  if (id === undefined || from === undefined || to === undefined || kind === undefined) return undefined;
  return withoutAbsent({ ...flow, id, from, to, kind });
}

export function readNote(raw: unknown, path: string, issues: MapIssue[]): MapNote | undefined {
  const r = FieldReader.of(raw, path, issues);
  if (!r) return undefined;
  const note: MapNote = {
    id: r.id('id', true) ?? '',
    text: r.text('text', mapLimits.noteText, true) ?? '',
    kind: r.choice('kind', noteKinds),
    target: r.id('target', false),
    author: r.text('author', mapLimits.shortText),
    position: r.position('position'),
    extra: r.extra(),
  };
  return note.id === '' ? undefined : withoutAbsent(note);
}

/**
 * The map's own fields as a board keeps them (its `mapInfo`): the title defaults to empty (a
 * fresh board has none), and names that are file fields elsewhere (`format`, `actors`…) are
 * ignored rather than kept as extras, which a file could not hold.
 */
export function readMapInfo(
  raw: Record<string, unknown>,
  issues: MapIssue[],
): Omit<EcosystemMap, 'actors' | 'datasets' | 'flows' | 'notes'> {
  const r = new FieldReader(raw, '', issues);
  for (const reserved of ['format', 'version', 'actors', 'datasets', 'flows', 'notes']) r.take(reserved);
  return withoutAbsent({
    id: r.id('id', false),
    title: r.text('title', mapLimits.title) ?? '',
    description: r.text('description', mapLimits.description),
    extra: r.extra(),
  });
}
