import {
  accessLevels,
  actorRoles,
  actorTypes,
  deidentifications,
  flowKinds,
  noteKinds,
  sensitivities,
} from '../../../src/domain/map/index.js';
import type { Actor, Dataset, EcosystemMap, Extra, Flow, MapNote, Position } from '../../../src/domain/map/index.js';
import type { Prng } from '../../fuzz/prng.js';

/**
 * Random valid maps for property tests: every optional field sometimes absent, awkward text
 * (quotes, emoji, right-to-left, empty), unknown fields with nested JSON, self-loops, notes
 * pinned to every kind of element, ids shared between lists. Everything comes from `rng`.
 */

export const awkwardTexts = [
  '',
  'City Council',
  'Ōtautahi "quoted" \\ back',
  '🚲 bike share',
  'مجلس المدينة',
  'line\nbreak',
  '  spaced  ',
  'x'.repeat(120),
];

/** Extra field names: unknown to version 1, including one that must stay a plain field. */
const extraNames = ['colour', 'weight', 'kumu', 'createdAt', '__proto__', 'layer'];

function some<T>(rng: Prng, items: readonly T[], max = items.length): T[] {
  const out: T[] = [];
  for (let i = rng.int(max + 1); i > 0; i--) {
    const item = rng.pick(items);
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

const maybe = <T>(rng: Prng, value: () => T): T | undefined => (rng.chance(0.5) ? value() : undefined);

export function randomJson(rng: Prng, depth = 0): unknown {
  switch (rng.int(depth > 2 ? 4 : 6)) {
    case 0:
      return rng.pick(awkwardTexts);
    case 1:
      return rng.pick([0, 1, -3, 2.5, 1e21, 123456789]);
    case 2:
      return rng.chance(0.5);
    case 3:
      return null;
    case 4:
      return Array.from({ length: rng.int(3) }, () => randomJson(rng, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: rng.int(3) }, (_, i) => [`k${i}`, randomJson(rng, depth + 1)]));
  }
}

function randomExtra(rng: Prng): Extra | undefined {
  if (!rng.chance(0.3)) return undefined;
  const names = some(rng, extraNames, 3);
  return names.length === 0 ? undefined : Object.fromEntries(names.map((name) => [name, randomJson(rng)]));
}

const position = (rng: Prng): Position => ({ x: rng.int(2000) - 1000 + rng.pick([0, 0.5, 0.25]), y: rng.int(2000) - 1000 });

/** Drops undefined properties, as readers give them (absent is a missing property). */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function randomMap(rng: Prng, size = 8): EcosystemMap {
  const actors: Actor[] = Array.from({ length: 1 + rng.int(size) }, (_, i) =>
    clean({
      id: `a${i}`,
      name: rng.pick(awkwardTexts),
      type: maybe(rng, () => rng.pick(actorTypes)),
      roles: some(rng, actorRoles, 3),
      description: maybe(rng, () => rng.pick(awkwardTexts)),
      skills: maybe(rng, () => rng.pick(awkwardTexts)),
      tags: some(rng, ['transport', 'health', '🚲', ''], 3),
      position: maybe(rng, () => position(rng)),
      extra: randomExtra(rng),
    }),
  );
  const actorIds = actors.map((a) => a.id);
  // Some dataset ids repeat an actor's: ids are unique within a list only.
  const datasets: Dataset[] = Array.from({ length: rng.int(size) }, (_, i) =>
    clean({
      id: rng.chance(0.1) ? `a${i}` : `d${i}`,
      name: rng.pick(awkwardTexts),
      description: maybe(rng, () => rng.pick(awkwardTexts)),
      steward: maybe(rng, () => rng.pick(actorIds)),
      heldBy: some(rng, actorIds, 3),
      sensitivity: maybe(rng, () => rng.pick(sensitivities)),
      deidentification: maybe(rng, () => rng.pick(deidentifications)),
      access: maybe(rng, () => rng.pick(accessLevels)),
      licence: maybe(rng, () => rng.pick(['OGL-UK-3.0', 'CC-BY-4.0', ''])),
      standard: maybe(rng, () => rng.pick(['SensorThings API', 'CSV', ''])),
      extra: randomExtra(rng),
    }),
  );
  const datasetIds = [...new Set(datasets.map((d) => d.id))];
  const uniqueDatasets = datasets.filter((d, i) => datasets.findIndex((e) => e.id === d.id) === i);
  const flows: Flow[] = Array.from({ length: rng.int(size * 2) }, (_, i) => {
    const kind = rng.pick(flowKinds);
    return clean({
      id: `f${i}`,
      from: rng.pick(actorIds),
      to: rng.pick(actorIds),
      kind,
      dataset: kind === 'data' && datasetIds.length > 0 ? maybe(rng, () => rng.pick(datasetIds)) : undefined,
      label: maybe(rng, () => rng.pick(awkwardTexts)),
      frequency: maybe(rng, () => rng.pick(['hourly', 'daily', ''])),
      access: maybe(rng, () => rng.pick(accessLevels)),
      standard: maybe(rng, () => rng.pick(['CSV', ''])),
      extra: randomExtra(rng),
    });
  });
  const targets = [...actorIds, ...datasetIds, ...flows.map((f) => f.id)];
  const notes: MapNote[] = Array.from({ length: rng.int(size) }, (_, i) =>
    clean({
      id: `n${i}`,
      text: rng.pick(awkwardTexts),
      kind: maybe(rng, () => rng.pick(noteKinds)),
      target: maybe(rng, () => rng.pick(targets)),
      author: maybe(rng, () => rng.pick(['Group 1', 'Amal', ''])),
      position: maybe(rng, () => position(rng)),
      extra: randomExtra(rng),
    }),
  );
  return clean({
    id: maybe(rng, () => 'map-random'),
    title: rng.pick(awkwardTexts),
    description: maybe(rng, () => rng.pick(awkwardTexts)),
    actors,
    datasets: uniqueDatasets,
    flows,
    notes,
    extra: randomExtra(rng),
  });
}
