import { plural } from '../../shared/index.js';
import { accessLevels, actorRoles, mapLimits } from '../map/index.js';
import type { AccessLevel, Actor, Dataset, Deidentification, EcosystemMap, Flow, Sensitivity } from '../map/index.js';
import type { AtlasDecision } from './decisions.js';
import { nameKey } from './nameKey.js';
import { sourceKey, type AtlasMapInput, type AtlasSource } from './types.js';
import { UnionFind } from './unionFind.js';

/** An actor or dataset of the atlas: the name keys merged into it and every element it came from. */
export interface MergedElement {
  id: string;
  kind: 'actor' | 'dataset';
  /** The element keys (`actor:<name key>`…) merged into it, sorted. */
  keys: string[];
  sources: AtlasSource[];
}

export interface MergeResult {
  /** The atlas as an ecosystem map: `extra.sources` on each actor, dataset and flow. */
  map: EcosystemMap;
  elements: Map<string, MergedElement>;
  /** Decisions whose elements (or split source) are on no map now: kept, not applied (T5). */
  stale: AtlasDecision[];
}

interface Found<T> {
  element: T;
  source: AtlasSource;
  key: string;
}

/**
 * Merges every project map of a city into one ecosystem map (SPEC T2–T4). Actors merge by the
 * name key of their name (`nameKey`), datasets too; the city's decisions then join (accept) or
 * take apart (split) what names alone would not; flows merge when their kind, ends and dataset
 * are the same after that. Every merged element lists its `sources`. Notes stay on their
 * project maps. The project maps are read, never changed. Pure; the same input gives the same
 * map (ids come from the keys, not from the order of the maps).
 */
export function mergeAtlas(title: string, inputs: readonly AtlasMapInput[], decisions: readonly AtlasDecision[]): MergeResult {
  const splits = new Set(decisions.filter((d) => d.kind === 'split').map((d) => d.b));
  const keys = new Map<string, string>(); // name -> name key: a shared name is normalised once
  const keyOf = (prefix: 'actor' | 'dataset', name: string, source: AtlasSource): string => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = nameKey(name)));
    const at = sourceKey(source);
    const base = key === '' ? `${prefix}:@${at}` : `${prefix}:${key}`;
    return splits.has(at) ? `${base}@${at}` : base;
  };
  const actors: Found<Actor>[] = [];
  const datasets: Found<Dataset>[] = [];
  for (const input of inputs) {
    const at = (element: string): AtlasSource => ({
      workshop: input.workshop.id,
      project: input.project?.id ?? null,
      board: input.board.id,
      element,
    });
    const found = <T extends { id: string; name: string }>(kind: 'actor' | 'dataset', element: T): Found<T> => {
      const source = at(element.id);
      return { element, source, key: keyOf(kind, element.name, source) };
    };
    for (const a of input.map.actors) actors.push(found('actor', a));
    for (const d of input.map.datasets) datasets.push(found('dataset', d));
  }

  const groups = new UnionFind();
  const sources = new Set<string>();
  for (const list of [actors, datasets] as Found<unknown>[][])
    for (const f of list) {
      groups.add(f.key);
      sources.add(sourceKey(f.source));
    }
  const stale: AtlasDecision[] = [];
  for (const d of decisions) {
    if (d.kind === 'split') {
      if (!sources.has(d.b)) stale.push(d);
    } else if (!groups.has(d.a) || !groups.has(d.b)) stale.push(d);
    else if (d.kind === 'accept' && d.a.split(':')[0] === d.b.split(':')[0]) groups.union(d.a, d.b);
  }

  const elements = new Map<string, MergedElement>();
  const idOf = new Map<string, Map<string, string>>(); // board -> element id -> atlas id
  const grouped = <T>(found: Found<T>[], kind: MergedElement['kind']): Map<string, Found<T>[]> => {
    const byId = new Map<string, Found<T>[]>();
    for (const f of found) {
      const id = groups.find(f.key);
      const onBoard = idOf.get(f.source.board);
      if (onBoard) onBoard.set(f.source.element, id);
      else idOf.set(f.source.board, new Map([[f.source.element, id]]));
      const list = byId.get(id);
      if (list) list.push(f);
      else byId.set(id, [f]);
      const merged = elements.get(id) ?? { id, kind, keys: [], sources: [] };
      if (!merged.keys.includes(f.key)) merged.keys.push(f.key);
      merged.sources.push(f.source);
      elements.set(id, merged);
    }
    return byId;
  };
  const actorGroups = grouped(actors, 'actor');
  const datasetGroups = grouped(datasets, 'dataset');
  for (const merged of elements.values()) merged.keys.sort();
  const mapped = (board: string, id: string | undefined): string | undefined => (id === undefined ? undefined : idOf.get(board)?.get(id));

  const map: EcosystemMap = {
    title: truncated(title, mapLimits.title),
    description: `Merged from ${plural(inputs.length, 'project map')}`,
    actors: [...actorGroups].map(([id, found]) => mergeActors(id, found)),
    datasets: [...datasetGroups].map(([id, found]) => mergeDatasets(id, found, mapped)),
    flows: mergeFlows(inputs, mapped),
    notes: [],
  };
  map.actors.sort(byId);
  map.datasets.sort(byId);
  return { map, elements, stale };
}

