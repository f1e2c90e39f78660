import { describe, expect, it } from 'vitest';
import { datasetAccess, datasetAccessText, type EcosystemMap } from '../../../src/domain/map/index.js';

const map = (
  datasetAccessLevel: 'open' | undefined,
  flows: { id: string; access?: 'open' | 'shared' | 'closed'; kind?: 'data' | 'money' }[],
): EcosystemMap => ({
  title: 'Bins',
  actors: [
    { id: 'city', name: 'City', roles: [], tags: [] },
    { id: 'public', name: 'Public', roles: [], tags: [] },
    { id: 'ltd', name: 'Bins Ltd', roles: [], tags: [] },
  ],
  datasets: [{ id: 'fill', name: 'Fill levels', heldBy: [], ...(datasetAccessLevel ? { access: datasetAccessLevel } : {}) }],
  flows: flows.map((f, i) => ({
    id: f.id,
    from: 'city',
    to: i === 0 ? 'public' : 'ltd',
    kind: f.kind ?? 'data',
    dataset: 'fill',
    ...(f.access ? { access: f.access } : {}),
  })),
  notes: [],
});

describe('the access a map gives a dataset', () => {
  it("is the dataset's own when it has one", () => {
    const shown = datasetAccess(map('open', [{ id: 'f1', access: 'closed' }]), 'fill');
    expect(shown).toEqual([{ access: 'open' }]);
    expect(datasetAccessText(shown)).toBe('Open');
  });

  it('else the flows that carry it, once when they agree', () => {
    const shown = datasetAccess(map(undefined, [{ id: 'f1', access: 'shared' }, { id: 'f2', access: 'shared' }, { id: 'f3' }]), 'fill');
    expect(datasetAccessText(shown)).toBe('Shared');
  });

  it('each flow named when they differ', () => {
    const shown = datasetAccess(
      map(undefined, [
        { id: 'f1', access: 'open' },
        { id: 'f2', access: 'shared' },
      ]),
      'fill',
    );
    expect(datasetAccessText(shown)).toBe('Open (flow City → Public), Shared (flow City → Bins Ltd)');
  });

  it('nothing when neither the dataset nor a data flow says (a money flow does not count)', () => {
    expect(datasetAccess(map(undefined, [{ id: 'f1' }]), 'fill')).toEqual([]);
    expect(datasetAccess(map(undefined, [{ id: 'f1', access: 'open', kind: 'money' }]), 'fill')).toEqual([]);
    expect(datasetAccess(map('open', []), 'missing')).toEqual([]);
    expect(datasetAccessText([])).toBeNull();
  });
});
