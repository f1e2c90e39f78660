import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { hashPassword } from '../../src/server/auth/password.js';
import { importBoardFile } from '../../src/server/services/boardFiles.js';
import { storeKinds } from '../support/stores.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';

const airQuality = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'ecosystem-map', 'v1-air-quality.json'), 'utf8');
const mapOf = (title: string, names: string[]) =>
  JSON.stringify({
    format: 'opencities/ecosystem-map',
    version: 1,
    title,
    actors: names.map((name, i) => ({ id: `x${i}`, name })),
    flows: [],
  });

interface AtlasAnswer {
  city: string;
  map: { actors: { id: string; name: string; sources: { workshop: string; board: string; element: string }[] }[] };
  suggestions: { a: string; b: string }[];
  staleDecisions: { id: string }[];
  decisions: { id: string; kind: string }[];
  register: { name: string }[];
  findings: { rule: string }[];
  metrics: Record<string, { degree: number; betweenness: number; projects: number }>;
}

/** GET /api/atlas and its decisions and downloads (SPEC T1–T5, T12), on every store. */
describe.each(storeKinds)('the city atlas API on %s', (kind) => {
  let t: TestServer;
  let owner = '';
  let leedsOnly = '';
  const ids: Record<string, string> = {};
  const boards: Record<string, string> = {};

  const signIn = async (id: string, email: string) => {
    const password = 'a good long password for the atlas';
    await t.store.createAccount({
      id,
      email,
      name: id,
      passwordHash: await hashPassword(password),
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
    return (await api(t.base, 'POST', '/api/session', { email, password })).cookie!;
  };
  const atlas = async (cookie = owner): Promise<AtlasAnswer> => {
    const res = await api(t.base, 'GET', '/api/atlas?city=Coventry', undefined, cookie);
    if (res.status !== 200) throw new Error(`GET /api/atlas: ${res.status} ${JSON.stringify(res.json)}`);
    return res.json;
  };
  const decide = async (body: object) => api(t.base, 'POST', '/api/atlas/decisions', { city: 'Coventry', ...body }, owner);

  beforeAll(async () => {
    t = await startTestServer(kind);
    owner = await signIn('ac_owner', 'owner@example.org');
    leedsOnly = await signIn('ac_leeds', 'leeds@example.org');
    const make = async (title: string, city: string, cookie: string) =>
      (await api(t.base, 'POST', '/api/workshops', { title, city, groups: [] }, cookie)).json.workshop.id as string;
    ids.w1 = await make('Air quality day', 'Coventry', owner);
    ids.w2 = await make('Insights day', '  coventry ', owner);
    ids.leeds = await make('Leeds day', 'Leeds', leedsOnly);
    const now = new Date();
    const put = async (workshopId: string, name: string, data: string) =>
      (await importBoardFile(t.store, { workshopId, file: { name, data }, now })).id;
    boards.w1air = await put(ids.w1, 'air.json', airQuality);
    boards.w2air = await put(ids.w2, 'air.json', airQuality);
    boards.w1insights = await put(ids.w1, 'a.json', mapOf('Insights A', ['Coventry City Council Insights']));
    boards.w2insights = await put(ids.w2, 'b.json', mapOf('Insights B', ['Council Insights team']));
    boards.leeds = await put(ids.leeds, 'leeds.json', mapOf('Leeds', ['Leeds only']));
  });
  afterAll(() => t?.dispose());

  it('T1, T2: the same map in two workshops of the city: each actor once, with both sources; another city is not in it', async () => {
    const a = await atlas();
    expect(a.city).toBe('Coventry');
    const council = a.map.actors.filter((x) => x.name === 'City Council');
    expect(council).toHaveLength(1);
    expect(council[0]!.sources.map((s) => s.workshop).sort()).toEqual([ids.w1, ids.w2].sort());
    expect(a.map.actors.map((x) => x.name)).not.toContain('Leeds only');
    expect(a.metrics[council[0]!.id]!.projects).toBe(2);
    expect(a.register.length).toBeGreaterThan(0);
  });

  it('T4: an accepted suggestion merges on every rebuild; a rejected one stays apart and is not offered again', async () => {
    const pair = { a: 'actor:coventry city council insights', b: 'actor:council insights team' };
    expect((await atlas()).suggestions).toContainEqual(expect.objectContaining({ a: pair.b, b: pair.a }));
    expect((await decide({ kind: 'accept', ...pair })).status).toBe(201);
    const merged = await atlas();
    expect(merged.map.actors.filter((x) => /insights/i.test(x.name))).toHaveLength(1);
    expect(merged.suggestions.filter((s) => s.a === pair.b)).toEqual([]);
    expect((await decide({ kind: 'reject', ...pair })).status).toBe(201);
    const apart = await atlas();
    expect(apart.map.actors.filter((x) => /insights/i.test(x.name))).toHaveLength(2);
    expect(apart.suggestions.filter((s) => s.a === pair.b)).toEqual([]);
  });

  it('T4, T5: a split survives a rebuild; a decision on elements no map has is kept and reported stale', async () => {
    const council = (await atlas()).map.actors.find((x) => x.name === 'City Council')!;
    const source = council.sources.find((s) => s.board === boards.w2air)!;
    expect((await decide({ kind: 'split', a: council.id, b: `${source.board}/${source.element}` })).status).toBe(201);
    expect((await atlas()).map.actors.filter((x) => x.name === 'City Council')).toHaveLength(2);
    expect((await atlas()).map.actors.filter((x) => x.name === 'City Council')).toHaveLength(2);
    const gone = (await decide({ kind: 'accept', a: 'actor:nobody on any map', b: council.id })).json.decision;
    expect((await atlas()).staleDecisions.map((d) => d.id)).toContain(gone.id);
    // Every kept decision is listed, the stale one among the others (the view marks it).
    const kept = (await atlas()).decisions;
    expect(kept.map((d) => d.id)).toContain(gone.id);
    expect(kept.map((d) => d.kind)).toContain('split');
    expect((await api(t.base, 'DELETE', `/api/atlas/decisions/${gone.id}?city=Coventry`, undefined, owner)).status).toBe(200);
    expect((await atlas()).staleDecisions.map((d) => d.id)).not.toContain(gone.id);
  });

  it("lists each workshop's city in the facilitator's workshop list (the atlas links)", async () => {
    const list = (await api(t.base, 'GET', '/api/workshops', undefined, owner)).json.workshops as { id: string; city: string | null }[];
    expect(list.find((w) => w.id === ids.w2)?.city).toBe('coventry');
  });

  it('T11: downloads the register as CSV and the atlas as a map file', async () => {
    const csv = await fetch(`${t.base}/api/atlas/export?city=Coventry&format=csv`, { headers: { cookie: owner } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="coventry-datasets\.csv"/);
    expect(await csv.text()).toMatch(/^Name,Description,Steward/);
    const json = await fetch(`${t.base}/api/atlas/export?city=Coventry&format=json`, { headers: { cookie: owner } });
    expect(((await json.json()) as { format: string }).format).toBe('opencities/ecosystem-map');
    expect((await api(t.base, 'GET', '/api/atlas/export?city=Coventry&format=pdf', undefined, owner)).status).toBe(400);
  });

  it('T4: a decision on a mismatched pair or a key that is no element key is refused (400) and nothing is kept', async () => {
    const before = (await atlas()).staleDecisions.length;
    const mixed = await decide({ kind: 'accept', a: 'actor:city council', b: 'dataset:air quality readings' });
    expect(mixed.status).toBe(400);
    expect(mixed.json.error.message).toMatch(/"actor:city council" is an actor and "dataset:air quality readings" a dataset/);
    const unknown = await decide({ kind: 'reject', a: 'organisation:city council', b: 'actor:city council' });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message).toMatch(/a: "organisation:city council" is not an element key/);
    expect((await decide({ kind: 'split', a: 'actor:city council', b: 'no-slash' })).status).toBe(400);
    expect((await decide({ kind: 'merge', a: 'actor:a', b: 'actor:b' })).status).toBe(400);
    expect((await atlas()).staleDecisions).toHaveLength(before);
    expect(await t.store.listAtlasDecisions('coventry')).not.toContainEqual(expect.objectContaining({ b: 'dataset:air quality readings' }));
  });

  it('T14: built on a file worker thread, once while nothing changes; opens at once share a build; an edit or a decision builds again', async () => {
    const builds = () => t.server.fileJobsStarted().atlas ?? 0;
    await atlas();
    const built = builds();
    expect(built).toBeGreaterThan(0);
    await atlas();
    expect((await fetch(`${t.base}/api/atlas/export?city=Coventry&format=csv`, { headers: { cookie: owner } })).status).toBe(200);
    expect(builds()).toBe(built);
    expect(t.server.fileJobsStarted()['atlas-export']).toBeGreaterThan(0);
    // An edit: one more update in a map's log (an empty one changes nothing drawn, but the log moved).
    await t.store.appendUpdates(boards.w1air!, [Y.encodeStateAsUpdate(new Y.Doc())]);
    const [a, b, c] = await Promise.all([atlas(), atlas(), atlas()]);
    expect(builds()).toBe(built + 1);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    const decision = (await decide({ kind: 'reject', a: 'actor:city council', b: 'actor:nobody here' })).json.decision;
    expect((await atlas()).staleDecisions.map((d) => d.id)).toContain(decision.id);
    expect(builds()).toBe(built + 2);
    // Another city's atlas is built and kept apart.
    await api(t.base, 'GET', '/api/atlas?city=leeds', undefined, leedsOnly);
    await atlas();
    expect(builds()).toBe(built + 3);
  });

  it('T15: the picture is kept beside the atlas under one version, holds its actors and flows, and moves with an edit', async () => {
    const builds = () => t.server.fileJobsStarted().atlas ?? 0;
    const picture = async () => {
      const res = await api(t.base, 'GET', '/api/atlas/picture?city=coventry', undefined, owner);
      if (res.status !== 200) throw new Error(`GET /api/atlas/picture: ${res.status} ${JSON.stringify(res.json)}`);
      return res.json as {
        city: string;
        version: string;
        actors: { id: string; name: string; degree: number; projects: number; project: string }[];
        flows: [number, number][];
        counts: { datasets: number; maps: number };
        leftOut: unknown[];
      };
    };
    const a = (await atlas()) as AtlasAnswer & { version: string; map: { flows: { id: string; from: string; to: string }[] } };
    const built = builds();
    const p = await picture();
    expect(builds()).toBe(built);
    expect(p.city).toBe(a.city);
    expect(p.version).toBe(a.version);
    expect(p.actors.map((x) => [x.id, x.name, x.degree])).toEqual(a.map.actors.map((x) => [x.id, x.name, a.metrics[x.id]!.degree]));
    const place = (id: string) => a.map.actors.findIndex((x) => x.id === id);
    expect(p.flows).toEqual(a.map.flows.map((f) => [place(f.from), place(f.to)]));
    expect(p.flows.length).toBeGreaterThan(0);
    expect(p.leftOut).toEqual([]);
    expect(p.counts.maps).toBeGreaterThan(1);
    // A map changes: both answers are built again, under a new version they share.
    await t.store.appendUpdates(boards.w1air!, [Y.encodeStateAsUpdate(new Y.Doc())]);
    const moved = await picture();
    expect(moved.version).not.toBe(p.version);
    expect(((await atlas()) as AtlasAnswer & { version: string }).version).toBe(moved.version);
    expect(builds()).toBe(built + 1);
    expect((await api(t.base, 'GET', '/api/atlas/picture?city=Coventry', undefined, leedsOnly)).status).toBe(403);
    expect((await api(t.base, 'GET', '/api/atlas/picture?city=Coventry')).status).toBe(401);
    expect((await api(t.base, 'GET', '/api/atlas/picture', undefined, owner)).status).toBe(400);
  });

  it('T12: a facilitator of another city only is refused, as is anyone signed out; a missing city is a bad request', async () => {
    expect((await api(t.base, 'GET', '/api/atlas?city=Coventry', undefined, leedsOnly)).status).toBe(403);
    expect((await api(t.base, 'GET', '/api/atlas?city=Coventry')).status).toBe(401);
    expect((await api(t.base, 'GET', '/api/atlas', undefined, owner)).status).toBe(400);
    const leeds = await api(t.base, 'GET', '/api/atlas?city=leeds', undefined, leedsOnly);
    expect(leeds.json.map.actors.map((a: { name: string }) => a.name)).toEqual(['Leeds only']);
  });
});
