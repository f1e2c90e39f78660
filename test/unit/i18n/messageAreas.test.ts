import { describe, expect, it } from 'vitest';
// Compiled by the same plug-in as in the build (vitest.config.ts).
import joinModule from 'virtual:messages/en/join';
import voteModule from 'virtual:messages/en/vote,voting';
import { messageAreas, type CompiledMessages, type MessageModule } from '../../../src/web/i18n/messageAreas.js';

/** A fetch the test ends by hand: `done()` delivers, `fail()` refuses. */
function heldFetch(messages: CompiledMessages) {
  const calls: { done: () => void; fail: () => void }[] = [];
  const fetchIt = () =>
    new Promise<{ default: CompiledMessages }>((resolve, reject) => {
      calls.push({ done: () => resolve({ default: messages }), fail: () => reject(new Error('offline')) });
    });
  return { fetchIt, calls };
}

/** A module of `areas` whose Welsh is one message per area, fetched when the test says. */
function moduleOf(...areas: string[]) {
  const welsh = heldFetch(Object.fromEntries(areas.map((area) => [`${area}.title`, `cy ${area}`])));
  const module: MessageModule = { areas, messages: {}, languages: { cy: welsh.fetchIt } };
  return { module, welsh: welsh.calls };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function areasDelivering() {
  const delivered: [string, CompiledMessages][] = [];
  return { areas: messageAreas((locale, messages) => delivered.push([locale, messages])), delivered };
}

describe('another language by area: a page fetches the areas its code registered, each once', () => {
  it('fetches every registered area together, once, and says when a key’s area has arrived', async () => {
    const { areas, delivered } = areasDelivering();
    const join = moduleOf('join');
    const board = moduleOf('board', 'vote');
    areas.register(join.module);
    areas.register(board.module);
    areas.register(join.module); // a module runs once, but registering twice changes nothing
    expect(areas.stateOf('cy', 'join.title')).toBe('coming');
    expect(areas.stateOf('cy', 'canvas.title')).toBe('unknown');

    let done = false;
    const loading = areas.loadAll('cy').then(() => (done = true));
    // Both fetches start at once (one round trip), not one after the other.
    expect([join.welsh.length, board.welsh.length]).toEqual([1, 1]);
    join.welsh[0]?.done();
    await settle();
    expect(done).toBe(false);
    board.welsh[0]?.done();
    await loading;
    expect(delivered).toEqual([
      ['cy', { 'join.title': 'cy join' }],
      ['cy', { 'board.title': 'cy board', 'vote.title': 'cy vote' }],
    ]);
    expect(areas.stateOf('cy', 'vote.title')).toBe('arrived');
    expect(areas.stateOf('de', 'vote.title')).toBe('coming');

    await areas.loadAll('cy');
    expect([join.welsh.length, board.welsh.length]).toEqual([1, 1]);
  });

  it('waits for an area registered while it waited (a part that loaded during a switch)', async () => {
    const { areas } = areasDelivering();
    const frame = moduleOf('header');
    const late = moduleOf('map.editor');
    areas.register(frame.module);
    let done = false;
    const loading = areas.loadAll('cy').then(() => (done = true));
    areas.register(late.module);
    frame.welsh[0]?.done();
    await settle();
    expect(late.welsh).toHaveLength(1);
    expect(done).toBe(false);
    late.welsh[0]?.done();
    await loading;
    expect(areas.stateOf('cy', 'map.editor.title')).toBe('arrived');
  });

  it('does not fetch again an area another module brought (`vote,voting` then `voting`)', async () => {
    const { areas } = areasDelivering();
    const both = moduleOf('vote', 'voting');
    const voting = moduleOf('voting');
    areas.register(both.module);
    const first = areas.loadAll('cy');
    both.welsh[0]?.done();
    await first;
    areas.register(voting.module);
    await areas.loadAll('cy');
    expect(voting.welsh).toHaveLength(0);
  });

  it('an area is its key’s prefix up to a dot: `facilitator` covers `facilitator.tokens.…`, `canvas` not `canvasTools.…`', async () => {
    const { areas } = areasDelivering();
    const facilitator = moduleOf('facilitator');
    const canvas = moduleOf('canvas');
    areas.register(facilitator.module);
    areas.register(canvas.module);
    const loading = areas.loadAll('cy');
    facilitator.welsh[0]?.done();
    canvas.welsh[0]?.done();
    await loading;
    expect(areas.stateOf('cy', 'facilitator.tokens.title')).toBe('arrived');
    expect(areas.stateOf('cy', 'canvasTools.title')).toBe('unknown');
  });

  it('rejects when an area cannot be fetched, and fetches it again next time', async () => {
    const { areas } = areasDelivering();
    const join = moduleOf('join');
    areas.register(join.module);
    const failing = areas.loadAll('cy');
    join.welsh[0]?.fail();
    await expect(failing).rejects.toThrow('offline');
    expect(areas.stateOf('cy', 'join.title')).toBe('coming');
    const again = areas.loadAll('cy');
    expect(join.welsh).toHaveLength(2);
    join.welsh[1]?.done();
    await again;
    expect(areas.stateOf('cy', 'join.title')).toBe('arrived');
  });

  it('fetches nothing for English, whose messages came with the code', async () => {
    const { areas, delivered } = areasDelivering();
    const join = moduleOf('join');
    areas.register(join.module);
    await areas.loadAll('en');
    expect(join.welsh).toHaveLength(0);
    expect(delivered).toEqual([]);
  });
});

describe('the plug-in’s English modules say where their other languages are', () => {
  it('`virtual:messages/en/join` has its areas, its English, and each other language’s same areas', async () => {
    expect(joinModule.areas).toEqual(['join']);
    expect(Object.keys(joinModule.languages).sort()).toEqual(['cy', 'de', 'es', 'fr']);
    const welsh = await joinModule.languages.cy?.();
    expect(Object.keys(welsh?.default ?? {}).sort()).toEqual(Object.keys(joinModule.messages).sort());
    expect(welsh?.default['join.title']).toEqual(["Ymuno â'r gweithdy"]);
  });

  it('`virtual:messages/en/vote,voting` brings both areas in every language', async () => {
    expect(voteModule.areas).toEqual(['vote', 'voting']);
    const german = await voteModule.languages.de?.();
    const keys = Object.keys(german?.default ?? {});
    expect(keys.some((key) => key.startsWith('vote.'))).toBe(true);
    expect(keys.some((key) => key.startsWith('voting.'))).toBe(true);
    expect(keys.every((key) => key.startsWith('vote.') || key.startsWith('voting.'))).toBe(true);
  });
});
