import { describe, expect, it } from 'vitest';
import { buildAtlas, type AtlasMapInput } from '../../../src/domain/atlas/index.js';
import { mapToJson, type EcosystemMap } from '../../../src/domain/map/index.js';
import {
  datasetTrail,
  neighbourhood,
  noFilters,
  searchActors,
  visibleElements,
  type AtlasAnswer,
} from '../../../src/web/atlas/atlasData.js';
import { atlasGraph, edgeIndexes, positionsOf } from '../../../src/web/atlas/atlasGraph.js';
import { layoutPositions } from '../../../src/web/atlas/atlasLayout.js';

function input(project: string, map: EcosystemMap): AtlasMapInput {
  return {
    workshop: { id: `w-${project}`, title: `Workshop ${project}` },
    project: { id: project, title: project },
    board: { id: `b-${project}`, title: `Map ${project}` },
    map,
  };
}

// Two projects sharing the council; air has a chain council → sensors → lab.
const air: EcosystemMap = {
  title: 'Air',
  actors: [
    { id: 'c', name: 'Coventry City Council', type: 'public', roles: ['steward'], tags: [] },
    { id: 's', name: 'Sensor Co', type: 'private', roles: [], tags: [] },
    { id: 'l', name: 'Air Lab', type: 'academia', roles: [], tags: [] },
  ],
  datasets: [{ id: 'd', name: 'Readings', steward: 'c', heldBy: ['c'], sensitivity: 'personal' }],
  flows: [
    { id: 'f1', from: 's', to: 'c', kind: 'data', dataset: 'd' },
    { id: 'f2', from: 's', to: 'l', kind: 'money' },
  ],
  notes: [],
};
const bins: EcosystemMap = {
  title: 'Bins',
  actors: [
    { id: 'c', name: 'coventry city council.', roles: [], tags: [] },
    { id: 'b', name: 'Bins Ltd', type: 'private', roles: [], tags: [] },
  ],
  datasets: [{ id: 'd', name: 'Readings', heldBy: ['b'], sensitivity: 'personal' }],
  flows: [{ id: 'f1', from: 'c', to: 'b', kind: 'data', dataset: 'd' }],
  notes: [],
};

function answer(): AtlasAnswer {
  const atlas = buildAtlas('Coventry', [input('air', air), input('bins', bins)], []);
  return { ...atlas, map: mapToJson(atlas.map), leftOut: [] } as unknown as AtlasAnswer;
}
const idOf = (a: AtlasAnswer, name: string) => a.map.actors.find((x) => x.name === name)!.id;

describe('the atlas view: what it shows', () => {
  it('keeps everything without filters, and one project with its filter', () => {
    const a = answer();
    expect(visibleElements(a, noFilters).actors.size).toBe(4);
    const bin = visibleElements(a, { ...noFilters, project: 'bins' });
    expect([...bin.actors].map((id) => a.map.actors.find((x) => x.id === id)!.name).sort()).toEqual(['Bins Ltd', 'Coventry City Council']);
    expect(bin.flows.size).toBe(1);
  });

  it('keeps only the ends of the flows of a kind or a sensitivity', () => {
    const a = answer();
    const money = visibleElements(a, { ...noFilters, flowKind: 'money' });
    expect(money.actors).toEqual(new Set([idOf(a, 'Sensor Co'), idOf(a, 'Air Lab')]));
    expect(visibleElements(a, { ...noFilters, sensitivity: 'personal' }).flows.size).toBe(2);
    expect(visibleElements(a, { ...noFilters, type: 'private' }).actors).toEqual(new Set([idOf(a, 'Sensor Co'), idOf(a, 'Bins Ltd')]));
  });

  it('reaches neighbours one, two and three steps away', () => {
    const a = answer();
    const all = visibleElements(a, noFilters);
    expect(neighbourhood(a, all, idOf(a, 'Air Lab'), 1).size).toBe(2);
    expect(neighbourhood(a, all, idOf(a, 'Air Lab'), 2).size).toBe(3);
    expect(neighbourhood(a, all, idOf(a, 'Air Lab'), 3).size).toBe(4);
  });

  it('traces a dataset across projects, and finds actors by any words of their name', () => {
    const a = answer();
    const trail = datasetTrail(a, a.map.datasets[0]!.id);
    expect(trail.flows.size).toBe(2);
    expect(trail.actors.has(idOf(a, 'Bins Ltd'))).toBe(true);
    expect(searchActors(a.map.actors, 'city COUNCIL').map((x) => x.name)).toEqual(['Coventry City Council']);
    expect(searchActors(a.map.actors, '  ')).toEqual([]);
  });

  it('builds the graph sigma draws and lays it out with positions for every actor', () => {
    const a = answer();
    const graph = atlasGraph(a);
    expect([graph.order, graph.size]).toEqual([4, 3]);
    const laid = layoutPositions(positionsOf(graph), edgeIndexes(graph));
    expect(laid).toHaveLength(8);
    expect([...laid].every(Number.isFinite)).toBe(true);
  });
});
