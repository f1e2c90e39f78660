import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addQuickNote, readQuickNotes } from '../../src/doc/index.js';
import { addNote, readCanvas } from '../../src/doc/canvas/index.js';
import { addMapNote, readMap } from '../../src/doc/map/index.js';
import { addReflectionNote, readReflection } from '../../src/doc/reflection/index.js';
import { hashPassword } from '../../src/server/auth/password.js';
import { loadBoardDoc } from '../../src/server/services/boardDoc.js';
import { account, board, group, invite, workshop } from '../contract/storeFixtures.js';
import { acknowledged, api, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';
import { storeKinds, testStore } from '../support/stores.js';

/** A real SMTP server in this process (smtp-server) that keeps what it receives. */
async function startSmtp(): Promise<{ url: string; received: { to: string[]; raw: string }[]; close: () => Promise<void> }> {
  const received: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('SPEC K3: the owner is warned through a real SMTP server', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let t: TestServer;
  beforeAll(async () => {
    smtp = await startSmtp();
    const handle = testStore('sqlite');
    const store = await handle.open();
    await store.createAccount(account('ac_owner', { email: 'owner@example.org' }));
    await store.createAccount(account('ac_other', { email: 'other@example.org' }));
    await store.createWorkshop(workshop('w_old', { ownerId: 'ac_owner', title: 'Air quality day' }));
    await store.close();
    t = await startTestServer(
      'sqlite',
      {
        now: () => new Date('2027-01-01T09:00:00.000Z'),
        smtpUrl: smtp.url,
        mailFrom: 'Studio <studio@example.org>',
        publicUrl: 'https://studio.example.org',
      },
      handle,
    );
  });
  afterAll(async () => {
    await t.dispose();
    await smtp.close();
  });

  it('the owner alone gets one e-mail naming the workshop, the date, and what to do; the workshop stays', async () => {
    const mail = await waitFor('the warning e-mail', () => smtp.received[0]);
    expect(mail.to).toEqual(['owner@example.org']);
    // Warned now (2027-01-01) for a date already past: deleted no sooner than 14 days on.
    expect(mail.raw).toMatch(/Subject: =\?UTF-8\?Q\?Your_workshop_=22Air_quality_day=22_will/);
    const body = mail.raw.replace(/=\r\n/g, '');
    expect(body).toContain('it will be deleted on 15 January 2027');
    expect(body).toContain('https://studio.example.org/w/w_old');
    expect(body).toMatch(/export what you need/);
    expect(smtp.received).toHaveLength(1);
    expect(await t.store.getWorkshop('w_old')).not.toBeNull();
    const home = await api(t.base, 'GET', '/api/retention-policy');
    expect(home.json.defaultMonths).toBe(12);
  });
});

describe.each(storeKinds)('SPEC K6: a participant removes their name (%s)', (kind) => {
  let t: TestServer;
  let facilitator: string;
  const name = 'Zoë Unforgettable-Name';
  const org = 'Very Particular Org';

  beforeAll(async () => {
    t = await startTestServer(kind);
    await t.store.createAccount({ ...account('ac_owner'), passwordHash: await hashPassword('correct horse battery') });
    facilitator =
      (await api(t.base, 'POST', '/api/session', { email: 'ac_owner@example.org', password: 'correct horse battery' })).cookie ?? '';
    await t.store.createWorkshop(workshop('w1', { ownerId: 'ac_owner' }));
    await t.store.createGroup(group('g1', 'w1', 1));
    await t.store.createInvite(invite('inv-g1', 'w1', { groupId: 'g1' }));
    for (const kind of ['ecosystem-map', 'ethics-canvas', 'reflection'] as const)
      await t.store.createBoard(board(`b-${kind}`, 'w1', { kind, groupId: 'g1' }));
  });
  afterAll(() => t.dispose());

  it('blanks the member row and every note’s author, live for connected pages, keeps the notes, and the report names nobody', async () => {
    const joined = await api(t.base, 'POST', '/api/join', { invite: 'inv-g1', name, organisation: org });
    expect(joined.status).toBe(200);
    const me = joined.json.participant.id as string;
    const other = await api(t.base, 'POST', '/api/join', { invite: 'inv-g1', name: 'Ola', organisation: 'Fire' });
    const clients: BoardClient[] = [];
    try {
      const map = await openSynced(t.collabUrl, 'b-ecosystem-map', joined.json.token);
      const canvas = await openSynced(t.collabUrl, 'b-ethics-canvas', joined.json.token);
      const reflection = await openSynced(t.collabUrl, 'b-reflection', joined.json.token);
      clients.push(map, canvas, reflection);
      addQuickNote(map.doc, { id: 'q1', text: 'A quick note', author: name });
      addQuickNote(map.doc, { id: 'q2', text: 'Ola’s note', author: 'Ola' });
      addMapNote(map.doc, { id: 'm1', text: 'A map note', kind: 'issue', author: name });
      expect(addNote(canvas.doc, { id: 'c1', text: 'A canvas note', section: 'data-sources', author: name, createdBy: me }).ok).toBe(true);
      addReflectionNote(reflection.doc, { id: 'r1', text: 'Keep this', column: 'keep', author: me, createdAt: '2027-01-01T09:00:00.000Z' });
      for (const c of clients) await acknowledged(c);

      // Not for someone who has no name on a workshop.
      expect((await api(t.base, 'POST', '/api/me/remove-name', undefined, facilitator)).status).toBe(403);
      expect((await api(t.base, 'POST', '/api/me/remove-name')).status).toBe(401);

      const r = await api(t.base, 'POST', '/api/me/remove-name', undefined, joined.cookie ?? '');
      expect(r.status).toBe(200);
      expect(r.json).toMatchObject({ participant: { id: me, name: '', organisation: '' }, notesWithoutAuthor: 4 });

      // The open pages see it at once; the notes stay.
      await waitFor('the map page to lose the author', () => readMap(map.doc).map.notes.every((n) => n.author === undefined));
      expect(readQuickNotes(map.doc).map((n) => [n.text, n.author])).toEqual([
        ['A quick note', ''],
        ['Ola’s note', 'Ola'],
      ]);
      await waitFor('the canvas page', () =>
        readCanvas(canvas.doc)
          .sections.flatMap((s) => s.notes)
          .every((n) => n.author === undefined),
      );
      await waitFor('the reflection page', () => readReflection(reflection.doc).keep.every((n) => n.author === undefined));
      expect(readReflection(reflection.doc).keep.map((n) => n.text)).toEqual(['Keep this']);

      // The member row, as the facilitators and the store see it.
      const people = await t.store.listParticipants('w1');
      expect(people.find((p) => p.id === me)).toMatchObject({ name: '', organisation: '' });
      expect(people.find((p) => p.id === other.json.participant.id)).toMatchObject({ name: 'Ola' });
      // Stored: a later load has no author either.
      const stored = await loadBoardDoc(t.store, 'b-ethics-canvas', () => {});
      expect(JSON.stringify(readCanvas(stored))).not.toContain(name);

      const report = await api(
        t.base,
        'GET',
        '/api/workshops/w1/report?format=md&zip=false&includeNames=true&includeReflection=true',
        undefined,
        facilitator,
      );
      expect(report.status).toBe(200);
      const text = JSON.stringify(report.json) + (report.json === null ? await reportText(t, facilitator) : '');
      expect(text).not.toContain(name);
      expect(text).not.toContain(org);
      expect(text).toContain('Ola');
    } finally {
      for (const c of clients) c.destroy();
    }
  });
});

async function reportText(t: TestServer, cookie: string): Promise<string> {
  const res = await fetch(`${t.base}/api/workshops/w1/report?format=md&zip=false&includeNames=true&includeReflection=true`, {
    headers: { cookie },
  });
  return res.text();
}
