import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initCanvasDoc, writeCanvasToDoc } from '../../src/doc/canvas/index.js';
import { initBoardDoc } from '../../src/doc/index.js';
import { writeMapToDoc } from '../../src/doc/map/index.js';
import { addReflectionNote, initReflectionDoc } from '../../src/doc/reflection/index.js';
import { readCanvasFile } from '../../src/domain/canvas/index.js';
import { escapeXml } from '../../src/domain/render/xml.js';
import { boardCatalogue } from '../../src/server/i18n/boardCatalogues.js';
import { readMapFile } from '../../src/domain/map/index.js';
import { hashPassword } from '../../src/server/auth/password.js';
import type { Workshop } from '../../src/domain/index.js';
import type { Store } from '../../src/server/store/Store.js';
import { storeKinds } from '../support/stores.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';

/** SPEC U1–U8: a published project page, checked from outside over HTTP, on every store. */

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'ecosystem-map.schema.json'), 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

/** Strings that must never reach a public page (U4). */
const never = {
  participant: 'Patricia Participantova',
  reflection: 'Reflection: the facilitator talked too fast',
  privateNote: 'Private note: the vendor keeps raw copies',
  otherProjectActor: 'Parking Enforcement Contractor',
  actionOwner: 'Owner Olaf Ownerson',
  noteAuthor: 'Norbert Noteauthor',
};

async function writeBoard(store: Store, boardId: string, fill: (doc: Y.Doc) => void): Promise<void> {
  const doc = new Y.Doc();
  fill(doc);
  await store.appendUpdates(boardId, [Y.encodeStateAsUpdate(doc)]);
}

async function text(base: string, path: string, init?: RequestInit) {
  const res = await fetch(`${base}${path}`, { redirect: 'manual', ...init });
  const header = (name: string) => res.headers.get(name) ?? '';
  return { status: res.status, body: await res.text(), type: header('content-type'), location: res.headers.get('location'), header };
}

