import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { acceptSuggestion, addActor, readMap, readSuggestions } from '../../src/doc/map/index.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { storeKinds } from '../support/stores.js';
import { acknowledged, api, openBoard, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

/** The board as the store holds it (log and compacted state), not as any live copy says. */
async function storedDoc(t: TestServer, boardId: string): Promise<Y.Doc> {
  const state = await t.store.loadBoardState(boardId);
  const doc = new Y.Doc();
  if (state.compacted) Y.applyUpdate(doc, state.compacted);
  for (const u of state.updates) Y.applyUpdate(doc, u.update);
  return doc;
}

describe.each(storeKinds)('the audience on %s', (kind) => {
  let t: TestServer;
  let demo: Awaited<ReturnType<typeof createDemoWorkshop>>;
  let facilitator: string;
  const clients: BoardClient[] = [];
  const mapId = () => demo.boards.find((b) => b.kind === 'ecosystem-map')!.id;
  const join = async (role: 'facilitator' | 'participant', name: string) =>
    await api(t.base, 'POST', '/api/join', { invite: demo.invites[role].code, name, organisation: '' });
  const openLink = async (open: boolean) =>
    (await api(t.base, 'PUT', `/api/boards/${mapId()}/audience`, { open }, facilitator)).json.audience as { open: boolean; code: string };
  const watch = async (code: string) => {
    const { json } = await api(t.base, 'GET', `/api/audience/${code}`);
    const c = await openSynced(t.collabUrl, json.board.id as string, json.token as string);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    t = await startTestServer(kind);
    demo = await createDemoWorkshop(t.store, new Date());
    facilitator = (await join('facilitator', 'Fay')).cookie!;
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  afterAll(() => t.dispose());

  it('W1: only a facilitator opens the link; a participant is refused', async () => {
    const participant = (await join('participant', 'Pat')).cookie!;
    const refused = await api(t.base, 'PUT', `/api/boards/${mapId()}/audience`, { open: true }, participant);
    expect(refused.status).toBe(403);
    const link = await openLink(true);
    expect(link.open).toBe(true);
    expect(link.code).toMatch(/^[A-Za-z0-9_-]{6,}$/);
    expect((await openLink(true)).code).toBe(link.code);
  });

  it('W2: an audience socket cannot write the board (a raw Yjs update is dropped)', async () => {
    const { code } = await openLink(true);
    const { json } = await api(t.base, 'GET', `/api/audience/${code}`);
    const writer = new Y.Doc();
    writer.getMap('actors').set('forged', new Y.Map([['name', 'Forged by the audience']]));
    const update = Y.encodeStateAsUpdate(writer);
    const ws = new WebSocket(t.collabUrl);
    const replies: Buffer[] = [];
    ws.on('message', (data: Buffer) => replies.push(data));
    await new Promise<void>((resolve, reject) => ws.on('open', () => resolve()).on('error', reject));
    ws.send(
      frame((e) => {
        encoding.writeVarString(e, mapId());
        encoding.writeVarUint(e, 2); // auth
        encoding.writeVarUint(e, 0); // token
        encoding.writeVarString(e, json.token as string);
      }),
    );
    await waitFor('the server to answer the audience token', () => replies.length > 0);
    ws.send(
      frame((e) => {
        encoding.writeVarString(e, mapId());
        encoding.writeVarUint(e, 0); // sync
        encoding.writeVarUint(e, 2); // update
        encoding.writeVarUint8Array(e, update);
      }),
    );
    await waitFor('the server to log the dropped edit', () =>
      t.logs.some((l) => l.startsWith(`collab dropped an edit to read-only ${mapId()}`)),
    );
    ws.close();
    const { token } = (await join('participant', 'Quin')).json;
    const participant = await openSynced(t.collabUrl, mapId(), token as string);
    clients.push(participant);
    expect(participant.doc.getMap('actors').has('forged')).toBe(false);
    expect((await storedDoc(t, mapId())).getMap('actors').has('forged')).toBe(false);
  });

  it('W3: closing the link disconnects the audience at once and the link then says it is closed', async () => {
    const { code } = await openLink(true);
    const viewer = await watch(code);
    await openLink(false);
    await waitFor('the audience socket to close', () => viewer.closeEvents.some((e) => e.code === 4411));
    const again = await api(t.base, 'GET', `/api/audience/${code}`);
    expect(again.status).toBe(410);
    expect(again.json.error.code).toBe('AUDIENCE_CLOSED');
    expect(again.json.error.message).toMatch(/This audience link is closed/);
    const suggestion = await api(t.base, 'POST', `/api/audience/${code}/suggestions`, { kind: 'actor', name: 'Late' });
    expect(suggestion.status).toBe(410);
  });

  it('W5: a suggestion reaches the group live, is stored before the answer, and markup stays text', async () => {
    const { code } = await openLink(true);
    const { token } = (await join('participant', 'Rae')).json;
    const group = await openSynced(t.collabUrl, mapId(), token as string);
    clients.push(group);
    const name = '<img src=x onerror=alert(1)> Bus company';
    const sent = await api(t.base, 'POST', `/api/audience/${code}/suggestions`, { kind: 'actor', name });
    expect(sent.status).toBe(201);
    const id = sent.json.suggestion.id as string;
    expect(readSuggestions(await storedDoc(t, mapId())).map((s) => s.id)).toContain(id);
    await waitFor('the suggestion to reach the group', () => readSuggestions(group.doc).some((s) => s.id === id));
    expect(acceptSuggestion(group.doc, id, 'ac_fromaudience')).toBe(true);
    await acknowledged(group);
    const actor = readMap(await storedDoc(t, mapId())).map.actors.find((a) => a.id === 'ac_fromaudience');
    expect(actor).toMatchObject({ name, extra: { fromAudience: true } });
    expect(readSuggestions(group.doc).some((s) => s.id === id)).toBe(false);
  });

  it('W6: an oversized or malformed suggestion is refused with the limit or the field', async () => {
    const { code } = await openLink(true);
    const long = await api(t.base, 'POST', `/api/audience/${code}/suggestions`, { kind: 'note', text: 'x'.repeat(501) });
    expect(long.status).toBe(400);
    expect(long.json.error.message).toMatch(/text: is longer than the limit of 500 characters/);
    const huge = await api(t.base, 'POST', `/api/audience/${code}/suggestions`, { kind: 'note', text: 'x'.repeat(5000) });
    expect(huge.status).toBe(413);
    expect(huge.json.error.message).toMatch(/4096 bytes/);
    const flow = await api(t.base, 'POST', `/api/audience/${code}/suggestions`, { kind: 'flow', from: 'nobody', to: 'nobody' });
    expect(flow.status).toBe(400);
    expect(flow.json.error.message).toMatch(/^from: no actor/);
  });

  it('W4: audience members send no presence and are counted, not listed', async () => {
    const { code } = await openLink(true);
    const { token } = (await join('participant', 'Sam')).json;
    const group = await openSynced(t.collabUrl, mapId(), token as string);
    clients.push(group);
    const counts: number[] = [];
    group.provider.on('stateless', ({ payload }: { payload: string }) => {
      const message = JSON.parse(payload) as { type?: string; watching?: number };
      if (message.type === 'audience') counts.push(message.watching!);
    });
    const viewer = await watch(code);
    viewer.provider.setAwarenessField('user', { name: 'Mallory', role: 'facilitator' });
    await waitFor('the watching count', () => counts.at(-1) === 1);
    const names = [...group.provider.awareness!.getStates().values()].map((s) => (s.user as { name?: string } | undefined)?.name);
    expect(names).not.toContain('Mallory');
  });

  it('W2: an audience token opens no other board', async () => {
    const { code } = await openLink(true);
    const { json } = await api(t.base, 'GET', `/api/audience/${code}`);
    const other = demo.boards.find((b) => b.id !== mapId())!;
    const c = openBoard(t.collabUrl, other.id, json.token as string);
    clients.push(c);
    await waitFor('refusal on another board', () => c.refusedReason());
    expect(c.refusedReason()).toMatch(/^AUDIENCE_CLOSED/);
  });
});

describe('audience tokens from one address are limited (SPEC W2)', () => {
  let t: TestServer;
  afterAll(() => t?.dispose());

  it('answers 429 with the wait once the address has asked its allowance, an unknown code counting too', async () => {
    t = await startTestServer('sqlite', { rateLimits: { audienceTokenPerAddress: { max: 3, windowMs: 60_000 } } });
    const demo = await createDemoWorkshop(t.store, new Date());
    const fay = (await api(t.base, 'POST', '/api/join', { invite: demo.invites.facilitator.code, name: 'Fay', organisation: '' })).cookie!;
    const mapId = demo.boards.find((b) => b.kind === 'ecosystem-map')!.id;
    const { code } = (await api(t.base, 'PUT', `/api/boards/${mapId}/audience`, { open: true }, fay)).json.audience as { code: string };
    expect((await api(t.base, 'GET', `/api/audience/${code}`)).status).toBe(200);
    expect((await api(t.base, 'GET', '/api/audience/not-a-code')).status).toBe(410);
    expect((await api(t.base, 'GET', `/api/audience/${code}`)).status).toBe(200);
    const refused = await api(t.base, 'GET', `/api/audience/${code}`);
    expect(refused.status).toBe(429);
    expect(refused.json.error).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(refused.json.error.message as string).toMatch(/Try again in \d+ seconds/);
  });
});

describe('the audience queue', () => {
  it('accepting a flow whose actor is gone is refused, the suggestion stays', () => {
    const doc = new Y.Doc();
    addActor(doc, { id: 'a1', name: 'City', roles: [], tags: [] });
    doc.getMap('audienceQueue').set('sg1', { id: 'sg1', at: '2026-01-01T00:00:00Z', kind: 'flow', from: 'a1', to: 'gone' });
    expect(() => acceptSuggestion(doc, 'sg1', 'fl1')).toThrow(/gone/);
    expect(readSuggestions(doc)).toHaveLength(1);
  });
});
