import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readActivity, startActivity } from '../../src/doc/control/index.js';
import { hashPassword } from '../../src/server/auth/password.js';
import { storeKinds } from '../support/stores.js';
import { acknowledged, api, openSynced, startTestServer, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

describe.each(storeKinds)('running a workshop on %s', (kind) => {
  let t: TestServer;
  let cookie: string;
  beforeAll(async () => {
    t = await startTestServer(kind);
    await t.store.createAccount({
      id: 'ac_f',
      email: 'run@example.org',
      name: 'Rae',
      passwordHash: await hashPassword('a good long password'),
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
    cookie = (await api(t.base, 'POST', '/api/session', { email: 'run@example.org', password: 'a good long password' })).cookie!;
  });
  afterAll(() => t.dispose());

  const create = async (body: object) => (await api(t.base, 'POST', '/api/workshops', body, cookie)).json;

  it('F6: GET /api/templates words the templates in ?language=, else the browser’s language, else English', async () => {
    const titles = async (path: string, headers: Record<string, string> = {}) => {
      const res = await fetch(`${t.base}${path}`, { headers });
      expect(res.headers.get('vary')).toMatch(/Accept-Language/i);
      return ((await res.json()) as { templates: { id: string; title: string; agenda: { title: string }[] }[] }).templates;
    };
    const english = await titles('/api/templates');
    const german = await titles('/api/templates?language=de');
    expect(german.map((x) => x.id)).toEqual(english.map((x) => x.id));
    expect(german[0]?.title).toBe('Open-Cities-Workshop (ganzer Tag)');
    expect(german[0]?.agenda[0]?.title).toBe('Begrüßung und Vorstellungsrunde');
    expect(german[0]?.agenda.length).toBe(english[0]?.agenda.length);
    const welsh = await titles('/api/templates', { 'accept-language': 'cy-GB,cy;q=0.9,en;q=0.5' });
    expect(welsh[0]?.title).toBe('Gweithdy dinasoedd agored (diwrnod llawn)');
    // The query wins over the browser's language; a browser asking for none we speak gets English.
    expect((await titles('/api/templates?language=en', { 'accept-language': 'de' }))[0]?.title).toBe(english[0]?.title);
    expect((await titles('/api/templates', { 'accept-language': 'ja, zh' }))[0]?.title).toBe('Open cities workshop (full day)');
    const refused = await api(t.base, 'GET', '/api/templates?language=xx');
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe('VALIDATION_FAILED');
  });

  it('a workshop from the full-day template has its agenda and one board per group per group activity', async () => {
    const templates = (await api(t.base, 'GET', '/api/templates')).json.templates;
    expect(templates.map((x: { title: string }) => x.title)).toEqual([
      'Open cities workshop (full day)',
      'Data ecosystem mapping (2 hours)',
      'Data ethics canvas (90 minutes)',
    ]);
    const w = await create({ title: 'Harbour data day', template: 'open-cities-full-day', groups: ['Red', 'Blue'] });
    expect(w.workshop.agenda.map((a: { id: string }) => a.id)).toContain('mapping');
    const byActivity = (id: string) =>
      w.boards.filter((b: { activityId: string }) => b.activityId === id).map((b: { kind: string }) => b.kind);
    expect(byActivity('mapping')).toEqual(['ecosystem-map', 'ecosystem-map']);
    expect(byActivity('ethics')).toEqual(['ethics-canvas', 'ethics-canvas']);
    expect(byActivity('reflect')).toEqual(['reflection', 'reflection']);
    expect(w.controlDocId).toMatch(/^ctl_/);
    expect(w.boards.some((b: { id: string }) => b.id === w.controlDocId)).toBe(false);
    const unknown = await api(t.base, 'POST', '/api/workshops', { title: 'X', template: 'nope' }, cookie);
    expect(unknown.json.error.message).toMatch(/^template: no template "nope"/);
  });

  it('F6: a workshop made in German has the template’s agenda and its boards’ titles in German; English stays as it was', async () => {
    const german = await create({
      title: 'Hafentag',
      template: 'open-cities-full-day',
      groups: ['Gruppe 1', 'Gruppe 2'],
      textLanguage: 'de',
    });
    expect(german.workshop.agenda.map((a: { id: string; title: string }) => [a.id, a.title]).slice(0, 3)).toEqual([
      ['welcome', 'Begrüßung und Vorstellungsrunde'],
      ['intro', 'Open Cities und Datenökosysteme'],
      ['mapping', 'Das Datenökosystem kartieren'],
    ]);
    expect(german.workshop.language).toBeNull(); // the words' language is not the workshop's
    expect(german.boards.filter((b: { activityId: string }) => b.activityId === 'mapping').map((b: { title: string }) => b.title)).toEqual([
      'Das Datenökosystem kartieren — Gruppe 1',
      'Das Datenökosystem kartieren — Gruppe 2',
    ]);
    // Without an agenda, boards are named by their kind in the workshop's language, which is kept (SPEC F6).
    const welsh = await create({ title: 'Diwrnod data', groups: ['Grŵp 1'], language: 'cy' });
    expect(welsh.workshop.language).toBe('cy');
    expect(welsh.boards.map((b: { title: string }) => b.title).sort()).toEqual([
      'Cynfas moeseg data — Grŵp 1',
      'Map ecosystem — Grŵp 1',
      'Myfyrdod — Grŵp 1',
    ]);
    const english = await create({ title: 'Harbour', groups: ['Red'], language: null, textLanguage: 'en' });
    expect(english.boards.map((b: { title: string }) => b.title).sort()).toEqual([
      'Data ethics canvas — Red',
      'Ecosystem map — Red',
      'Reflection — Red',
    ]);
    const refused = await api(t.base, 'POST', '/api/workshops', { title: 'X', textLanguage: 'xx' }, cookie);
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toMatch(/^textLanguage: is not a language the interface speaks/);
  });

  it('editing the agenda makes the boards a new activity needs, and keeps the others', async () => {
    const w = await create({ title: 'Agenda edit', groups: ['A', 'B'], boardsPerGroup: [] });
    expect(w.boards).toHaveLength(0);
    const agenda = [
      { id: 'map', title: 'Mapping', kind: 'ecosystem-mapping', minutes: 45 },
      { id: 'talk', title: 'Talk', kind: 'plenary', minutes: 10 },
    ];
    const after = (await api(t.base, 'PUT', `/api/workshops/${w.workshop.id}/agenda`, { agenda }, cookie)).json;
    expect(after.boards.map((b: { title: string }) => b.title)).toEqual(['Mapping — A', 'Mapping — B']);
    const again = (await api(t.base, 'PUT', `/api/workshops/${w.workshop.id}/agenda`, { agenda }, cookie)).json;
    expect(again.boards.map((b: { id: string }) => b.id)).toEqual(after.boards.map((b: { id: string }) => b.id));
    const bad = await api(t.base, 'PUT', `/api/workshops/${w.workshop.id}/agenda`, { agenda: [{ ...agenda[0], minutes: 0 }] }, cookie);
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/minutes/);
  });

  it('automatic groups spread each organisation across groups', async () => {
    const w = await create({ title: 'Mixing', template: 'data-ecosystem-mapping' });
    const invite = (await api(t.base, 'GET', `/api/workshops/${w.workshop.id}/invites`, undefined, cookie)).json.invites.find(
      (i: { role: string }) => i.role === 'participant',
    ).code;
    const orgs = ['Council', 'Council', 'Council', 'Council', 'Fire service', 'Fire service', 'University', 'Community group'];
    for (const [i, organisation] of orgs.entries()) await api(t.base, 'POST', '/api/join', { invite, name: `P${i}`, organisation });
    const split = (await api(t.base, 'POST', `/api/workshops/${w.workshop.id}/groups/assign`, { groupCount: 2 }, cookie)).json;
    expect(split.groups).toHaveLength(2);
    const inGroup = (g: string, org: string) =>
      split.participants.filter((p: { groupId: string; organisation: string }) => p.groupId === g && p.organisation === org).length;
    for (const g of split.groups) {
      expect(inGroup(g.id, 'Council')).toBe(2);
      expect(inGroup(g.id, 'Fire service')).toBe(1);
      expect(split.participants.filter((p: { groupId: string }) => p.groupId === g.id)).toHaveLength(4);
    }
    // The shared map made before there were groups stays; each new group gets its own.
    expect(split.boards.filter((b: { kind: string; groupId: string | null }) => b.kind === 'ecosystem-map' && b.groupId)).toHaveLength(2);
    const moved = await api(
      t.base,
      'PUT',
      `/api/workshops/${w.workshop.id}/participants/${split.participants[0].id}/group`,
      { groupId: split.groups[1].id },
      cookie,
    );
    expect(moved.json.participants[0].groupId).toBe(split.groups[1].id);
  });

  it('A8: facilitators steer the control document; participants and observers follow it read-only', async () => {
    const w = await create({ title: 'Live', template: 'data-ecosystem-mapping', groups: ['One'] });
    const invites = (await api(t.base, 'GET', `/api/workshops/${w.workshop.id}/invites`, undefined, cookie)).json.invites;
    const tokenFor = async (role: string) =>
      (
        await api(t.base, 'POST', '/api/join', {
          invite: invites.find((i: { role: string }) => i.role === role).code,
          name: role,
          organisation: '',
        })
      ).json.token;
    const facilitator = await openSynced(t.collabUrl, w.controlDocId, await tokenFor('facilitator'));
    const participant = await openSynced(t.collabUrl, w.controlDocId, await tokenFor('participant'));
    const observer = await openSynced(t.collabUrl, w.controlDocId, await tokenFor('observer'));
    startActivity(facilitator.doc, { id: 'mapping', minutes: 60 }, Date.now());
    await acknowledged(facilitator);
    await waitFor('participant to follow', () => readActivity(participant.doc)?.activityId === 'mapping');
    await waitFor('observer to follow', () => readActivity(observer.doc)?.activityId === 'mapping');
    startActivity(participant.doc, { id: 'hijack', minutes: 5 }, Date.now());
    await waitFor('the dropped edit to be logged', () =>
      t.logs.some((l) => l.includes(`dropped an edit to read-only ${w.controlDocId} from participant`)),
    );
    const fresh = await openSynced(t.collabUrl, w.controlDocId, await tokenFor('participant'));
    expect(readActivity(fresh.doc)?.activityId).toBe('mapping');
    expect(readActivity(facilitator.doc)?.activityId).toBe('mapping');
    for (const c of [facilitator, participant, observer, fresh]) c.destroy();
  });

  it('only facilitators change the agenda or groups', async () => {
    const w = await create({ title: 'Guarded', groups: ['G'] });
    const invite = (await api(t.base, 'GET', `/api/workshops/${w.workshop.id}/invites`, undefined, cookie)).json.invites.find(
      (i: { role: string }) => i.role === 'participant',
    ).code;
    const p = await api(t.base, 'POST', '/api/join', { invite, name: 'Pat', organisation: 'X' });
    expect((await api(t.base, 'PUT', `/api/workshops/${w.workshop.id}/agenda`, { agenda: [] }, p.cookie!)).status).toBe(403);
    expect((await api(t.base, 'POST', `/api/workshops/${w.workshop.id}/groups/assign`, { groupCount: 2 }, p.cookie!)).status).toBe(403);
    expect((await api(t.base, 'PATCH', `/api/workshops/${w.workshop.id}`, { title: 'Mine now' }, p.cookie!)).status).toBe(403);
  });
});
