import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/index.js';
import { importBoardFile } from '../../src/server/services/boardFiles.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import type { Store } from '../../src/server/store/Store.js';
import { FileJobs } from '../../src/server/workers/FileJobs.js';
import { mapFileAtLimit } from '../support/hostileFiles.js';
import { testStore, type TestStoreHandle } from '../support/stores.js';
import { waitFor } from '../support/waitFor.js';

/**
 * SPEC L7: file jobs run on a thread with a queue and a time limit. A PNG of a board at the
 * limits takes over a minute here; a small board's JSON export well under a second.
 */
describe('FileJobs: a queue and a time limit', { timeout: 180_000 }, () => {
  let handle: TestStoreHandle;
  let store: Store;
  let big: Board;
  let small: Board;
  const logs: string[] = [];

  beforeAll(async () => {
    handle = testStore('sqlite');
    store = await handle.open();
    const demo = await createDemoWorkshop(store, new Date());
    small = (await store.getBoard(demo.boards.find((b) => b.kind === 'ecosystem-map')!.id))!;
    big = await importBoardFile(store, {
      workshopId: demo.workshop.id,
      file: { name: 'big.json', data: mapFileAtLimit() },
      now: new Date(),
    });
  });
  afterAll(async () => {
    await store.close();
    await handle.dispose();
  });

  it('L7: past the queue a job is refused at once with SERVER_BUSY; one over its time limit is ended with FILE_JOB_FAILED and the next runs on a new thread', async () => {
    const files = new FileJobs(store, { threads: 1, timeoutMs: 10_000, maxWaiting: 1, log: (l) => logs.push(l) });
    try {
      const slow = files.exportBoard(big, 'png');
      const next = files.exportBoard(small, 'json');
      // Both have reached the pool (each reads its snapshot first) before the third asks.
      await waitFor('one job running and one waiting', () => files.load.running === 1 && files.load.waiting === 1);
      await expect(files.exportBoard(small, 'json')).rejects.toMatchObject({
        code: 'SERVER_BUSY',
        status: 503,
        message: /^The server is busy with other files just now/,
      });
      await expect(slow).rejects.toMatchObject({
        code: 'FILE_JOB_FAILED',
        status: 500,
        message: /^It took longer than 10 s\. The server did not finish this file in time/,
      });
      expect(logs).toContain('file job stopped after 10 s');
      const exported = await next;
      expect(JSON.parse(String(exported.body))).toMatchObject({ format: 'opencities/ecosystem-map' });
    } finally {
      await files.close();
    }
  });
});
