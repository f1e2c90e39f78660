import type { Actor, Dataset, EcosystemMap, Flow } from '../../../src/domain/map/index.js';

/** Terse, valid maps for hand-made cases: only what a case is about is spelled out. */

export function actor(id: string, fields: Partial<Actor> = {}): Actor {
  return { id, name: id.charAt(0).toUpperCase() + id.slice(1), roles: [], tags: [], ...fields };
}

export function dataset(id: string, fields: Partial<Dataset> = {}): Dataset {
  return { id, name: `${id} data`, heldBy: [], ...fields };
}

export function flow(id: string, from: string, to: string, fields: Partial<Flow> = {}): Flow {
  return { id, from, to, kind: 'data', ...fields };
}

export function map(parts: { actors?: Actor[]; datasets?: Dataset[]; flows?: Flow[] } = {}): EcosystemMap {
  return { title: 'Test map', actors: parts.actors ?? [], datasets: parts.datasets ?? [], flows: parts.flows ?? [], notes: [] };
}

/** Actors a0..a(n−1). */
export function actors(n: number): Actor[] {
  return Array.from({ length: n }, (_, i) => actor(`a${i}`));
}

/** A chain of data flows a0 → a1 → … through the ids given. */
export function chain(ids: string[], fields: Partial<Flow> = {}): Flow[] {
  return ids.slice(1).map((to, i) => flow(`f${i}`, ids[i] ?? '', to, fields));
}
