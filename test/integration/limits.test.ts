import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedWorkshop } from '../../src/server/services/createWorkshop.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { acknowledged, api, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

// Limits are set small here so the tests stay quick; the rules are the same at any size.
describe('limits (SQLite)', () => {
  let t: TestServer;
  let demo: CreatedWorkshop;
  const clients: BoardClient[] = [];
  const participant = async () =>
    (await api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'P', organisation: '' })).json.token as string;
  const synced = async (boardId: string) => {
    const c = await openSynced(t.collabUrl, boardId, await participant());
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    t = await startTestServer('sqlite', {
      limits: {
        maxMessageBytes: 64 * 1024,
        maxDocumentBytes: 256 * 1024,
        messagesPerSecond: 5,
        messageBurst: 40,
        maxBodyBytes: 16 * 1024,
        maxImportBytes: 64 * 1024,
        layoutTimeoutMs: 60_000,
        layoutsWaiting: 3,
      },
    });
    demo = await createDemoWorkshop(t.store, new Date());
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  afterAll(() => t.dispose());

  it('L1/L4: an oversized message closes only that connection, with a reason; the other carries on', async () => {
    const board = demo.boards.find((b) => b.kind === 'ecosystem-map')!.id;
    const big = await synced(board);
    const other = await synced(board);
    big.doc.getText('t').insert(0, 'x'.repeat(100 * 1024));
    await waitFor('close of the oversized sender', () => big.closeEvents.find((e) => e.reason.startsWith('MESSAGE_TOO_LARGE')));
    other.doc.getMap('m').set('still', 'fine');
    await acknowledged(other);
    expect(other.doc.getText('t').length).toBe(0);
    expect(t.logs.some((l) => l.includes('MESSAGE_TOO_LARGE'))).toBe(true);
  });

  it('L2: an update that would push a board over its size limit is not stored', async () => {
    const board = demo.boards.filter((b) => b.kind === 'ecosystem-map')[1]!.id;
    const a = await synced(board);
    for (let i = 0; i < 6; i++) {
      a.doc.getText('t').insert(0, 'y'.repeat(50 * 1024));
      await new Promise((r) => setTimeout(r, 50));
    }
    await waitFor('close for board size', () => a.closeEvents.find((e) => e.reason.startsWith('DOCUMENT_TOO_LARGE')));
    expect(await t.store.boardSize(board)).toBeLessThanOrEqual(256 * 1024);
  });

  it('L3: a connection over the message rate is closed with 4429 and a reason, reconnects by itself and loses nothing', async () => {
    const board = demo.boards.find((b) => b.kind === 'ethics-canvas')!.id;
    const a = await synced(board);
    for (let i = 0; i < 120; i++) a.doc.getMap('m').set(`k${i}`, i);
    await waitFor('close for rate', () => a.closeEvents.find((e) => e.reason.startsWith('RATE_LIMITED')));
    // The socket ends too, with the code, so the provider reconnects rather than waiting forever.
    await waitFor('the socket closed with 4429', () => a.closeEvents.find((e) => e.code === 4429));
    await acknowledged(a);
    // The rate is the person's on this board, not the connection's: back at once, there is no
    // fresh burst of 40 to spend, so 20 more quick edits go over it again.
    // (The board's close message, once per close; the socket's close reaches two listeners.)
    const closes = () => a.closeEvents.filter((e) => e.reason.startsWith('RATE_LIMITED:')).length;
    for (let i = 120; i < 140; i++) a.doc.getMap('m').set(`k${i}`, i);
    await waitFor('a second close for rate', () => closes() === 2);
    await acknowledged(a);
    const b = await synced(board);
    const missing = Array.from({ length: 140 }, (_, i) => i).filter((i) => b.doc.getMap('m').get(`k${i}`) !== i);
    expect(missing).toEqual([]);
  });

  it('E1: an HTTP body over the limit gets PAYLOAD_TOO_LARGE', async () => {
    const r = await api(t.base, 'POST', '/api/join', { invite: 'x', name: 'y'.repeat(32 * 1024), organisation: '' });
    expect(r.status).toBe(413);
    expect(r.json.error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
