import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/password.js';
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

describe.each(storeKinds)('several projects and safe regrouping on %s', (kind) => {
  let t: TestServer;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestServer(kind);
    await t.store.createAccount({
      id: 'ac_p',
      email: 'projects@example.org',
      name: 'Pia',
      passwordHash: await hashPassword('a good long password'),
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
    cookie = (await api(t.base, 'POST', '/api/session', { email: 'projects@example.org', password: 'a good long password' })).cookie!;
  });
  afterAll(() => t.dispose());

  const twoProjects = {
    template: 'open-cities-full-day',
    groups: ['Group 1', 'Group 2', 'Group 3'],
    projects: ['Air quality sensors', 'Smart bins'],
  };
  const create = async (body: object) => api(t.base, 'POST', '/api/workshops', body, cookie);

  it('G2: a two-project workshop gives each group the boards of each activity for its own project', async () => {
    const w = (await create({ title: 'Two projects', ...twoProjects })).json;
    const [air, bins] = w.projects as { id: string; title: string }[];
    expect(w.groups.map((g: GroupJson) => g.projectId)).toEqual([air!.id, bins!.id, air!.id]);
    const boards = w.boards as BoardJson[];
    for (const g of w.groups as GroupJson[]) {
      const mine = boards.filter((b) => b.groupId === g.id);
      expect(mine.map((b) => b.kind)).toEqual(['ecosystem-map', 'ethics-canvas', 'reflection']);
      const project = (w.projects as { id: string; title: string }[]).find((p) => p.id === g.projectId)!;
      for (const b of mine) {
        expect(b.projectId).toBe(project.id);
        expect(b.title).toContain(` — ${project.title} — ${g.name}`);
      }
    }
    expect(boards.filter((b) => b.projectId === bins!.id && b.kind === 'ecosystem-map')).toHaveLength(1);
  });

  it('refuses a project with an empty or over-long name, and two projects of the same name', async () => {
    const empty = await create({ title: 'X', projects: ['Bins', '  '] });
    expect(empty.status).toBe(400);
    expect(empty.json.error.message).toMatch(/^projects\.1: is required/);
    const long = await create({ title: 'X', projects: ['p'.repeat(121)] });
    expect(long.status).toBe(400);
    expect(long.json.error.message).toMatch(/^projects\.0: is longer than 120 characters/);
    const twice = await create({ title: 'X', projects: ['Smart bins', 'smart bins'] });
    expect(twice.status).toBe(409);
    expect(twice.json.error.code).toBe('PROJECT_NAME_TAKEN');
    expect(twice.json.error.message).toContain('"smart bins" is named twice');
    const before = (await api(t.base, 'GET', '/api/workshops', undefined, cookie)).json.workshops;
    expect(before.some((w: { title: string }) => w.title === 'X')).toBe(false);
  });

  it("G1: adding a project or changing a group's project makes the missing boards and deletes none", async () => {
    const w = (
      await create({
        title: 'Change projects',
        template: 'data-ecosystem-mapping',
        groups: ['North', 'South'],
        projects: ['Air quality sensors'],
      })
    ).json;
    const id = w.workshop.id as string;
    const isMap = (b: BoardJson) => b.kind === 'ecosystem-map';
    expect((w.boards as BoardJson[]).filter(isMap)).toHaveLength(2);

    const added = await api(t.base, 'POST', `/api/workshops/${id}/projects`, { title: 'Smart bins' }, cookie);
    expect(added.status).toBe(201);
    const bins = added.json.project.id as string;
    const same = await api(t.base, 'POST', `/api/workshops/${id}/projects`, { title: ' SMART bins' }, cookie);
    expect([same.status, same.json.error.code]).toEqual([409, 'PROJECT_NAME_TAKEN']);
    const blank = await api(t.base, 'POST', `/api/workshops/${id}/projects`, { title: '' }, cookie);
    expect(blank.status).toBe(400);
    expect(blank.json.error.message).toMatch(/^title: is required/);

    const south = (w.groups as GroupJson[])[1]!;
    const changed = await api(t.base, 'PUT', `/api/workshops/${id}/groups/${south.id}/project`, { projectId: bins }, cookie);
    expect(changed.status).toBe(200);
    expect(changed.json.groups.find((g: GroupJson) => g.id === south.id).projectId).toBe(bins);
    const boards = changed.json.boards as BoardJson[];
    // Every board there was stays, with its group; South gets a map for Smart bins beside its first one.
    for (const before of w.boards as BoardJson[]) expect(boards.find((b) => b.id === before.id)).toMatchObject({ groupId: before.groupId });
    const southMaps = boards.filter((b) => isMap(b) && b.groupId === south.id);
    expect(southMaps.map((b) => b.projectId)).toEqual([w.projects[0].id, bins]);
    expect(southMaps[1]!.title).toBe('Map the data ecosystem — Smart bins — South');

    const again = await api(t.base, 'PUT', `/api/workshops/${id}/groups/${south.id}/project`, { projectId: bins }, cookie);
    expect((again.json.boards as BoardJson[]).length).toBe(boards.length);
    const unknown = await api(t.base, 'PUT', `/api/workshops/${id}/groups/${south.id}/project`, { projectId: 'pr_nope' }, cookie);
    expect([unknown.status, unknown.json.error.code]).toEqual([404, 'PROJECT_NOT_FOUND']);

    // Sharing the projects out again: North keeps the first, South the second; nothing new is needed.
    await api(t.base, 'PUT', `/api/workshops/${id}/groups/${south.id}/project`, { projectId: w.projects[0].id }, cookie);
    const spread = await api(t.base, 'POST', `/api/workshops/${id}/projects/spread`, {}, cookie);
    expect(spread.json.groups.map((g: GroupJson) => g.projectId)).toEqual([w.projects[0].id, bins]);
    expect((spread.json.boards as BoardJson[]).length).toBe(boards.length);
  });

  it('G3: automatic grouping previews who would move, changes nothing until confirmed, then applies that plan', async () => {
    const w = (await create({ title: 'Regroup', template: 'data-ecosystem-mapping', groups: ['Group 1', 'Group 2'], projects: ['Bins'] }))
      .json;
    const id = w.workshop.id as string;
    const invites = (await api(t.base, 'GET', `/api/workshops/${id}/invites`, undefined, cookie)).json.invites;
    const invite = invites.find((i: { role: string }) => i.role === 'participant').code;
    const orgs = ['Council', 'Council', 'Fire service', 'Fire service', 'University', 'Community group'];
    const people: string[] = [];
    for (const [i, organisation] of orgs.entries())
      people.push((await api(t.base, 'POST', '/api/join', { invite, name: `P${i}`, organisation })).json.participant.id);
    // Everyone starts in Group 2, building its map.
    const [g1, g2] = w.groups as GroupJson[];
    for (const pid of people) await api(t.base, 'PUT', `/api/workshops/${id}/participants/${pid}/group`, { groupId: g2!.id }, cookie);
    const boardsBefore = (await api(t.base, 'GET', `/api/workshops/${id}`, undefined, cookie)).json.boards as BoardJson[];

    const preview = await api(t.base, 'POST', `/api/workshops/${id}/groups/assign/preview`, { groupCount: 3 }, cookie);
    expect(preview.status).toBe(200);
    const plan = preview.json.groups as { groupId: string | null; name: string; participantIds: string[] }[];
    expect(plan.map((g) => g.participantIds.length)).toEqual([2, 2, 2]);
    // One set stays in Group 2 (most of its people are there); the others go to Group 1 and a new Group 3.
    expect(plan.filter((g) => g.groupId === g2!.id)).toHaveLength(1);
    expect(plan.map((g) => g.name).sort()).toEqual(['Group 1', 'Group 2', 'Group 3']);
    const moves = preview.json.moves as { participantId: string; name: string; from: { name: string } | null; to: { name: string } }[];
    expect(moves).toHaveLength(4);
    for (const move of moves) {
      expect(move.from?.name).toBe('Group 2');
      expect(['Group 1', 'Group 3']).toContain(move.to.name);
      expect(move.name).toMatch(/^P\d$/);
    }
    // Nothing moved yet.
    const unchanged = (await api(t.base, 'GET', `/api/workshops/${id}`, undefined, cookie)).json;
    expect(unchanged.participants.every((p: { groupId: string }) => p.groupId === g2!.id)).toBe(true);
    expect(unchanged.groups).toHaveLength(2);

    const stranger = await api(
      t.base,
      'POST',
      `/api/workshops/${id}/groups/assign`,
      { groupCount: 3, groups: [{ groupId: g1!.id, participantIds: ['pt_someone_else'] }] },
      cookie,
    );
    expect(stranger.status).toBe(400);

    const confirmed = await api(t.base, 'POST', `/api/workshops/${id}/groups/assign`, { groupCount: 3, groups: plan }, cookie);
    expect(confirmed.status).toBe(200);
    const after = confirmed.json;
    const groupNamed = (name: string) => (after.groups as GroupJson[]).find((g) => g.name === name)!;
    for (const target of plan) {
      const groupId = target.groupId ?? groupNamed(target.name).id;
      for (const pid of target.participantIds) expect(after.participants.find((p: { id: string }) => p.id === pid).groupId).toBe(groupId);
    }
    // Boards stay with their group; the new group gets its own.
    for (const b of boardsBefore) expect((after.boards as BoardJson[]).find((x) => x.id === b.id)?.groupId).toBe(b.groupId);
    expect((after.boards as BoardJson[]).filter((b) => b.groupId === groupNamed('Group 3').id).map((b) => b.kind)).toEqual([
      'ecosystem-map',
      'reflection',
    ]);
  });
});
