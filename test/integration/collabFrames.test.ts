import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import WebSocket from 'ws';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { createPrng } from '../fuzz/prng.js';
import { api, openSynced, startTestServer, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

/** Opens a raw socket to /collab, sends `frames`, and resolves with the close code. */
async function sendRaw(url: string, frames: Uint8Array[]): Promise<number> {
  const ws = new WebSocket(url);
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => resolve());
    ws.on('error', reject);
  });
  for (const f of frames) ws.send(f);
  return closed;
}

function message(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

describe('malformed /collab frames', () => {
  let t: TestServer;
  let consoleError: MockInstance;
  let consoleWarn: MockInstance;
  let demo: Awaited<ReturnType<typeof createDemoWorkshop>>;
  beforeAll(async () => {
    t = await startTestServer('sqlite');
    demo = await createDemoWorkshop(t.store, new Date());
  });
  afterAll(() => t.dispose());
  afterEach(() => vi.restoreAllMocks());

  it('E4: a bad frame on an open board connection closes only that socket', async () => {
    consoleError = vi.spyOn(console, 'error');
    const board = demo.boards[0]!.id;
    const { token } = (await api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'V', organisation: '' })).json;
    const bystander = await openSynced(t.collabUrl, board, token);
    const before = t.logs.length;
    const code = await sendRaw(t.collabUrl, [
      message((e) => {
        encoding.writeVarString(e, board);
        encoding.writeVarUint(e, 2); // auth
        encoding.writeVarUint(e, 0); // token
        encoding.writeVarString(e, token);
      }),
      message((e) => {
        encoding.writeVarString(e, board);
        encoding.writeVarUint(e, 0); // sync
        encoding.writeVarUint(e, 1); // step 2
        encoding.writeVarUint8Array(e, Uint8Array.of(9, 9, 9, 9));
      }),
    ]);
    expect(code).toBe(1002);
    expect(t.logs.slice(before).filter((l) => l.startsWith('collab: closed a connection'))).toHaveLength(1);
    expect(consoleError).not.toHaveBeenCalled();
    bystander.doc.getMap('m').set('bystander', 'unaffected');
    await waitFor('the bystander edit to be acknowledged', () => bystander.provider.unsyncedChanges === 0);
    bystander.destroy();
  });

  it('E4: each bad frame closes its socket with 1002 and logs one short line, never a stack trace; at most 20 lines a minute', async () => {
    consoleError = vi.spyOn(console, 'error');
    consoleWarn = vi.spyOn(console, 'warn');
    const board = demo.boards[0]!.id;
    const prng = createPrng(15);
    const random = (n: number) => Uint8Array.from({ length: n }, () => prng.int(256));
    const frames: Uint8Array[] = [
      Uint8Array.of(0xff, 0xff, 0xff), // a document name longer than the frame
      Uint8Array.from(Buffer.from('hello')),
      message((e) => {
        encoding.writeVarString(e, board);
        encoding.writeVarUint(e, 0); // sync
        encoding.writeVarUint(e, 2); // update
        encoding.writeVarUint8Array(e, random(40)); // not a Yjs update
      }),
      message((e) => {
        encoding.writeVarString(e, board);
        encoding.writeVarUint(e, 1); // awareness
        encoding.writeVarUint8Array(e, Uint8Array.of(1, 7, 1, 3, 0x7b, 0x7b, 0x7b)); // state "{{{"
      }),
      message((e) => {
        encoding.writeVarString(e, board);
        encoding.writeVarUint(e, 6); // broadcast stateless: server-internal
        encoding.writeVarString(e, 'x');
      }),
      ...Array.from({ length: 25 }, () => random(1 + prng.int(60))),
    ];
    const before = t.logs.length;
    const codes = [];
    for (const frame of frames) codes.push(await sendRaw(t.collabUrl, [frame]));

    // Random bytes can happen to form a readable message (Hocuspocus then waits for a token
    // and times out): every frame the check refused was closed with 1002 at once.
    const lines = t.logs.slice(before).filter((l) => l.startsWith('collab: closed a connection'));
    expect(codes.slice(0, 5)).toEqual([1002, 1002, 1002, 1002, 1002]);
    const refused = codes.filter((c) => c === 1002).length;
    expect(refused).toBeGreaterThan(20);
    // One line each, up to the limit (the earlier test used one of the minute's 20).
    expect(lines).toHaveLength(19);
    for (const line of lines) {
      expect(line.length).toBeLessThan(300);
      expect(line).not.toMatch(/\n|\(\S+:\d+:\d+\)/); // one line, no stack frame
    }
    // Hocuspocus was never handed a frame it would print a stack trace for.
    expect(consoleError).not.toHaveBeenCalled();
    expect(consoleWarn).not.toHaveBeenCalled();

    // Others keep editing.
    const { token } = (await api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'W', organisation: '' })).json;
    const client = await openSynced(t.collabUrl, board, token);
    client.doc.getMap('m').set('still', 'works');
    await waitFor('the edit to be acknowledged', () => client.provider.unsyncedChanges === 0);
    client.destroy();
  });
});
