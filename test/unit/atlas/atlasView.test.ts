import { describe, expect, it } from 'vitest';
import { atlasPicture, buildAtlas, type AtlasMapInput } from '../../../src/domain/atlas/index.js';
import { mapToJson, type EcosystemMap } from '../../../src/domain/map/index.js';
import {
  colourKey,
  datasetTrail,
  everything,
  flowKey,
  neighbourhood,
  noFilters,
  pictureOf,
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

const atlas = () => buildAtlas('Coventry', [input('air', air), input('bins', bins)], []);
function answer(): AtlasAnswer {
  const built = atlas();
  return { ...built, map: mapToJson(built.map), leftOut: [] } as unknown as AtlasAnswer;
}
const picture = () => atlasPicture(atlas());
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
    const p = picture();
    const all = visibleElements(a, noFilters);
    expect(neighbourhood(p, all, idOf(a, 'Air Lab'), 1).size).toBe(2);
    expect(neighbourhood(p, all, idOf(a, 'Air Lab'), 2).size).toBe(3);
    expect(neighbourhood(p, all, idOf(a, 'Air Lab'), 3).size).toBe(4);
    const noMoney = visibleElements(a, { ...noFilters, flowKind: 'data' });
    expect(neighbourhood(p, noMoney, idOf(a, 'Air Lab'), 3)).toEqual(new Set([idOf(a, 'Air Lab')]));
  });

  it('traces a dataset across projects, and finds actors by any words of their name', () => {
    const a = answer();
    const trail = datasetTrail(a, a.map.datasets[0]!.id);
    expect(trail.flows.size).toBe(2);
    expect(trail.actors.has(idOf(a, 'Bins Ltd'))).toBe(true);
    expect(searchActors(a.map.actors, 'city COUNCIL').map((x) => x.name)).toEqual(['Coventry City Council']);
    expect(searchActors(a.map.actors, '  ')).toEqual([]);
  });

  it('draws from a picture that holds what the full answer says of each actor and flow, and nothing else', () => {
    const a = answer();
    const p = picture();
    expect(p.actors.map((x) => x.id)).toEqual(a.map.actors.map((x) => x.id));
    // A flow is its ends' places among the actors, in the order of the atlas's flows: its key in both answers.
    const place = (id: string) => a.map.actors.findIndex((x) => x.id === id);
    expect(p.flows).toEqual(a.map.flows.map((f) => [place(f.from), place(f.to)]));
    const money = a.map.flows.findIndex((f) => f.kind === 'money');
    expect(visibleElements(a, { ...noFilters, flowKind: 'money' }).flows).toEqual(new Set([flowKey(money)]));
    expect(everything(p)).toEqual(visibleElements(a, noFilters));
    const council = p.actors.find((x) => x.id === idOf(a, 'Coventry City Council'))!;
    const full = a.map.actors.find((x) => x.id === council.id)!;
    // Betweenness to six significant figures: 2/3 here.
    expect(a.metrics[full.id]!.betweenness).toBeCloseTo(2 / 3, 12);
    expect(council).toEqual({ id: full.id, name: full.name, type: 'public', project: 'air', ...a.metrics[full.id], betweenness: 0.666667 });
    expect(colourKey(council, 'project')).toBe('air');
    expect(colourKey({ ...council, project: '' }, 'project')).toBe('unknown');
    expect(p.counts).toEqual({ datasets: a.map.datasets.length, maps: 2 });
    expect(Object.keys(p)).not.toContain('register');
    expect(JSON.stringify(p)).not.toContain('sources');
    expect(JSON.stringify(p)).not.toContain('flow:');
  });

  it('makes from the details the picture the server sends for the same version (for details newer than the picture)', () => {
    const a = { ...answer(), version: 'v2' };
    const server = { ...picture(), leftOut: [], version: 'v2' };
    const made = pictureOf(a);
    const sixFigures = (x: { betweenness: number }) => ({ ...x, betweenness: Number(x.betweenness.toPrecision(6)) });
    expect({ ...made, actors: made.actors.map(sixFigures) }).toEqual({ ...server, actors: server.actors.map(sixFigures) });
  });

  it('builds the graph sigma draws and lays it out with positions for every actor', () => {
    const graph = atlasGraph(picture());
    expect([graph.order, graph.size]).toEqual([4, 3]);
    const laid = layoutPositions(positionsOf(graph), edgeIndexes(graph));
    expect(laid).toHaveLength(8);
    expect([...laid].every(Number.isFinite)).toBe(true);
  });
});
