import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoardDoc } from '../../src/doc/index.js';
import { readMap, writeMapToDoc } from '../../src/doc/map/index.js';
import { addReflectionNote, initReflectionDoc, readReflection, reflectionColumns } from '../../src/doc/reflection/index.js';
import type { EcosystemMap } from '../../src/domain/map/index.js';
import { hashPassword } from '../../src/server/auth/password.js';
import { loadBoardDoc } from '../../src/server/services/boardDoc.js';
import { storeKinds } from '../support/stores.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';

interface BoardJson {
  id: string;
  kind: string;
  title: string;
  groupId: string | null;
  projectId: string | null;
  activityId: string | null;
}
interface GroupJson {
  id: string;
  name: string;
  projectId: string | null;
}
interface ProjectJson {
  id: string;
  title: string;
}

describe.each(storeKinds)('P7: duplicating a workshop on %s', (kind) => {
  let t: TestServer;
  let cookie: string;
  let otherCookie: string;
  const signUp = async (id: string, email: string) => {
    await t.store.createAccount({
      id,
      email,
      name: id,
      passwordHash: await hashPassword('a good long password'),
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
    return (await api(t.base, 'POST', '/api/session', { email, password: 'a good long password' })).cookie!;
  };
  beforeAll(async () => {
    t = await startTestServer(kind);
    cookie = await signUp('ac_dup_owner', 'dup-owner@example.org');
    otherCookie = await signUp('ac_dup_other', 'dup-other@example.org');
  });
  afterAll(() => t.dispose());

  /** A full-day workshop with two projects, three groups, a participant, and a map and a reflection note in group 1. */
  const source = async () => {
    const w = (
      await api(
        t.base,
        'POST',
        '/api/workshops',
        {
          title: 'Ghent day',
          description: 'Data in the harbour',
          meetingLink: 'https://meet.example.org/ghent',
          template: 'open-cities-full-day',
          groups: ['Docks', 'Old town', 'Canals'],
          projects: ['Air quality sensors', 'Smart bins'],
        },
        cookie,
      )
    ).json;
    const id = w.workshop.id as string;
    // Group 2 moved to the first project, so the copy must keep each group's own project.
    const [air] = w.projects as ProjectJson[];
    const groups = w.groups as GroupJson[];
    const moved = await api(t.base, 'PUT', `/api/workshops/${id}/groups/${groups[1]!.id}/project`, { projectId: air!.id }, cookie);
    expect(moved.status).toBe(200);
    const invite = (await api(t.base, 'POST', `/api/workshops/${id}/invites`, { role: 'participant' }, cookie)).json.invite.code as string;
    const joined = await api(t.base, 'POST', '/api/join', { invite, name: 'Pat', organisation: 'Harbour trust' });
    expect(joined.status).toBe(200);
    const boards = moved.json.boards as BoardJson[];
    const boardOf = (k: string) => boards.find((b) => b.kind === k && b.groupId === groups[0]!.id)!;
    const map = new Y.Doc();
    initBoardDoc(map, 'ecosystem-map');
    writeMapToDoc(map, {
      title: 'Docks',
      actors: [{ id: 'a1', name: 'Port authority', roles: [] }],
      datasets: [],
      flows: [],
      notes: [],
    } as unknown as EcosystemMap);
    await t.store.appendUpdates(boardOf('ecosystem-map').id, [Y.encodeStateAsUpdate(map)]);
    const reflection = new Y.Doc();
    initReflectionDoc(reflection);
    addReflectionNote(reflection, {
      id: 'r1',
      text: 'I felt unheard',
      column: reflectionColumns[0],
      author: 'pt_x',
      createdAt: '2026-12-01T10:00:00Z',
    });
    await t.store.appendUpdates(boardOf('reflection').id, [Y.encodeStateAsUpdate(reflection)]);
    return { id, detail: moved.json, boardOf };
  };
  const duplicate = (id: string, body: object, as = cookie) => api(t.base, 'POST', `/api/workshops/${id}/duplicate`, body, as);
  const readBoard = (boardId: string) => loadBoardDoc(t.store, boardId, () => {});
  const reflectionTexts = async (boardId: string) =>
    Object.values(readReflection(await readBoard(boardId)))
      .flat()
      .map((n) => n.text);

  it('copies the agenda, projects, groups with their projects and the boards, empty, without participants, owned by the caller', async () => {
    const s = await source();
    const r = await duplicate(s.id, { title: 'Antwerp day' });
    expect(r.status).toBe(201);
    const copy = r.json;
    expect(copy.workshop.id).not.toBe(s.id);
    expect(copy.workshop).toMatchObject({
      title: 'Antwerp day',
      description: 'Data in the harbour',
      meetingLink: 'https://meet.example.org/ghent',
      agenda: s.detail.workshop.agenda,
    });
    expect(copy.workshop.agenda.length).toBeGreaterThan(0);
    expect(copy.projects.map((p: ProjectJson) => p.title)).toEqual(['Air quality sensors', 'Smart bins']);
    const projectTitle = (detail: typeof copy, id: string | null) =>
      (detail.projects as ProjectJson[]).find((p) => p.id === id)?.title ?? null;
    expect(copy.groups.map((g: GroupJson) => [g.name, projectTitle(copy, g.projectId)])).toEqual(
      (s.detail.groups as GroupJson[]).map((g) => [g.name, projectTitle(s.detail, g.projectId)]),
    );
    expect(copy.groups.map((g: GroupJson) => projectTitle(copy, g.projectId))).toEqual([
      'Air quality sensors',
      'Air quality sensors',
      'Air quality sensors',
    ]);
    // The same boards, for the copy's own groups and projects.
    const groupName = (detail: typeof copy, id: string | null) => (detail.groups as GroupJson[]).find((g) => g.id === id)?.name ?? null;
    const shape = (detail: typeof copy) =>
      (detail.boards as BoardJson[]).map((b) => [
        b.kind,
        b.title,
        b.activityId,
        groupName(detail, b.groupId),
        projectTitle(detail, b.projectId),
      ]);
    expect(shape(copy)).toEqual(shape(s.detail));
    const sourceIds = new Set((s.detail.boards as BoardJson[]).map((b) => b.id));
    for (const b of copy.boards as BoardJson[]) {
      expect(sourceIds.has(b.id)).toBe(false);
      expect((await t.store.loadBoardState(b.id)).updates).toHaveLength(0);
    }
    expect(copy.participants).toEqual([]);
    expect(copy.controlDocId).not.toBe(s.detail.controlDocId);
    // Owned by the caller, with new invites of its own.
    expect((await t.store.getWorkshop(copy.workshop.id))!.ownerId).toBe('ac_dup_owner');
    const invites = await t.store.listInvites(copy.workshop.id);
    expect(invites.map((i) => i.role).sort()).toEqual(['facilitator', 'observer', 'participant']);
    const oldCodes = new Set((await t.store.listInvites(s.id)).map((i) => i.code));
    expect(invites.some((i) => oldCodes.has(i.code))).toBe(false);
    const listed = await api(t.base, 'GET', '/api/workshops', undefined, cookie);
    const mine = listed.json.workshops as { id: string }[];
    expect(mine.map((w) => w.id)).toContain(copy.workshop.id);
  });

  it("with the boards' contents: the map's actor is in the copy's map, a reflection note is not", async () => {
    const s = await source();
    const r = await duplicate(s.id, { title: 'Antwerp day', includeBoardContents: true });
    expect(r.status).toBe(201);
    const groups = r.json.groups as GroupJson[];
    const boardOf = (k: string) => (r.json.boards as BoardJson[]).find((b) => b.kind === k && b.groupId === groups[0]!.id)!;
    const map = readMap(await readBoard(boardOf('ecosystem-map').id)).map;
    expect(map.actors.map((a) => a.name)).toEqual(['Port authority']);
    expect(await reflectionTexts(s.boardOf('reflection').id)).toEqual(['I felt unheard']);
    expect(await reflectionTexts(boardOf('reflection').id)).toEqual([]);
    // The source keeps its map; the two are separate documents from now on.
    expect(readMap(await readBoard(s.boardOf('ecosystem-map').id)).map.actors.map((a) => a.name)).toEqual(['Port authority']);
  });

  it('refuses a participant (no account to own the copy), an unrelated account, and an empty or over-long title', async () => {
    const s = await source();
    const code = (await api(t.base, 'POST', `/api/workshops/${s.id}/invites`, { role: 'facilitator' }, cookie)).json.invite.code as string;
    const kit = (await api(t.base, 'POST', '/api/join', { invite: code, name: 'Kit', organisation: '' })).cookie!;
    const byParticipant = await duplicate(s.id, { title: 'Mine' }, kit);
    expect(byParticipant.status).toBe(403);
    expect(byParticipant.json.error.message).toContain('Only facilitator accounts can own a workshop');
    const byStranger = await duplicate(s.id, { title: 'Mine' }, otherCookie);
    expect([byStranger.status, byStranger.json.error.code]).toEqual([403, 'FORBIDDEN']);
    const empty = await duplicate(s.id, { title: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.json.error.message).toMatch(/^title: is required/);
    const long = await duplicate(s.id, { title: 't'.repeat(121) });
    expect(long.status).toBe(400);
    expect(long.json.error.message).toMatch(/^title:/);
    const unknown = await duplicate('ws_nope', { title: 'Mine' });
    expect([unknown.status, unknown.json.error.code]).toEqual([404, 'WORKSHOP_NOT_FOUND']);
    const titles = ((await api(t.base, 'GET', '/api/workshops', undefined, cookie)).json.workshops as { title: string }[]).map(
      (w) => w.title,
    );
    const theirs = (await api(t.base, 'GET', '/api/workshops', undefined, otherCookie)).json.workshops as unknown[];
    expect(titles).not.toContain('Mine');
    expect(theirs).toEqual([]);
  });
});
