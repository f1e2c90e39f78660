import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/server/store/index.js';
import type { Store } from '../../src/server/store/index.js';
import { databaseUrl } from '../setup/optional.js';
import { forEachStore, postgresHarness, type StoreHarness } from './storeHarness.js';

/** The store's lifecycle (StoreLifecycle): opening, migrating, ping. Every store passes every case. */
forEachStore('store lifecycle', (makeHarness) => {
  let harness: StoreHarness;
  let store: Store;

  beforeEach(async () => {
    harness = makeHarness();
    store = await harness.open();
  });
  afterEach(() => harness.dispose());

  it('reports its kind and answers ping', async () => {
    expect(store.kind).toBe(harness.kind);
    await store.ping();
  });

  it('migrations are idempotent: migrating again and opening twice keep the data', async () => {
    await store.setSetting('k', 'v');
    await store.migrate();
    await store.migrate();
    const [again, alsoAgain] = await Promise.all([harness.open(), harness.open()]);
    expect(await again.getSetting('k')).toBe('v');
    expect(await alsoAgain.getSetting('k')).toBe('v');
  });

  it('several first opens at once migrate once', async () => {
    const fresh = makeHarness();
    try {
      const opened = await Promise.all([fresh.open(), fresh.open(), fresh.open()]);
      await opened[0]?.setSetting('k', 'v');
      expect(await opened[2]?.getSetting('k')).toBe('v');
    } finally {
      await fresh.dispose();
    }
  });
});

const url = databaseUrl();
describe.runIf(url !== null)('store lifecycle: postgres only', () => {
  it('a schema chosen in the URL (the CLI has only --database-url) is created and used', async () => {
    const harness = postgresHarness(url ?? '');
    try {
      const viaUrl = new URL(url ?? '');
      viaUrl.searchParams.set('options', `-c search_path=${harness.pgSchema}`);
      const first = await openStore({ databaseUrl: viaUrl.toString() });
      await first.setSetting('k', 'from the URL');
      await first.close();
      expect(await (await harness.open()).getSetting('k')).toBe('from the URL');
    } finally {
      await harness.dispose();
    }
  });
});
