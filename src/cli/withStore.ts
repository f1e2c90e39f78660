import { openStore } from '../server/store/index.js';
import type { Store } from '../server/store/Store.js';
import { storeArgs } from './command.js';

/** Opens the store the command's options name, runs `work`, and always closes it. */
export async function withStore<T>(values: { data?: string; 'database-url'?: string }, work: (store: Store) => Promise<T>): Promise<T> {
  const { dataDir, databaseUrl } = storeArgs(values);
  const store = await openStore({ dataDir, databaseUrl: databaseUrl ?? undefined });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
