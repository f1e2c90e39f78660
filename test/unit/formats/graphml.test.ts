import { describe, expect, it } from 'vitest';
import { readGraphml, writeGraphml } from '../../../src/domain/formats/index.js';
import { errorsOf, fixtureText, goldenMap, mapOf } from './fixtures.js';

describe('GraphML: golden file', () => {
  it('the golden map writes exactly the committed GraphML, which reads back equal', () => {
    const text = writeGraphml(goldenMap());
    expect(text).toBe(fixtureText('graphml/v1-air-quality.graphml'));
    expect(mapOf(readGraphml(text))).toEqual(goldenMap());
  });

  it('nodes are actors and edges are flows, each field a key that graph tools show by name', () => {
    const text = fixtureText('graphml/v1-air-quality.graphml');
    expect(text).toContain('<key id="n5" for="node" attr.name="name" attr.type="string"/>');
    expect(text).toContain('<key id="n11" for="node" attr.name="x" attr.type="double"/>');
    expect(text).toContain('<graph edgedefault="directed">');
    expect(text).toMatch(/<edge id="f1" source="vendor" target="council">\s*<data key="e13">data<\/data>/);
    expect(text.match(/<node /g)).toHaveLength(7);
    expect(text.match(/<edge /g)).toHaveLength(11);
  });
});

describe('GraphML from other tools', () => {
  it('NetworkX (undirected, d0… keys): names from label, else the id; edges as written; other keys kept, typed', () => {
    const map = mapOf(readGraphml(fixtureText('graphml/networkx-undirected.graphml')));
    expect(map.extra).toEqual({ name: 'Air quality partners' });
    expect(map.actors).toEqual([
      { id: 'council', name: 'City Council', type: 'public', roles: [], tags: [], extra: { founded: 1889 } },
      { id: 'vendor', name: 'AirSense Ltd', roles: [], tags: ['organisation'], extra: { listed: false } },
      { id: 'university', name: 'City University', type: 'academia', roles: [], tags: [] },
      { id: 'residents', name: 'residents', roles: [], tags: [] },
    ]);
    expect(map.flows).toEqual([
      { id: 'f1', from: 'council', to: 'vendor', kind: 'data', extra: { weight: 3.5 } },
      { id: 'f2', from: 'council', to: 'residents', kind: 'value', extra: { type: 'partnership', weight: 1 } },
      { id: 'f3', from: 'council', to: 'university', kind: 'money' },
    ]);
  });

  it('yEd: drawing keys left out, key defaults applied, nodes of nested graphs included; every node and edge arrives', () => {
    const map = mapOf(readGraphml(fixtureText('graphml/yed.graphml')));
    expect(map.description).toBe('');
    expect(map.actors.map((a) => a.id)).toEqual(['n0', 'n1', 'n2', 'n2::n0']);
    expect(map.actors[0]).toEqual({
      id: 'n0',
      name: 'n0',
      roles: [],
      description: 'Runs the portal & the dashboard',
      tags: [],
      extra: { url: 'https://example.org' },
    });
    expect(map.flows).toEqual([
      { id: 'e0', from: 'n0', to: 'n1', kind: 'service' },
      { id: 'e1', from: 'n2::n0', to: 'n0', kind: 'data' },
    ]);
  });

  it('a data edge naming a dataset another tool made up gets one dataset per distinct name; a field named like one of ours is kept renamed', () => {
    const text = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k" for="edge" attr.name="kind"/><key id="d" for="edge" attr.name="dataset"/><key id="p" for="node" attr.name="position"/>
  <graph edgedefault="directed"><node id="a"><data key="p">top left</data></node><node id="b"/>
    <edge source="a" target="b"><data key="k">Data</data><data key="d">Readings</data></edge>
    <edge source="b" target="a"><data key="k">data</data><data key="d">Readings</data></edge>
    <edge source="b" target="a"><data key="k">gift</data><data key="d">Readings</data></edge>
  </graph></graphml>`;
    const map = mapOf(readGraphml(text));
    expect(map.datasets).toEqual([{ id: 'Readings', name: 'Readings', heldBy: [] }]);
    expect(map.flows.map((f) => [f.kind, f.dataset ?? null, f.extra ?? null])).toEqual([
      ['data', 'Readings', null],
      ['data', 'Readings', null],
      ['value', null, { 'graphml.kind': 'gift', 'graphml.dataset': 'Readings' }],
    ]);
    expect(map.actors[0]?.extra).toEqual({ 'graphml.position': 'top left' });
    expect(mapOf(readGraphml(writeGraphml(map)))).toEqual(map);
  });
});

describe('GraphML: bad files are refused whole, by node, edge and line', () => {
  const graph = (inner: string, keys = '') =>
    `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys}<graph edgedefault="directed">\n${inner}\n</graph>\n</graphml>\n`;

  it('not XML, or XML that is not GraphML', () => {
    expect(errorsOf(readGraphml('<graphml>\n<graph>\n</graphml>'))).toEqual([
      ": is not XML: Expected closing tag 'graph' (opened in line 2, col 1) instead of closing tag 'graphml'. (line 3)",
    ]);
    expect(errorsOf(readGraphml('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual([
      ': is not GraphML: its root element is <svg>, not <graphml>',
    ]);
    expect(errorsOf(readGraphml('<graphml/>'))).toEqual([': holds no <graph>']);
    expect(errorsOf(readGraphml('<graphml><graph/><graph/></graphml>'))).toEqual([': holds 2 graphs; import them one file at a time']);
  });

  it('an edge to a node that is not there, a node without id, a repeated node id', () => {
    expect(errorsOf(readGraphml(graph('<node id="a"/>\n<node/>\n<edge id="e" source="a" target="vendr"/>')))).toEqual([
      // An element with no attribute and no content has no place in the parse, so no line.
      'node 2: has no id',
      'edge "e", target: no node has the id "vendr" (line 6)',
    ]);
    expect(errorsOf(readGraphml(graph('<node id="a"/>\n<node id="a"/>')))[0]).toMatch(/^node "a", id: .* \(line 5\)$/);
  });

  it('values the map refuses, by element and key; JSON keys that do not hold JSON; hyperedges', () => {
    const keys = '<key id="a" for="edge" attr.name="access"/><key id="j" for="node" attr.name="more"><desc>JSON</desc></key>\n';
    expect(
      errorsOf(readGraphml(graph('<node id="a"/>\n<edge id="f1" source="a" target="a"><data key="a">public</data></edge>', keys))),
    ).toEqual(['edge "f1", access: "public" is not one of closed, shared, open (line 6)']);
    expect(errorsOf(readGraphml(graph('<node id="a"><data key="j">{oops</data></node>', keys)))).toEqual([
      'node "a", more: is not JSON (its key says its values are JSON) (line 5)',
    ]);
    expect(errorsOf(readGraphml(graph('<node id="a"/><hyperedge><endpoint node="a"/></hyperedge>')))[0]).toMatch(
      /^hyperedge: hyperedges .* cannot be imported \(line 4\)$/,
    );
  });

  it('a map too large to import', () => {
    const nodes = Array.from({ length: 20_001 }, (_, i) => `<node id="n${i}"/>`).join('');
    expect(errorsOf(readGraphml(graph(nodes)))).toEqual([': has 20001 nodes and 0 edges; at most 20000 of each can be imported']);
  });
});
