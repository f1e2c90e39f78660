import { accessLevels, actorRoles, actorTypes, deidentifications, flowKinds, sensitivities } from '../../../src/domain/map/index.js';
import type { Actor, Dataset, EcosystemMap, Flow } from '../../../src/domain/map/index.js';
import type { Prng } from '../../fuzz/prng.js';

/**
 * Random valid maps shaped to reach every rule's edge: few actors (0–9) so thresholds are
 * often met exactly, a favourite actor that many flows touch, self-loops, repeated flows, data
 * flows with and without a dataset, every optional field sometimes absent, blank standards.
 */
export function randomEcosystem(rng: Prng): EcosystemMap {
  const n = rng.int(10);
  const maybe = <T>(value: () => T): T | undefined => (rng.chance(0.6) ? value() : undefined);
  const actors: Actor[] = Array.from({ length: n }, (_, i) =>
    clean({
      id: `a${i}`,
      name: rng.pick([`Actor ${i}`, '', '  ']),
      type: maybe(() => rng.pick(actorTypes)),
      roles: actorRoles.filter(() => rng.chance(0.12)),
      tags: [],
    }),
  );
  const ids = actors.map((a) => a.id);
  const datasets: Dataset[] = Array.from({ length: rng.int(5) }, (_, i) =>
    clean({
      id: `d${i}`,
      name: `Dataset ${i}`,
      steward: n > 0 ? maybe(() => rng.pick(ids)) : undefined,
      heldBy: ids.filter(() => rng.chance(0.2)),
      sensitivity: maybe(() => rng.pick(sensitivities)),
      deidentification: maybe(() => rng.pick(deidentifications)),
      access: maybe(() => rng.pick(accessLevels)),
      standard: maybe(() => rng.pick(['CSV', '', ' '])),
    }),
  );
  const favourite = n > 0 ? rng.pick(ids) : '';
  const end = () => (rng.chance(0.35) ? favourite : rng.pick(ids));
  const flows: Flow[] =
    n === 0
      ? []
      : Array.from({ length: rng.int(3 * n + 1) }, (_, i) => {
          const kind = rng.chance(0.6) ? 'data' : rng.pick(flowKinds);
          const from = end();
          return clean({
            id: `f${i}`,
            from,
            to: rng.chance(0.08) ? from : end(),
            kind,
            dataset: kind === 'data' && datasets.length > 0 ? maybe(() => rng.pick(datasets).id) : undefined,
            access: maybe(() => rng.pick(accessLevels)),
            standard: rng.chance(0.25) ? rng.pick(['JSON', '']) : undefined,
          });
        });
  return { title: 'Random', actors, datasets, flows, notes: [] };
}

/** Drops undefined properties, as readers give them (absent is a missing property). */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Seeds for the randomised rule tests: the range is in each test's title. */
export const ruleSeeds = Array.from({ length: 400 }, (_, i) => i + 1);