describe.each(storeKinds)('a published project page on %s', (kind) => {
  let t: TestServer;
  let fac = '';
  let w = '';
  let air = '';
  let parking = '';
  const boards = { airMap: '', airCanvas: '', airReflection: '', parkingMap: '' };
  let pub = '';

  beforeAll(async () => {
    t = await startTestServer(kind, { rateLimits: { commentPerAddress: { max: 1000, windowMs: 60_000 } } });
    await t.store.createAccount({
      id: 'ac_pub',
      email: 'fac@example.org',
      name: 'Fay',
      passwordHash: await hashPassword('correct horse battery'),
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
    fac = (await api(t.base, 'POST', '/api/session', { email: 'fac@example.org', password: 'correct horse battery' })).cookie ?? '';
    const made = (
      await api(
        t.base,
        'POST',
        '/api/workshops',
        { title: 'Public test', template: 'open-cities-full-day', groups: ['One', 'Two'], projects: ['Air quality sensing', 'Parking'] },
        fac,
      )
    ).json;
    w = made.workshop.id;
    const groups = made.groups as { id: string; projectId: string }[];
    [air, parking] = [groups[0]!.projectId, groups[1]!.projectId];
    const find = (k: string, groupId: string) =>
      (made.boards as { id: string; kind: string; groupId: string }[]).find((b) => b.kind === k && b.groupId === groupId)!.id;
    boards.airMap = find('ecosystem-map', groups[0]!.id);
    boards.airReflection = find('reflection', groups[0]!.id);
    boards.parkingMap = find('ecosystem-map', groups[1]!.id);
    boards.airCanvas = find('ethics-canvas', groups[0]!.id);
    pub = `/api/workshops/${w}/projects/${air}/publication`;

    const code = (await api(t.base, 'POST', `/api/workshops/${w}/invites`, { role: 'participant', groupId: groups[0]!.id }, fac)).json
      .invite.code;
    await api(t.base, 'POST', '/api/join', { invite: code, name: never.participant, organisation: 'Council' });

    const map = readMapFile(readFileSync(join(fixtures, 'ecosystem-map', 'v1-air-quality.json'), 'utf8'));
    const canvas = readCanvasFile(readFileSync(join(fixtures, 'ethics-canvas', 'v1-air-quality.json'), 'utf8'));
    if (!map.ok || !canvas.ok) throw new Error('fixtures must load');
    map.map.actors[1]!.name = '<b>AirSense</b> Ltd';
    map.map.notes.push({ id: 'secret', text: never.privateNote, author: never.noteAuthor });
    canvas.canvas.sections.find((s) => s.id === 'actions')!.actions[0]!.owner = never.actionOwner;
    await writeBoard(t.store, boards.airMap, (doc) => {
      initBoardDoc(doc, 'ecosystem-map');
      writeMapToDoc(doc, map.map);
    });
    await writeBoard(t.store, boards.airCanvas, (doc) => {
      initCanvasDoc(doc);
      writeCanvasToDoc(doc, canvas.canvas);
    });
    await writeBoard(t.store, boards.airReflection, (doc) => {
      initReflectionDoc(doc);
      addReflectionNote(
        doc,
        { id: 'r1', text: never.reflection, column: 'change', createdAt: new Date().toISOString() },
        { anonymousClientId: 4242 },
      );
    });
    await writeBoard(t.store, boards.parkingMap, (doc) => {
      initBoardDoc(doc, 'ecosystem-map');
      writeMapToDoc(doc, {
        title: 'Parking',
        actors: [{ id: 'p1', name: never.otherProjectActor, roles: [], tags: [] }],
        datasets: [],
        flows: [],
        notes: [],
      });
    });
  });
  afterAll(() => t?.dispose());

  const choice = () => ({
    mapBoardId: boards.airMap,
    canvasBoardId: boards.airCanvas,
    actionIds: ['a3'],
    sectionIds: ['actions', 'sharing'],
  });
  const expectNothingPrivate = (body: string) => {
    for (const [what, s] of Object.entries(never)) expect(body.includes(s), `${what} leaked`).toBe(false);
  };

  it('U2: the preview is the page the public gets, under a banner, and publishes nothing', async () => {
    const q = `map=${boards.airMap}&canvas=${boards.airCanvas}&actions=a3&sections=actions,sharing`;
    const preview = await text(t.base, `${pub}/preview?${q}`, { headers: { cookie: fac } });
    expect(preview.status, preview.body).toBe(200);
    expect(preview.body).toContain('Preview: this is what the public will see');
    expect(preview.body).toContain('City Council');
    expectNothingPrivate(preview.body);
    expect((await text(t.base, '/p/air-quality-sensing')).status).toBe(404);
  });

  it('U1, U3, U4: the page holds the actors, flows and datasets, the chosen action, and nothing private', async () => {
    const put = await api(t.base, 'PUT', pub, choice(), fac);
    expect(put.status, JSON.stringify(put.json)).toBe(200);
    expect(put.json.publication.slug).toBe('air-quality-sensing');
    const listed = await api(t.base, 'GET', pub, undefined, fac);
    expect(listed.json.publication).toMatchObject({ slug: 'air-quality-sensing', actionIds: ['a3'], sectionIds: ['actions', 'sharing'] });
    expect(listed.json.choices.maps.map((m: { id: string }) => m.id)).toEqual([boards.airMap]);
    const page = await text(t.base, '/p/air-quality-sensing');
    expect(page.status).toBe(200);
    expect(page.type).toContain('text/html');
    // The form's POST must carry the page's origin (S1): same-origin here; the app's own pages stay no-referrer.
    expect(page.header('referrer-policy')).toBe('same-origin');
    expect(page.header('content-security-policy')).toContain("script-src 'self'");
    expect((await text(t.base, '/api/me')).header('referrer-policy')).toBe('no-referrer');
    for (const s of [
      'City Council',
      'Environment Agency',
      'Sensor readings',
      'Asthma admissions study',
      'Ask the vendor to delete raw copies',
    ])
      expect(page.body).toContain(s);
    expect(page.body).toContain('&lt;b&gt;AirSense&lt;/b&gt; Ltd');
    expect(page.body).not.toContain('<b>AirSense');
    expect(page.body).not.toContain('<script');
    expect(page.body).toContain('<img src="data:image/svg+xml');
    expect(page.body).not.toContain('Add the east-side gap'); // an action not chosen
    expectNothingPrivate(page.body);
    expectNothingPrivate(decodeURIComponent(page.body));
  });

  it('U6: the JSON is an ecosystem-map file that validates, with the same actors and datasets, and nothing private', async () => {
    const file = await text(t.base, '/p/air-quality-sensing.json');
    expect(file.status).toBe(200);
    const json = JSON.parse(file.body);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.format).toBe('opencities/ecosystem-map');
    expect(json.actors.map((a: { name: string }) => a.name)).toContain('Environment Agency');
    expect(json.datasets).toHaveLength(4);
    expect(json.notes).toEqual([]);
    expectNothingPrivate(file.body);
  });

  it('U5: the page is a snapshot: a change to the live board shows only once published again', async () => {
    await writeBoard(t.store, boards.airMap, (doc) => {
      writeMapToDoc(doc, {
        title: 'x',
        actors: [{ id: 'new', name: 'Freshly Added Actor', roles: [], tags: [] }],
        datasets: [],
        flows: [],
        notes: [],
      });
    });
    expect((await text(t.base, '/p/air-quality-sensing')).body).not.toContain('Freshly Added Actor');
    expect((await api(t.base, 'PUT', pub, choice(), fac)).status).toBe(200);
    expect((await text(t.base, '/p/air-quality-sensing')).body).toContain('Freshly Added Actor');
  });

  it('U7: a comment shows only once approved, its markup as text; a robot filling the honeypot is refused', async () => {
    const form = (fields: Record<string, string>) => ({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: t.base },
      body: new URLSearchParams(fields).toString(),
    });
    const sent = await text(
      t.base,
      '/p/air-quality-sensing/comments',
      form({ name: 'Vi', text: '<img src=x onerror=alert(1)> Who pays?' }),
    );
    expect(sent.status).toBe(303);
    expect(sent.location).toBe('/p/air-quality-sensing?sent=1#pp-comments');
    expect((await text(t.base, '/p/air-quality-sensing?sent=1')).body).toContain('once a facilitator has approved it');
    expect((await text(t.base, '/p/air-quality-sensing')).body).not.toContain('Who pays?');
    const robot = await text(t.base, '/p/air-quality-sensing/comments', form({ text: 'Buy now', website: 'http://spam.example' }));
    expect(robot.status).toBe(400);
    const empty = await text(t.base, '/p/air-quality-sensing/comments', form({ text: '' }));
    expect(empty.status).toBe(400);
    expect(empty.body).toContain('Not sent: text: is required');
    const tooLong = await text(t.base, '/p/air-quality-sensing/comments', form({ text: 'x'.repeat(2001) }));
    expect(tooLong.body).toContain('longer than 2000 characters');

    const listed = await api(t.base, 'GET', pub, undefined, fac);
    expect(listed.json.comments).toHaveLength(1);
    const [comment] = listed.json.comments;
    expect(comment.approvedAt).toBeNull();
    // U9: the workshop's summary says the project is published, where, and that one comment waits.
    const summary = async () => (await api(t.base, 'GET', `/api/workshops/${w}/publications`, undefined, fac)).json.publications;
    expect(await summary()).toEqual([{ projectId: air, slug: 'air-quality-sensing', publishedAt: expect.any(String), waitingComments: 1 }]);
    expect((await api(t.base, 'GET', `/api/workshops/${w}/publications`)).status).toBe(401);
    expect((await api(t.base, 'PATCH', `${pub}/comments/${comment.id}`, { approved: true })).status).toBe(401);
    expect((await api(t.base, 'PATCH', `${pub}/comments/${comment.id}`, { approved: true }, fac)).status).toBe(200);
    expect((await summary())[0].waitingComments).toBe(0);
    const page = (await text(t.base, '/p/air-quality-sensing')).body;
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; Who pays?');
    expect(page).not.toContain('<img src=x');
    expect((await api(t.base, 'DELETE', `${pub}/comments/${comment.id}`, undefined, fac)).status).toBe(204);
    expect((await text(t.base, '/p/air-quality-sensing')).body).not.toContain('Who pays?');
  });

  it('U8: a facilitator changes the slug: the old one stops at once; a taken one is refused', async () => {
    expect((await api(t.base, 'PUT', pub, { ...choice(), slug: 'clean-air' }, fac)).json.publication.slug).toBe('clean-air');
    expect((await text(t.base, '/p/air-quality-sensing')).status).toBe(404);
    expect((await text(t.base, '/p/clean-air')).status).toBe(200);
    const other = `/api/workshops/${w}/projects/${parking}/publication`;
    const taken = await api(t.base, 'PUT', other, { mapBoardId: boards.parkingMap, slug: 'clean-air' }, fac);
    expect(taken.status).toBe(409);
    expect(taken.json.error.code).toBe('SLUG_TAKEN');
    // U4: a board of another project is refused, naming the field.
    const wrong = await api(t.base, 'PUT', other, { mapBoardId: boards.airMap }, fac);
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.message).toContain('mapBoardId');
  });

  it('U5: unpublishing gives 404 at once, a plain page saying so, and the JSON 404 too', async () => {
    expect((await api(t.base, 'DELETE', pub, undefined, fac)).status).toBe(204);
    const gone = await text(t.base, '/p/clean-air');
    expect(gone.status).toBe(404);
    expect(gone.body).toContain('This page is not published');
    expect((await text(t.base, '/p/clean-air.json')).status).toBe(404);
    expect((await api(t.base, 'DELETE', pub, undefined, fac)).status).toBe(404);
  });
});

