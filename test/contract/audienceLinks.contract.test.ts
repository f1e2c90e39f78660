import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Store } from '../../src/server/store/index.js';
import { at, board, workshop } from './storeFixtures.js';
import { forEachStore, type StoreHarness } from './storeHarness.js';

/** Audience links (SPEC W1, W3, migration 011): every store passes every case. */
forEachStore('audience links', (makeHarness) => {
  let harness: StoreHarness;
  let store: Store;

  beforeEach(async () => {
    harness = makeHarness();
    store = await harness.open();
    await store.createWorkshop(workshop('ws_1'));
    await store.createBoard(board('bd_1', 'ws_1'));
    await store.createBoard(board('bd_2', 'ws_1'));
  });
  afterEach(() => harness.dispose());

  it('W1: opening keeps an open link; a link is found by board and by code; closing removes it', async () => {
    const link = { boardId: 'bd_1', code: 'code-one', openedAt: at(1) };
    expect(await store.openAudienceLink(link)).toEqual(link);
    expect(await store.openAudienceLink({ boardId: 'bd_1', code: 'code-two', openedAt: at(2) })).toEqual(link);
    expect(await store.getAudienceLink({ boardId: 'bd_1' })).toEqual(link);
    expect(await store.getAudienceLink({ code: 'code-one' })).toEqual(link);
    expect(await store.getAudienceLink({ code: 'code-two' })).toBeNull();
    expect(await store.getAudienceLink({ boardId: 'bd_2' })).toBeNull();
    expect(await store.closeAudienceLink('bd_1')).toBe(true);
    expect(await store.closeAudienceLink('bd_1')).toBe(false);
    expect(await store.getAudienceLink({ code: 'code-one' })).toBeNull();
  });

  it('W1: a link goes with its board', async () => {
    await store.openAudienceLink({ boardId: 'bd_2', code: 'code-two', openedAt: at(1) });
    await store.deleteBoard('bd_2');
    expect(await store.getAudienceLink({ code: 'code-two' })).toBeNull();
  });
});
