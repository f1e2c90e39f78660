import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { readQuickNotes } from '../../src/doc/index.js';
import { isPrivateRoundOpen } from '../../src/doc/control/index.js';
import { readReflection, reflectionMap } from '../../src/doc/reflection/index.js';
import { isWorkBoard } from '../../src/domain/index.js';
import type { CreatedWorkshop } from '../../src/server/services/createWorkshop.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { storeKinds } from '../support/stores.js';
import { api, openBoard, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

interface Member {
  token: string;
  cookie: string;
  participant: { id: string; group: { id: string } | null };
}

/** A client of /collab that keeps every byte the server sends it, to search for what it must not get. */
interface Listener extends BoardClient {
  received: () => Buffer;
}

describe.each(storeKinds)('private rounds on %s', (kind) => {
  let t: TestServer;
  let demo: CreatedWorkshop;
  let controlId: string;
  const clients: BoardClient[] = [];

  const join = async (role: 'facilitator' | 'participant' | 'observer', name: string): Promise<Member> => {
    const res = await api(t.base, 'POST', '/api/join', { invite: demo.invites[role].code, name, organisation: 'Test' });
    return { ...(res.json as Omit<Member, 'cookie'>), cookie: res.cookie! };
  };
  const listen = async (boardId: string, token: string): Promise<Listener> => {
    const client = await openSynced(t.collabUrl, boardId, token);
    clients.push(client);
    const chunks: Buffer[] = [];
    client.provider.on('message', ({ event }: { event: MessageEvent<ArrayBuffer> }) => chunks.push(Buffer.from(event.data)));
    return { ...client, received: () => Buffer.concat(chunks) };
  };
  const secret = (label: string) => `${label} ${randomBytes(6).toString('hex')}`;
  const board = (k: string, groupId?: string | null) =>
    demo.boards.find((b) => b.kind === k && (groupId === undefined || b.groupId === groupId))!;

  beforeAll(async () => {
    t = await startTestServer(kind);
    demo = await createDemoWorkshop(t.store, new Date());
    controlId = (await t.store.listBoards(demo.workshop.id)).find((b) => !isWorkBoard(b))!.id;
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  afterAll(() => t.dispose());

  it('R1–R5: a second participant and an observer receive no byte of the first’s note over /collab until the reveal; then everyone has it', async () => {
    const f = await join('facilitator', 'Fay');
    const p1 = await join('participant', 'Ada');
    const p2 = await join('participant', 'Bo');
    const o = await join('observer', 'Obi');
    const map = board('ecosystem-map');
    const p2Map = await listen(map.id, p2.token);
    const p2Control = await listen(controlId, p2.token);
    const oMap = await listen(map.id, o.token);
    const oControl = await listen(controlId, o.token);

    expect((await api(t.base, 'POST', `/api/boards/${map.id}/private-round`, undefined, f.cookie)).status).toBe(201);
    await waitFor(
      'every screen to learn the round is open',
      () => isPrivateRoundOpen(p2Control.doc, map.id) && isPrivateRoundOpen(oControl.doc, map.id),
    );

    const text = secret('Held back: the council keeps the raw sensor data');
    const added = await api(t.base, 'POST', `/api/boards/${map.id}/private-notes`, { text }, p1.cookie);
    expect(added.status).toBe(201);
    // Bo's own note, so Bo's connection carries traffic while Ada's note is held back.
    const bosText = secret('Bo holds this back too');
    expect((await api(t.base, 'POST', `/api/boards/${map.id}/private-notes`, { text: bosText }, p2.cookie)).status).toBe(201);

    const mine = await api(t.base, 'GET', `/api/boards/${map.id}/private-round`, undefined, p1.cookie);
    expect(mine.json.notes.map((n: { text: string }) => n.text)).toEqual([text]);
    const bos = await api(t.base, 'GET', `/api/boards/${map.id}/private-round`, undefined, p2.cookie);
    expect(bos.json.notes.map((n: { text: string }) => n.text)).toEqual([bosText]);
    const facilitator = await api(t.base, 'GET', `/api/boards/${map.id}/private-round`, undefined, f.cookie);
    expect(facilitator.json.counts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ participantId: p1.participant.id, name: 'Ada', notes: 1 }),
        expect.objectContaining({ participantId: p2.participant.id, name: 'Bo', notes: 1 }),
      ]),
    );
    expect(JSON.stringify(facilitator.json)).not.toContain(text);
    const observer = await api(t.base, 'GET', `/api/boards/${map.id}/private-round`, undefined, o.cookie);
    expect(observer.json).toEqual({ round: expect.objectContaining({ boardId: map.id }) });

    for (const c of [p2Map, p2Control, oMap, oControl]) expect(c.received().includes(text)).toBe(false);
    expect(oMap.received().includes(bosText)).toBe(false);
    expect(readQuickNotes(p2Map.doc).some((n) => n.text === text)).toBe(false);

    const revealed = await api(t.base, 'POST', `/api/boards/${map.id}/private-round/reveal`, undefined, f.cookie);
    expect(revealed.json).toEqual({ revealed: 2 });
    await waitFor('the revealed notes to reach Bo and the observer', () =>
      [p2Map, oMap].every((c) => [text, bosText].every((x) => readQuickNotes(c.doc).some((n) => n.text === x))),
    );
    // The search above can fail: the same bytes arrive once revealed.
    expect(p2Map.received().includes(text)).toBe(true);
    expect(readQuickNotes(oMap.doc).find((n) => n.text === text)?.author).toBe('Ada');
    await waitFor('the round to end on every screen', () => !isPrivateRoundOpen(oControl.doc, map.id));
    expect(await t.store.getPrivateRound(map.id)).toBeNull();
    expect(await t.store.listPrivateNotes(map.id)).toEqual([]);
    // On disk: a fresh connection after the reveal loads the notes.
    const late = await listen(map.id, (await join('participant', 'Cy')).token);
    expect(readQuickNotes(late.doc).filter((n) => n.text === text)).toHaveLength(1);
    // A second reveal (another facilitator's click) reveals nothing and writes nothing twice.
    expect((await api(t.base, 'POST', `/api/boards/${map.id}/private-round/reveal`, undefined, f.cookie)).json).toEqual({ revealed: 0 });
  });

  it('R4/R7: reflection notes are revealed in their columns, an anonymous one without its author under a client id of its own; another group cannot reach the round', async () => {
    const f = await join('facilitator', 'Fey');
    const p = await join('participant', 'Dee');
    const reflection = board('reflection', p.participant.group!.id);
    const watcher = await listen(reflection.id, f.token);
    expect((await api(t.base, 'POST', `/api/boards/${reflection.id}/private-round`, undefined, f.cookie)).status).toBe(201);
    const outsider = await join('participant', 'Out');
    const otherGroup = demo.groups.find((g) => g.id !== p.participant.group!.id)!;
    const moved = await api(
      t.base,
      'PUT',
      `/api/workshops/${demo.workshop.id}/participants/${outsider.participant.id}/group`,
      { groupId: otherGroup.id },
      f.cookie,
    );
    expect(moved.status).toBe(200);
    expect((await api(t.base, 'GET', `/api/boards/${reflection.id}/private-round`, undefined, outsider.cookie)).status).toBe(403);
    expect(
      (await api(t.base, 'POST', `/api/boards/${reflection.id}/private-notes`, { text: 'x', column: 'keep' }, outsider.cookie)).status,
    ).toBe(403);
    const named = secret('Keep the walking tour');
    const anonymous = secret('Change who chairs');
    expect(
      (await api(t.base, 'POST', `/api/boards/${reflection.id}/private-notes`, { text: named, column: 'keep' }, p.cookie)).status,
    ).toBe(201);
    expect(
      (
        await api(
          t.base,
          'POST',
          `/api/boards/${reflection.id}/private-notes`,
          { text: anonymous, column: 'change', anonymous: true },
          p.cookie,
        )
      ).status,
    ).toBe(201);
    const noColumn = await api(t.base, 'POST', `/api/boards/${reflection.id}/private-notes`, { text: 'where?' }, p.cookie);
    expect(noColumn.status).toBe(400);
    expect(noColumn.json.error.message).toMatch(/column/);
    expect(watcher.received().includes(named)).toBe(false);
    // R3: the facilitator sees Dee's named note under her name, the anonymous one only as a count.
    const seen = await api(t.base, 'GET', `/api/boards/${reflection.id}/private-round`, undefined, f.cookie);
    expect(seen.json.counts).toEqual([expect.objectContaining({ participantId: p.participant.id, name: 'Dee', notes: 1 })]);
    expect(seen.json).toMatchObject({ anonymousNotes: 1, writers: 1 });

    expect((await api(t.base, 'POST', `/api/boards/${reflection.id}/private-round/reveal`, undefined, f.cookie)).json).toEqual({
      revealed: 2,
    });
    await waitFor('the reflection notes to arrive', () => readReflection(watcher.doc).change.some((n) => n.text === anonymous));
    const read = readReflection(watcher.doc);
    expect(read.keep.find((n) => n.text === named)?.author).toBe(p.participant.id);
    const anon = read.change.find((n) => n.text === anonymous)!;
    expect(anon.author).toBeUndefined();
    // Nothing in the board ties the anonymous note to another note's writer: its client id is its own.
    const clientOf = (id: string) => (reflectionMap(watcher.doc).get(id) as Y.Map<unknown>)._item!.id.client;
    const namedId = read.keep.find((n) => n.text === named)!.id;
    expect(clientOf(anon.id)).not.toBe(clientOf(namedId));
  });

  it('R4: two facilitators revealing at once write each note once', async () => {
    const f = await join('facilitator', 'Kai');
    const g = await join('facilitator', 'Lou');
    const p = await join('participant', 'Mo');
    const map = board('ecosystem-map');
    const watcher = await listen(map.id, f.token);
    await api(t.base, 'POST', `/api/boards/${map.id}/private-round`, undefined, f.cookie);
    const texts = [secret('Once'), secret('Twice?')];
    for (const text of texts) await api(t.base, 'POST', `/api/boards/${map.id}/private-notes`, { text }, p.cookie);
    const both = await Promise.all(
      [f, g].map((who) => api(t.base, 'POST', `/api/boards/${map.id}/private-round/reveal`, undefined, who.cookie)),
    );
    expect(both.map((r) => r.json.revealed).sort()).toEqual([0, 2]);
    await waitFor('the notes to arrive', () => texts.every((x) => readQuickNotes(watcher.doc).some((n) => n.text === x)));
    for (const text of texts) expect(readQuickNotes(watcher.doc).filter((n) => n.text === text)).toHaveLength(1);
  });

  it('R6: a participant removed mid-round loses the notes they held back; the others are revealed', async () => {
    const f = await join('facilitator', 'Fox');
    const leaving = await join('participant', 'Lee');
    const staying = await join('participant', 'Sam');
    const map = board('ecosystem-map');
    await api(t.base, 'POST', `/api/boards/${map.id}/private-round`, undefined, f.cookie);
    const gone = secret('Lee wrote this');
    const kept = secret('Sam wrote this');
    await api(t.base, 'POST', `/api/boards/${map.id}/private-notes`, { text: gone }, leaving.cookie);
    await api(t.base, 'POST', `/api/boards/${map.id}/private-notes`, { text: kept }, staying.cookie);
    const removed = await api(
      t.base,
      'DELETE',
      `/api/workshops/${demo.workshop.id}/participants/${leaving.participant.id}`,
      undefined,
      f.cookie,
    );
    expect(removed.status).toBe(200);
    expect((await t.store.listPrivateNotes(map.id)).map((n) => n.text)).toEqual([kept]);
    const watcher = await listen(map.id, f.token);
    expect((await api(t.base, 'POST', `/api/boards/${map.id}/private-round/reveal`, undefined, f.cookie)).json).toEqual({ revealed: 1 });
    await waitFor('Sam’s note to be revealed', () => readQuickNotes(watcher.doc).some((n) => n.text === kept));
    expect(readQuickNotes(watcher.doc).some((n) => n.text === gone)).toBe(false);
    expect(watcher.received().includes(gone)).toBe(false);
  });

  it('R6: deleting a board during a round deletes its round and held-back notes; no screen shows the round any more', async () => {
    const f = await join('facilitator', 'Ida');
    const p = await join('participant', 'Jon');
    const made = await api(
      t.base,
      'POST',
      `/api/workshops/${demo.workshop.id}/boards`,
      { kind: 'ecosystem-map', title: 'Short-lived' },
      f.cookie,
    );
    const id = made.json.board.id as string;
    const control = await listen(controlId, p.token);
    await api(t.base, 'POST', `/api/boards/${id}/private-round`, undefined, f.cookie);
    await waitFor('the round to show', () => isPrivateRoundOpen(control.doc, id));
    await api(t.base, 'POST', `/api/boards/${id}/private-notes`, { text: secret('Gone with the board') }, p.cookie);
    expect((await api(t.base, 'DELETE', `/api/boards/${id}`, undefined, f.cookie)).status).toBe(200);
    expect(await t.store.getPrivateRound(id)).toBeNull();
    expect(await t.store.listPrivateNotes(id)).toEqual([]);
    await waitFor('the round to leave the control document', () => !isPrivateRoundOpen(control.doc, id));
  });

  it('R2/R3: nobody reaches another’s held-back notes (GET gives each their own, only the writer takes one back) and no /collab document holds them', async () => {
    const f = await join('facilitator', 'Fin');
    const a = await join('participant', 'Ann');
    const b = await join('participant', 'Ben');
    const map = board('ecosystem-map');
    await api(t.base, 'POST', `/api/boards/${map.id}/private-round`, undefined, f.cookie);
    const text = secret('Ann only');
    await api(t.base, 'POST', `/api/boards/${map.id}/private-notes`, { text }, a.cookie);
    expect((await api(t.base, 'GET', `/api/boards/${map.id}/private-round`, undefined, b.cookie)).json.notes).toEqual([]);
    // Nor take it back: only its writer can.
    const annsNote = (await api(t.base, 'GET', `/api/boards/${map.id}/private-round`, undefined, a.cookie)).json.notes[0].id as string;
    expect((await api(t.base, 'DELETE', `/api/boards/${map.id}/private-notes/${annsNote}`, undefined, b.cookie)).status).toBe(404);
    const regret = await api(t.base, 'POST', `/api/boards/${map.id}/private-notes`, { text: secret('Ann regrets this') }, a.cookie);
    expect((await api(t.base, 'DELETE', `/api/boards/${map.id}/private-notes/${regret.json.note.id}`, undefined, a.cookie)).status).toBe(
      200,
    );
    expect((await t.store.listPrivateNotes(map.id, a.participant.id)).map((n) => n.text)).toEqual([text]);
    // A document named after Ann's notes is no board: refused, nothing created (A5).
    const probe = openBoard(t.collabUrl, `${map.id}:private:${a.participant.id}`, b.token);
    clients.push(probe);
    await waitFor('the refusal', () => probe.refusedReason());
    expect(probe.refusedReason()).toMatch(/^BOARD_NOT_FOUND/);
    await api(t.base, 'POST', `/api/boards/${map.id}/private-round/reveal`, undefined, f.cookie);
  });

  it('R1/R2: only facilitators open and reveal; a canvas has no rounds, a locked board none either; without a round a note is refused', async () => {
    const f = await join('facilitator', 'Flo');
    const p = await join('participant', 'Pia');
    const map = board('ecosystem-map');
    const canvas = board('ethics-canvas');
    expect((await api(t.base, 'POST', `/api/boards/${map.id}/private-round`, undefined, p.cookie)).status).toBe(403);
    expect((await api(t.base, 'POST', `/api/boards/${map.id}/private-round/reveal`, undefined, p.cookie)).status).toBe(403);
    expect((await api(t.base, 'POST', `/api/boards/${canvas.id}/private-round`, undefined, f.cookie)).status).toBe(404);
    const refused = await api(t.base, 'POST', `/api/boards/${map.id}/private-notes`, { text: 'too early' }, p.cookie);
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('NO_PRIVATE_ROUND');
    expect((await api(t.base, 'POST', `/api/boards/${map.id}/private-round`, undefined, f.cookie)).status).toBe(201);
    // Opening twice keeps the one round.
    const again = await api(t.base, 'POST', `/api/boards/${map.id}/private-round`, undefined, f.cookie);
    expect(again.status).toBe(201);
    expect(await t.store.getPrivateRound(map.id)).toMatchObject({ boardId: map.id });
    expect((await api(t.base, 'POST', `/api/boards/${map.id}/private-notes`, { text: 'x'.repeat(501) }, p.cookie)).status).toBe(400);
    await api(t.base, 'PATCH', `/api/boards/${map.id}`, { locked: true }, f.cookie);
    expect((await api(t.base, 'POST', `/api/boards/${map.id}/private-notes`, { text: 'locked' }, p.cookie)).status).toBe(423);
    await api(t.base, 'PATCH', `/api/boards/${map.id}`, { locked: false }, f.cookie);
    await api(t.base, 'POST', `/api/boards/${map.id}/private-round/reveal`, undefined, f.cookie);
  });

  it('R2/D1: held-back notes survive a restart of the server', async () => {
    const f = await join('facilitator', 'Gus');
    const p = await join('participant', 'Hana');
    const map = board('ecosystem-map');
    await api(t.base, 'POST', `/api/boards/${map.id}/private-round`, undefined, f.cookie);
    const text = secret('Written before the restart');
    expect((await api(t.base, 'POST', `/api/boards/${map.id}/private-notes`, { text }, p.cookie)).status).toBe(201);
    t = await t.restart();
    const after = await api(t.base, 'GET', `/api/boards/${map.id}/private-round`, undefined, p.cookie);
    expect(after.json.notes.map((n: { text: string }) => n.text)).toEqual([text]);
    const control = await listen(controlId, f.token);
    expect(isPrivateRoundOpen(control.doc, map.id)).toBe(true);
    expect((await api(t.base, 'POST', `/api/boards/${map.id}/private-round/reveal`, undefined, f.cookie)).json).toEqual({ revealed: 1 });
  });
});