describe('comments on a public page are limited (SPEC U7)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('sqlite', { rateLimits: { commentPerAddress: { max: 2, windowMs: 60_000 } } });
    const workshop: Workshop = {
      id: 'w_lim',
      title: 'Limits',
      description: '',
      meetingLink: null,
      ownerId: null,
      agenda: [],
      createdAt: new Date().toISOString(),
    };
    await t.store.createWorkshop(workshop);
    await t.store.createProject({ id: 'pr_lim', workshopId: 'w_lim', title: 'Limits' });
    await t.store.putPublicPage({
      id: 'pp_lim',
      workshopId: 'w_lim',
      projectId: 'pr_lim',
      mapBoardId: 'none',
      canvasBoardId: null,
      sectionIds: [],
      actionIds: [],
      snapshot: {
        slug: 'limits',
        title: 'Limits',
        map: { title: 'Limits', actors: [], datasets: [], flows: [], notes: [] },
        canvas: null,
        publishedAt: new Date().toISOString(),
      },
    });
  });
  afterAll(() => t?.dispose());

  it('refuses an oversized form with 413 and the third comment an hour from one address with 429, each as the page saying why', async () => {
    const post = (body: string) =>
      fetch(`${t.base}/p/limits/comments`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    const tooLong = await post(new URLSearchParams({ text: 'x'.repeat(20_000) }).toString());
    expect(tooLong.status).toBe(413);
    expect(tooLong.headers.get('content-type')).toContain('text/html');
    const tooLongPage = await tooLong.text();
    expect(tooLongPage).toContain('<h1>Limits</h1>');
    expect(tooLongPage).toContain('Not sent: a comment needs some text, at most 2,000 characters');
    expect((await post('text=One')).status).toBe(303);
    const tooMany = await post('text=Two');
    expect(tooMany.status).toBe(429);
    expect(tooMany.headers.get('content-type')).toContain('text/html');
    expect(await tooMany.text()).toContain('Not sent: many comments have come from this address just now.');
    // An API client still gets the error as JSON.
    const asJson = await fetch(`${t.base}/p/limits/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Three' }),
    });
    expect(asJson.status).toBe(429);
    expect(((await asJson.json()) as { error: { code: string } }).error.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await t.store.listPublicComments('pp_lim', false)).map((c) => c.text)).toEqual(['One']);
  });
});

describe('a public page in its workshop’s language (SPEC U11)', () => {
  let t: TestServer;
  const publishedAt = '2026-12-07T10:00:00.000Z';

  async function pageIn(id: string, language: Workshop['language']): Promise<void> {
    await t.store.createWorkshop({
      id,
      title: id,
      description: '',
      meetingLink: null,
      ownerId: null,
      agenda: [],
      createdAt: publishedAt,
      ...(language ? { language } : {}),
    });
    await t.store.createProject({ id: `pr_${id}`, workshopId: id, title: id });
    await t.store.putPublicPage({
      id: `pp_${id}`,
      workshopId: id,
      projectId: `pr_${id}`,
      mapBoardId: 'none',
      canvasBoardId: null,
      sectionIds: [],
      actionIds: [],
      snapshot: {
        slug: id,
        title: 'Ansawdd aer',
        map: {
          title: 'Air',
          actors: [
            { id: 'a', name: 'Cyngor Gwynedd', type: 'public', roles: ['steward'], tags: [] },
            { id: 'b', name: 'Synwyryddion Cyf', roles: [], tags: [] },
          ],
          datasets: [{ id: 'd', name: 'Darlleniadau', heldBy: [], sensitivity: 'personal', deidentification: 'pseudonymised' }],
          flows: [{ id: 'f', from: 'b', to: 'a', kind: 'data', dataset: 'd', access: 'shared' }],
          notes: [],
        },
        canvas: { sections: [{ id: 'data-sources', status: 'action-needed' }], actions: [] },
        publishedAt,
      },
    });
  }

  beforeAll(async () => {
    t = await startTestServer('sqlite');
    await pageIn('w-cy', 'cy');
    await pageIn('w-unset', undefined);
  });
  afterAll(() => t?.dispose());

  it('a workshop set to Welsh publishes in Welsh, whatever the visitor’s browser asks for', async () => {
    const page = await text(t.base, '/p/w-cy', { headers: { 'accept-language': 'de-DE,de;q=0.9' } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="cy">');
    expect(page.body).toContain('Yr ecosystem data');
    expect(page.body).toContain('Cyhoeddwyd ar 7 Rhagfyr 2026.');
    expect(page.body).toContain('alt="Map yr ecosystem data: 2 actor a 1 llif, wedi’u rhestru isod."');
    // The words it shares with the boards, as the boards say them in Welsh (the catalogues' own).
    const welsh = boardCatalogue('cy');
    for (const key of [
      'map.kind.actorType.public',
      'map.kind.role.steward',
      'map.kind.flow.data',
      'map.kind.access.shared',
      'map.kind.sensitivity.personal',
      'map.kind.deidentification.pseudonymised',
      'canvas.section.dataSources.title',
      'canvas.status.actionNeeded',
      'canvas.credit',
    ] as const)
      expect(page.body, key).toContain(escapeXml(welsh(key)));
    // The map picture too: its legend and cards (SPEC F10), in the image's data address.
    const picture = decodeURIComponent(/src="data:image\/svg\+xml;charset=utf-8,([^"]+)"/.exec(page.body)?.[1] ?? '');
    expect(picture).toContain('>Allwedd<');
    expect(picture).toContain('>Math o sefydliad<');
    expect(picture).toContain(`>${escapeXml(welsh('map.kind.actorType.public'))}<`);
    expect(picture).not.toMatch(/>Legend<|>Public sector<|Ecosystem map/);
    for (const english of [
      'The data ecosystem',
      'Questions and comments',
      'Published on',
      'Your name (optional)',
      'Public sector',
      'Data steward',
      'Pseudonymised',
      'Data sources',
      'Action needed',
      'Structure adapted',
    ])
      expect(page.body).not.toContain(english);
    const refused = await text(t.base, '/p/w-cy/comments', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'text=',
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('Heb ei anfon: mae angen testun ar sylw');
  });

  it('a workshop with no language set follows the visitor’s browser, else English; a missing page too', async () => {
    const french = await text(t.base, '/p/w-unset', { headers: { 'accept-language': 'fr-CH;q=0.9, de;q=0.8' } });
    expect(french.body).toContain('<html lang="fr">');
    expect(french.body).toContain('Publié le 7 décembre 2026.');
    const english = await text(t.base, '/p/w-unset', { headers: { 'accept-language': 'ja, nl' } });
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Published on 7 December 2026.');
    const missing = await text(t.base, '/p/no-such-page', { headers: { 'accept-language': 'es-ES,es;q=0.9' } });
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<html lang="es">');
    expect(missing.body).toContain('Esta página no está publicada');
  });
});
