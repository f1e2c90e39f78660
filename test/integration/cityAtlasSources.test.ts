import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBoardFile } from '../../src/server/services/boardFiles.js';
import { buildCityAtlas, citySources, citySourcesVersion } from '../../src/server/services/cityAtlas.js';
import { createWorkshop } from '../../src/server/services/createWorkshop.js';
import type { Store } from '../../src/server/store/Store.js';
import { testStore } from '../support/stores.js';

const mapOf = (title: string, names: string[]) =>
  JSON.stringify({
    format: 'opencities/ecosystem-map',
    version: 1,
    title,
    actors: names.map((name, i) => ({ id: `x${i}`, name })),
    flows: [],
  });

/** What the atlas reads of the store, and the bad input of SPEC T13, on a real SQLite store. */
describe('a city atlas from the store', () => {
  const handle = testStore('sqlite');
  let store: Store;
  const boards: Record<string, string> = {};

  beforeAll(async () => {
    store = await handle.open();
    const now = new Date();
    const make = async (title: string) =>
      (
        await createWorkshop(
          store,
          { title, description: '', meetingLink: null, city: 'Coventry', ownerId: null, groups: [], projects: [], boardsPerGroup: [] },
          now,
        )
      ).workshop.id;
    const w1 = await make('Air day');
    const w2 = await make('Housing day');
    const put = async (workshopId: string, name: string, data: string) =>
      (await importBoardFile(store, { workshopId, file: { name, data }, now })).id;
    boards.good = await put(w1, 'a.json', mapOf('Air', ['City Council', 'Air Trust']));
    boards.broken = await put(w2, 'b.json', mapOf('Housing', ['City Council', 'Housing Ltd']));
  });
  afterAll(() => handle.dispose());

  it('T13: a map board the store cannot give is named and left out; the rest still merge', async () => {
    // The store's own read failing for one board (a disk error, a row that cannot be opened).
    const failing: Store = Object.create(store) as Store;
    failing.loadBoardState = async (id) => {
      if (id === boards.broken) throw new Error('disk I/O error');
      return store.loadBoardState(id);
    };
    const { atlas, leftOut } = await buildCityAtlas(await citySources(failing, 'coventry'), () => {});
    expect(leftOut).toEqual([{ workshop: 'Housing day', board: boards.broken, title: 'Housing', reason: 'disk I/O error' }]);
    expect(atlas.map.actors.map((a) => a.name)).toEqual(['Air Trust', 'City Council']);
    const all = await buildCityAtlas(await citySources(store, 'coventry'), () => {});
    expect(all.leftOut).toEqual([]);
    expect(all.atlas.map.actors.map((a) => a.name)).toEqual(['Air Trust', 'City Council', 'Housing Ltd']);
  });

  it('T14: the version moves with an edit to a map and with a decision, and only then', async () => {
    const version = async () => citySourcesVersion(await citySources(store, 'Coventry'));
    const first = await version();
    expect(await version()).toBe(first);
    await store.appendUpdates(boards.good!, [new Uint8Array([0, 0])]);
    const edited = await version();
    expect(edited).not.toBe(first);
    await store.putAtlasDecision({
      id: 'ad_1',
      cityKey: 'coventry',
      kind: 'reject',
      a: 'actor:air trust',
      b: 'actor:housing limited',
      decidedBy: null,
      decidedAt: new Date().toISOString(),
    });
    expect(await version()).not.toBe(edited);
  });

  it('a city with no workshops gives an empty atlas that says how to fill it', async () => {
    const { atlas, leftOut } = await buildCityAtlas(await citySources(store, 'Atlantis'), () => {});
    expect(leftOut).toEqual([]);
    expect(atlas.map.actors).toEqual([]);
    expect(atlas.message).toMatch(/Atlantis has no workshops yet.*set-city WORKSHOP "Atlantis"/);
  });

  it('T13: a city whose workshops have only empty map boards says that, not "set a city"', async () => {
    await createWorkshop(
      store,
      {
        title: 'Leeds day',
        description: '',
        meetingLink: null,
        city: 'leeds',
        ownerId: null,
        groups: ['G'],
        projects: [],
        boardsPerGroup: ['ecosystem-map'],
      },
      new Date(),
    );
    const { atlas } = await buildCityAtlas(await citySources(store, 'LEEDS'), () => {});
    expect(atlas.city).toBe('leeds');
    expect(atlas.message).toMatch(/^leeds has 1 workshop with 1 map board, but no actors on it yet/);
  });
});