describe.each(storeKinds)('private rounds and the board size limit on %s', (kind) => {
  let t: TestServer;
  const clients: BoardClient[] = [];
  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await t?.dispose();
  });

  it('L2/R2: notes held back count toward the board size limit: one that would take the board past it is refused, nothing stored; the reveal fits and counts at once', async () => {
    // The limit is set a few notes above the demo map's stored size.
    t = await startTestServer(kind);
    const demo = await createDemoWorkshop(t.store, new Date());
    const map = demo.boards.find((b) => b.kind === 'ecosystem-map')!;
    const limit = (await t.store.boardSize(map.id)) + 3000;
    await t.stop();
    t = await startTestServer(kind, { limits: { maxDocumentBytes: limit } }, t.handle);
    const join = async (role: 'facilitator' | 'participant', name: string) =>
      (await api(t.base, 'POST', '/api/join', { invite: demo.invites[role].code, name, organisation: 'Test' })).cookie!;
    const f = await join('facilitator', 'Fay');
    const p = await join('participant', 'Ada');
    expect((await api(t.base, 'POST', `/api/boards/${map.id}/private-round`, undefined, f)).status).toBe(201);

    const note = (i: number) => `Note ${i}: ${'the council keeps the raw sensor data '.repeat(10)}`.slice(0, 400);
    let added = 0;
    let refused: Awaited<ReturnType<typeof api>> | null = null;
    for (let i = 0; i < 20 && !refused; i++) {
      const r = await api(t.base, 'POST', `/api/boards/${map.id}/private-notes`, { text: note(i) }, p);
      if (r.status === 201) added++;
      else refused = r;
    }
    expect(added).toBeGreaterThanOrEqual(2);
    expect(refused?.status).toBe(413);
    expect(refused?.json.error.code).toBe('DOCUMENT_TOO_LARGE');
    expect(refused?.json.error.message).toMatch(
      new RegExp(
        `^With the notes held back in this round, the board would hold \\d+ bytes, over the limit of ${limit}: ask the facilitator to reveal the round`,
      ),
    );
    // The refused note is not stored; the writer's held-back notes are the ones answered 201.
    expect((await api(t.base, 'GET', `/api/boards/${map.id}/private-round`, undefined, p)).json.notes).toHaveLength(added);
    expect(await t.store.listPrivateNotes(map.id)).toHaveLength(added);

    // Someone is on the board through the reveal: its live size must count the server's write.
    const token = (await api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'Bo', organisation: '' })).json
      .token as string;
    const live = await openSynced(t.collabUrl, map.id, token);
    clients.push(live);
    const before = await t.store.boardSize(map.id);
    expect((await api(t.base, 'POST', `/api/boards/${map.id}/private-round/reveal`, undefined, f)).json).toEqual({ revealed: added });
    const after = await t.store.boardSize(map.id);
    expect(after).toBeLessThanOrEqual(limit);
    await waitFor('the revealed notes on the open board', () => readQuickNotes(live.doc).length >= added);
    // An edit that fits beside the board as it was before the reveal, but not beside the revealed notes, is refused.
    expect(after - before).toBeGreaterThan(200);
    live.doc.getMap('m').set('late', 'z'.repeat(limit - before - 100));
    await waitFor('the close for the board size', () => live.closeEvents.find((e) => e.reason.startsWith('DOCUMENT_TOO_LARGE')));
  });
});
