import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/password.js';
import { createLogger } from '../../src/server/ops/logger.js';
import { workshopDetailResponse } from '../../src/server/http/apiDoc/responses.js';
import { storeKinds } from '../support/stores.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';

/** The server's JSON log lines, as a log collector would read them. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger('json', destination), lines };
}

describe.each(storeKinds)('the workshop’s language on %s (SPEC F6)', (kind) => {
  let t: TestServer;
  let cookie: string;
  let workshopId: string;
  let code: string;
  beforeAll(async () => {
    t = await startTestServer(kind);
    await t.store.createAccount({
      id: 'ac_lang',
      email: 'lang@example.org',
      name: 'Lowri',
      passwordHash: await hashPassword('a good long password'),
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
    cookie = (await api(t.base, 'POST', '/api/session', { email: 'lang@example.org', password: 'a good long password' })).cookie!;
    workshopId = (await api(t.base, 'POST', '/api/workshops', { title: 'Gweithdy Caerdydd', groups: [] }, cookie)).json.workshop.id;
    code = (await api(t.base, 'POST', `/api/workshops/${workshopId}/invites`, { role: 'participant', groupId: null }, cookie)).json.invite
      .code;
  });
  afterAll(() => t.dispose());

  const patch = (body: unknown) => api(t.base, 'PATCH', `/api/workshops/${workshopId}`, body, cookie);
  const inviteLanguage = (c: string) => api(t.base, 'GET', `/api/invites/${encodeURIComponent(c)}/language`);

  it('F6: is not set at first; the facilitator sets Welsh, the detail says so, and null sets it back', async () => {
    const first = (await api(t.base, 'GET', `/api/workshops/${workshopId}`, undefined, cookie)).json;
    expect(first.workshop.language).toBeNull();
    expect((await inviteLanguage(code)).json).toEqual({ language: null });

    const set = await patch({ language: 'cy' });
    expect(set.status).toBe(200);
    expect(workshopDetailResponse.parse(set.json).workshop.language).toBe('cy');
    expect((await api(t.base, 'GET', `/api/workshops/${workshopId}`, undefined, cookie)).json.workshop.language).toBe('cy');
    expect((await t.store.getWorkshop(workshopId))?.language).toBe('cy');
    // Other changes keep it.
    expect((await patch({ title: 'Gweithdy Caerdydd 2' })).json.workshop.language).toBe('cy');
    expect((await inviteLanguage(code)).json).toEqual({ language: 'cy' });

    expect((await patch({ language: null })).json.workshop.language).toBeNull();
    expect((await t.store.getWorkshop(workshopId))?.language).toBeUndefined();
    expect((await inviteLanguage(code)).json).toEqual({ language: null });
  });

  it('F6: a language the interface does not speak is refused, naming the ones it does, and changes nothing', async () => {
    await patch({ language: 'de' });
    for (const wrong of ['it', 'CY', 'cy-GB', '', 42]) {
      const refused = await patch({ language: wrong, title: 'Not this' });
      expect(refused.status).toBe(400);
      expect(refused.json.error.code).toBe('VALIDATION_FAILED');
      expect(refused.json.error.message).toContain(
        'language: is not a language the interface speaks: use one of en, cy, de, fr, es, or null',
      );
    }
    const after = (await api(t.base, 'GET', `/api/workshops/${workshopId}`, undefined, cookie)).json.workshop;
    expect(after.language).toBe('de');
    expect(after.title).not.toBe('Not this');
  });

  it('F6: the invite’s language answers only the language; a wrong or revoked code is refused as joining refuses it', async () => {
    await patch({ language: 'fr' });
    const answer = await inviteLanguage(code);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ language: 'fr' });

    const wrong = await inviteLanguage('not-an-invite-code');
    const join = await api(t.base, 'POST', '/api/join', { invite: 'not-an-invite-code', name: 'Nobody', organisation: '' });
    expect(wrong.status).toBe(404);
    expect(wrong.json).toEqual(join.json);
    expect(wrong.json.error.code).toBe('INVITE_NOT_FOUND');

    const revoked = (await api(t.base, 'POST', `/api/workshops/${workshopId}/invites`, { role: 'observer', groupId: null }, cookie)).json
      .invite.code as string;
    await api(t.base, 'DELETE', `/api/workshops/${workshopId}/invites/${revoked}`, {}, cookie);
    const gone = await inviteLanguage(revoked);
    expect(gone.status).toBe(410);
    expect(gone.json.error.code).toBe('INVITE_REVOKED');
  });

  it('F6: a board of the workshop says the workshop’s language, so its page opens in it; null when not set', async () => {
    const created = await api(t.base, 'POST', `/api/workshops/${workshopId}/boards`, { kind: 'ecosystem-map', title: 'Map' }, cookie);
    expect(created.status).toBe(201);
    const board = (created.json as { board: { id: string } }).board.id;
    const workshopOf = async () => (await api(t.base, 'GET', `/api/boards/${board}`, undefined, cookie)).json.workshop;
    await patch({ language: 'de' });
    expect(await workshopOf()).toEqual({ id: workshopId, title: expect.any(String), language: 'de' });
    await patch({ language: null });
    expect((await workshopOf()).language).toBeNull();
  });

  it('F6: a duplicate keeps the language', async () => {
    await patch({ language: 'es' });
    const copy = await api(t.base, 'POST', `/api/workshops/${workshopId}/duplicate`, { title: 'Copia' }, cookie);
    expect(copy.status).toBe(201);
    expect(copy.json.workshop.language).toBe('es');
  });
});

describe('a missing translation reported to the server’s log (SPEC F7)', () => {
  let t: TestServer;
  const captured = capturedLogger();
  beforeAll(async () => {
    t = await startTestServer('sqlite', { logger: captured.logger });
  });
  afterAll(() => t.dispose());

  const report = (body: unknown) => api(t.base, 'POST', '/api/client-reports/missing-translation', body);
  const missingLines = () => captured.lines.filter((l) => l.msg === 'missing translation');

  it('F7: two reports of the same message make one structured line with the locale and the key; another key makes another', async () => {
    expect((await report({ locale: 'cy', key: 'home.agenda.title' })).status).toBe(204);
    expect((await report({ locale: 'cy', key: 'home.agenda.title' })).status).toBe(204);
    expect(missingLines().map(({ locale, key }) => ({ locale, key }))).toEqual([{ locale: 'cy', key: 'home.agenda.title' }]);
    expect(missingLines()[0]?.level).toBe(40); // a warning
    await report({ locale: 'de', key: 'home.agenda.title' });
    expect(missingLines()).toHaveLength(2);
  });

  it('F7: a body that is not a language and a message key is refused with what is wrong, and logs nothing', async () => {
    const before = captured.lines.filter((l) => l.msg !== 'request completed' && l.msg !== 'incoming request').length;
    const cases: [unknown, RegExp][] = [
      [{ locale: 'it', key: 'join.title' }, /locale: is not a language the interface speaks: use one of en, cy, de, fr, es/],
      [{ locale: 'cy', key: 'not a key; rm -rf' }, /key: is not a message key/],
      [{ locale: 'cy', key: `join.${'x'.repeat(200)}` }, /key: is longer than 100 characters/],
      [{ locale: 'cy' }, /key: is not a message key/],
      [{ locale: 'cy', key: 'join.title', name: 'Jana Vogel' }, /Unrecognized key|name/],
    ];
    for (const [body, message] of cases) {
      const refused = await report(body);
      expect(refused.status).toBe(400);
      expect(refused.json.error.code).toBe('VALIDATION_FAILED');
      expect(refused.json.error.message).toMatch(message);
    }
    expect(captured.lines.filter((l) => l.msg !== 'request completed' && l.msg !== 'incoming request')).toHaveLength(before);
    expect(missingLines().some((l) => l.locale === 'it' || l.key === 'join.title')).toBe(false);
  });
});
