import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setSpotlight } from '../../src/doc/control/index.js';
import { hashPassword } from '../../src/server/auth/password.js';
import { storeKinds } from '../support/stores.js';
import { acknowledged, api, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

/** A probe edit: a top-level map the board keeps as it is (SPEC D5), so no schema gets in the way. */
const write = (c: BoardClient, key: string) => c.doc.getMap('probe').set(key, true);
const has = (c: BoardClient, key: string) => c.doc.getMap('probe').get(key) === true;

describe.each(storeKinds)('A12: a spotlit board on %s', (kind) => {
  let t: TestServer;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestServer(kind);
    await t.store.createAccount({
      id: 'ac_s',
      email: 'spot@example.org',
      name: 'Sol',
      passwordHash: await hashPassword('a good long password'),
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
    cookie = (await api(t.base, 'POST', '/api/session', { email: 'spot@example.org', password: 'a good long password' })).cookie!;
  });
  afterAll(() => t.dispose());

  /** A workshop with a Red and a Blue group, a facilitator and one participant in each. */
  async function presentingWorkshop(title: string) {
    const w = (await api(t.base, 'POST', '/api/workshops', { title, template: 'data-ecosystem-mapping', groups: ['Red', 'Blue'] }, cookie))
      .json;
    const workshopId: string = w.workshop.id;
    const detail = (await api(t.base, 'GET', `/api/workshops/${workshopId}`, undefined, cookie)).json;
    const [red, blue] = detail.groups as { id: string; name: string }[];
    const redBoard = (w.boards as { id: string; kind: string; groupId: string | null }[]).find(
      (b) => b.kind === 'ecosystem-map' && b.groupId === red!.id,
    )!;
    const invites = (await api(t.base, 'GET', `/api/workshops/${workshopId}/invites`, undefined, cookie)).json.invites;
    const code = (role: string) => invites.find((i: { role: string }) => i.role === role).code;
    const member = async (role: string, groupId: string | null) => {
      const joined = await api(t.base, 'POST', '/api/join', { invite: code(role), name: role, organisation: '' });
      if (groupId)
        await api(t.base, 'PUT', `/api/workshops/${workshopId}/participants/${joined.json.participant.id}/group`, { groupId }, cookie);
      const token: string = (await api(t.base, 'POST', '/api/token', { workshopId }, joined.cookie!)).json.token;
      return { cookie: joined.cookie!, token };
    };
    const facilitator = await member('facilitator', null);
    const inRed = await member('participant', red!.id);
    const inBlue = await member('participant', blue!.id);
    const accessOf = async (who: { cookie: string }) =>
      (await api(t.base, 'GET', `/api/boards/${redBoard.id}`, undefined, who.cookie)).json.access;
    return { w, red: red!, redBoard, facilitator, inRed, inBlue, accessOf };
  }

  it('is read-only for participants outside its group, on open connections and new ones, until the spotlight ends', async () => {
    const { w, red, redBoard, facilitator, inRed, inBlue, accessOf } = await presentingWorkshop('Presenting');

    const control = await openSynced(t.collabUrl, w.controlDocId, facilitator.token);
    const watcher = await openSynced(t.collabUrl, redBoard.id, facilitator.token);
    const redEditor = await openSynced(t.collabUrl, redBoard.id, inRed.token);
    const blueEditor = await openSynced(t.collabUrl, redBoard.id, inBlue.token);
    // A second tab of the same person: a dropped edit leaves a Yjs client behind the server for
    // good (its later edits wait on the dropped one), so the drop is tried from this tab.
    const blueTab = await openSynced(t.collabUrl, redBoard.id, inBlue.token);

    // Before the spotlight, any participant of the workshop writes the board (A3).
    write(blueEditor, 'before');
    await waitFor('the edit before the spotlight to arrive', () => has(watcher, 'before'));
    expect(await accessOf(inBlue)).toBe('write');

    setSpotlight(control.doc, { groupId: red.id, boardId: redBoard.id });
    await acknowledged(control);
    await waitFor('the page to be told the board is read-only', async () => (await accessOf(inBlue)) === 'read');
    expect(await accessOf(inRed)).toBe('write');
    expect((await api(t.base, 'GET', `/api/boards/${redBoard.id}`, undefined, inBlue.cookie)).json.presented).toBe(true);

    // The open connection of someone outside the group turns read-only at once.
    write(blueTab, 'during');
    await waitFor('the dropped edit to be logged', () =>
      t.logs.some((l) => l.includes(`dropped an edit to read-only ${redBoard.id} from participant`)),
    );
    // So does a new one; the group itself goes on presenting and editing.
    const lateBlue = await openSynced(t.collabUrl, redBoard.id, inBlue.token);
    write(lateBlue, 'late');
    write(redEditor, 'by the group');
    await waitFor('the group’s edit to arrive', () => has(watcher, 'by the group'));
    await acknowledged(watcher);
    const fresh = await openSynced(t.collabUrl, redBoard.id, facilitator.token);
    expect(has(fresh, 'during')).toBe(false);
    expect(has(fresh, 'late')).toBe(false);
    expect(has(fresh, 'by the group')).toBe(true);

    // Ending the spotlight gives the room its rights back, on the same connection.
    setSpotlight(control.doc, null);
    await acknowledged(control);
    await waitFor('the board to be writable again', async () => (await accessOf(inBlue)) === 'write');
    write(blueEditor, 'after');
    await waitFor('the edit after the spotlight to arrive', () => has(watcher, 'after'));

    for (const c of [control, watcher, redEditor, blueEditor, blueTab, lateBlue, fresh]) c.destroy();
  });

  it('A12/A13: a locked board stays read-only when its spotlight ends; an unlock during the spotlight leaves it read-only outside the group', async () => {
    const { w, red, redBoard, facilitator, inRed, inBlue } = await presentingWorkshop('Locked then presented');
    const control = await openSynced(t.collabUrl, w.controlDocId, facilitator.token);
    const watcher = await openSynced(t.collabUrl, redBoard.id, facilitator.token);
    const redEditor = await openSynced(t.collabUrl, redBoard.id, inRed.token);
    const blueEditor = await openSynced(t.collabUrl, redBoard.id, inBlue.token);
    const locked: boolean[] = [];
    redEditor.provider.on('stateless', ({ payload }: { payload: string }) => {
      const message = JSON.parse(payload) as { type?: string; locked?: boolean };
      if (message.type === 'board-lock') locked.push(message.locked === true);
    });
    const dropped = () => t.logs.filter((l) => l.includes(`dropped an edit to read-only ${redBoard.id} from participant`)).length;
    const lock = (value: boolean) => api(t.base, 'PATCH', `/api/boards/${redBoard.id}`, { locked: value }, cookie);

    expect((await lock(true)).json.board.locked).toBe(true);
    await waitFor('the group’s page told the board is locked', () => locked.at(-1) === true);
    setSpotlight(control.doc, { groupId: red.id, boardId: redBoard.id });
    await acknowledged(control);
    setSpotlight(control.doc, null);
    // Acknowledged means the server has applied the change, so the edits below come after it.
    await acknowledged(control);
    let before = dropped();
    write(redEditor, 'locked after the spotlight');
    await waitFor('the edit to the locked board to be dropped', () => dropped() > before);

    setSpotlight(control.doc, { groupId: red.id, boardId: redBoard.id });
    await acknowledged(control);
    expect((await lock(false)).json.board.locked).toBe(false);
    await waitFor('the group’s page told the board is open again', () => locked.at(-1) === false);
    // A dropped edit leaves that Yjs client behind the server for good, so the group writes from a second tab.
    const redTab = await openSynced(t.collabUrl, redBoard.id, inRed.token);
    write(redTab, 'by the group');
    await waitFor('the group’s edit to arrive', () => has(watcher, 'by the group'));
    before = dropped();
    write(blueEditor, 'outside the group');
    await waitFor('the edit from outside the group to be dropped', () => dropped() > before);

    setSpotlight(control.doc, null);
    await acknowledged(control);
    const blueAgain = await openSynced(t.collabUrl, redBoard.id, inBlue.token);
    write(blueAgain, 'after');
    await waitFor('an edit after the spotlight to arrive', () => has(watcher, 'after'));
    const fresh = await openSynced(t.collabUrl, redBoard.id, facilitator.token);
    expect(has(fresh, 'locked after the spotlight')).toBe(false);
    expect(has(fresh, 'outside the group')).toBe(false);
    expect(has(fresh, 'by the group')).toBe(true);

    for (const c of [control, watcher, redEditor, redTab, blueEditor, blueAgain, fresh]) c.destroy();
  });
});
