import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { endActivity, startActivity } from '../../src/doc/control/index.js';
import { addActor, listMapVersions, mapVersion, maxMapVersions, readMap, saveMapVersion } from '../../src/doc/map/index.js';
import { hashPassword } from '../../src/server/auth/password.js';
import { loadBoardDoc } from '../../src/server/services/boardDoc.js';
import { storeKinds } from '../support/stores.js';
import { acknowledged, api, openSynced, startTestServer, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

describe.each(storeKinds)('a version of each map board at the end of its activity, on %s', (kind) => {
  let t: TestServer;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestServer(kind);
    await t.store.createAccount({
      id: 'ac_v',
      email: 'versions@example.org',
      name: 'Vi',
      passwordHash: await hashPassword('a good long password'),
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
    cookie = (await api(t.base, 'POST', '/api/session', { email: 'versions@example.org', password: 'a good long password' })).cookie!;
  });
  afterAll(() => t.dispose());

  it('H5 ending the activity saves "End of <title>" once on each map board, open or not, however many facilitators end it', async () => {
    const w = (
      await api(
        t.base,
        'POST',
        '/api/workshops',
        { title: 'Versions day', template: 'data-ecosystem-mapping', groups: ['One', 'Two', 'Three'] },
        cookie,
      )
    ).json;
    const invite = (await api(t.base, 'GET', `/api/workshops/${w.workshop.id}/invites`, undefined, cookie)).json.invites.find(
      (i: { role: string }) => i.role === 'facilitator',
    ).code;
    const token = async () => (await api(t.base, 'POST', '/api/join', { invite, name: 'Co-facilitator', organisation: '' })).json.token;
    const [open, closed, untouched] = w.boards
      .filter((b: { activityId: string; kind: string }) => b.activityId === 'mapping' && b.kind === 'ecosystem-map')
      .map((b: { id: string }) => b.id) as string[];

    // One board is open when the activity ends; another was edited and closed; the third was never opened.
    const onOpen = await openSynced(t.collabUrl, open!, await token());
    addActor(onOpen.doc, { id: 'actor_open', name: 'Council', roles: [], tags: [] });
    await acknowledged(onOpen);
    const onClosed = await openSynced(t.collabUrl, closed!, await token());
    addActor(onClosed.doc, { id: 'actor_closed', name: 'Lab', roles: [], tags: [] });
    await acknowledged(onClosed);
    onClosed.destroy();
    await waitFor('the closed board to leave memory', () => !t.server.hocuspocus.documents.has(closed!));

    const first = await openSynced(t.collabUrl, w.controlDocId, await token());
    const second = await openSynced(t.collabUrl, w.controlDocId, await token());
    startActivity(first.doc, { id: 'mapping', minutes: 60 }, Date.now());
    await acknowledged(first);
    await waitFor('the second facilitator to see the activity', () => second.doc.getMap('live').get('activity') != null);
    // Both end it at the same moment, neither having seen the other's end.
    second.provider.disconnect();
    endActivity(first.doc);
    endActivity(second.doc);
    await acknowledged(first);
    await second.provider.connect();
    await acknowledged(second);

    const label = 'End of Map the data ecosystem';
    const saved = await waitFor('the open board to receive its version', () => listMapVersions(onOpen.doc)[0]);
    expect(saved.label).toBe(label);
    expect(mapVersion(onOpen.doc, saved.id)).toEqual(readMap(onOpen.doc).map);
    const stored = await waitFor('the closed board to be stored with its version', async () => {
      const doc = await loadBoardDoc(t.store, closed!, () => {});
      return listMapVersions(doc).length > 0 ? doc : null;
    });
    expect(listMapVersions(stored).map((v) => v.label)).toEqual([label]);
    expect(mapVersion(stored, listMapVersions(stored)[0]!.id)?.actors.map((a) => a.name)).toEqual(['Lab']);
    expect(await t.store.boardSize(untouched!)).toBe(0);

    // A second run of the activity is a new version; the two ends of the first stayed one.
    startActivity(first.doc, { id: 'mapping', minutes: 60 }, Date.now());
    startActivity(first.doc, { id: 'present-maps', minutes: 20 }, Date.now());
    await acknowledged(first);
    await waitFor('the second run to be saved', () => listMapVersions(onOpen.doc).length === 2);
    expect(listMapVersions(onOpen.doc).map((v) => v.label)).toEqual([label, label]);
    expect(t.logs.filter((l) => l.includes('no "End of'))).toEqual([]);
    for (const c of [onOpen, first, second]) c.destroy();
  });

  it('H5 a map board already keeping the most versions gets none, and the server says so in its log', async () => {
    const w = (await api(t.base, 'POST', '/api/workshops', { title: 'Full', template: 'data-ecosystem-mapping', groups: ['A'] }, cookie))
      .json;
    const invite = (await api(t.base, 'GET', `/api/workshops/${w.workshop.id}/invites`, undefined, cookie)).json.invites.find(
      (i: { role: string }) => i.role === 'facilitator',
    ).code;
    const token = async () => (await api(t.base, 'POST', '/api/join', { invite, name: 'F', organisation: '' })).json.token;
    const board = w.boards.find((b: { activityId: string; kind: string }) => b.activityId === 'mapping' && b.kind === 'ecosystem-map').id;
    const editor = await openSynced(t.collabUrl, board, await token(), new Y.Doc());
    addActor(editor.doc, { id: 'actor_a', name: 'A', roles: [], tags: [] });
    for (let i = 0; i < maxMapVersions; i++) saveMapVersion(editor.doc, { id: `v${i}`, label: `v${i}`, savedAt: new Date().toISOString() });
    await acknowledged(editor);
    const control = await openSynced(t.collabUrl, w.controlDocId, await token());
    startActivity(control.doc, { id: 'mapping', minutes: 60 }, Date.now());
    endActivity(control.doc);
    await acknowledged(control);
    await waitFor('the refusal to be logged', () =>
      t.logs.some((l) => l.includes(`board ${board}: no "End of Map the data ecosystem" version saved (VERSION_LIMIT)`)),
    );
    expect(listMapVersions(editor.doc)).toHaveLength(maxMapVersions);
    for (const c of [editor, control]) c.destroy();
  });
});