function mergeActors(id: string, found: Found<Actor>[]): Actor {
  const all = found.map((f) => f.element);
  return withoutAbsent({
    id,
    name: mostCommon(all.map((a) => a.name)) ?? '',
    type: mostCommon(all.map((a) => a.type)),
    roles: actorRoles.filter((role) => all.some((a) => a.roles.includes(role))),
    description: all.find((a) => a.description)?.description,
    skills: all.find((a) => a.skills)?.skills,
    tags: [...new Set(all.flatMap((a) => a.tags))].slice(0, mapLimits.tags),
    extra: { sources: found.map((f) => f.source) },
  });
}

/** Most exposed first wins: the atlas shows the least protected copy (T3). */
const exposure = {
  sensitivity: ['non-personal', 'commercial', 'personal', 'special-category'] as readonly Sensitivity[],
  deidentification: ['aggregated', 'anonymised', 'pseudonymised', 'identifiable'] as readonly Deidentification[],
  access: accessLevels as readonly AccessLevel[],
};

function mostExposed<T>(order: readonly T[], values: (T | undefined)[]): T | undefined {
  const at = Math.max(-1, ...values.map((v) => (v === undefined ? -1 : order.indexOf(v))));
  return at < 0 ? undefined : order[at];
}

function mergeDatasets(
  id: string,
  found: Found<Dataset>[],
  mapped: (board: string, id: string | undefined) => string | undefined,
): Dataset {
  const all = found.map((f) => f.element);
  const holders = found.flatMap((f) => f.element.heldBy.map((h) => mapped(f.source.board, h)));
  return withoutAbsent({
    id,
    name: mostCommon(all.map((d) => d.name)) ?? '',
    description: all.find((d) => d.description)?.description,
    steward: mostCommon(found.map((f) => mapped(f.source.board, f.element.steward))),
    heldBy: [...new Set(holders.filter((h): h is string => h !== undefined))].sort(),
    sensitivity: mostExposed(
      exposure.sensitivity,
      all.map((d) => d.sensitivity),
    ),
    deidentification: mostExposed(
      exposure.deidentification,
      all.map((d) => d.deidentification),
    ),
    access: mostExposed(
      exposure.access,
      all.map((d) => d.access),
    ),
    licence: mostCommon(all.map((d) => d.licence)),
    standard: mostCommon(all.map((d) => d.standard)),
    extra: { sources: found.map((f) => f.source) },
  });
}

function mergeFlows(inputs: readonly AtlasMapInput[], mapped: (board: string, id: string | undefined) => string | undefined): Flow[] {
  const byKey = new Map<string, { flow: Flow; found: Found<Flow>[] }>();
  for (const input of inputs) {
    const board = input.board.id;
    for (const flow of input.map.flows) {
      const from = mapped(board, flow.from);
      const to = mapped(board, flow.to);
      if (from === undefined || to === undefined) continue; // a repaired map has none
      const dataset = mapped(board, flow.dataset);
      // The lengths make the key unambiguous whatever the ids hold (cheaper than JSON.stringify).
      const key = `${flow.kind} ${from.length} ${to.length} ${from}${to}${dataset ?? ''}`;
      const source = { workshop: input.workshop.id, project: input.project?.id ?? null, board, element: flow.id };
      const entry = byKey.get(key) ?? {
        flow: { id: `flow:${flow.kind}:${from}->${to}${dataset ? `:${dataset}` : ''}`, from, to, kind: flow.kind, dataset },
        found: [],
      };
      entry.found.push({ element: flow, source, key });
      byKey.set(key, entry);
    }
  }
  const taken = new Set<string>();
  const flows = [...byKey.values()].map(({ flow, found }) => {
    let id = flow.id;
    for (let n = 2; taken.has(id); n++) id = `${flow.id}#${n}`;
    taken.add(id);
    const all = found.map((f) => f.element);
    return withoutAbsent({
      ...flow,
      id,
      label: mostCommon(all.map((f) => f.label)),
      frequency: mostCommon(all.map((f) => f.frequency)),
      access: mostExposed(
        exposure.access,
        all.map((f) => f.access),
      ),
      standard: mostCommon(all.map((f) => f.standard)),
      extra: { sources: found.map((f) => f.source) },
    });
  });
  return flows.sort(byId);
}

/** The value given most often (ignoring absent and empty ones); on a tie, the one that reached that count first. */
function mostCommon<T>(values: (T | undefined)[]): T | undefined {
  if (values.length === 1) return values[0] === '' ? undefined : values[0]; // most elements are on one map
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const v of values) {
    if (v === undefined || v === '') continue;
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) [best, bestCount] = [v, n];
  }
  return best;
}

/** Plain code-unit order of ids (they are element keys): the same on every runtime, and cheap on 30,000 flows. */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function truncated(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/** A copy without the undefined fields (built up, not deleted from: `delete` leaves an object slow to read). */
function withoutAbsent<T extends object>(value: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) copy[key] = v;
  return copy as T;
}
