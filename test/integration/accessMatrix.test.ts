import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/server/auth/password.js';
import {
  boardRoutes,
  boards,
  credentialRoutes,
  roles,
  serverRoutes,
  workshopRoutes,
  type BoardName,
  type Outcome,
  type Role,
} from '../support/accessMatrix.js';
import { booking } from '../contract/bookingFixtures.js';
import { storeKinds } from '../support/stores.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';

/**
 * The access matrix (SPEC A1–A14, docs/api.md): every role, signed in through the real routes,
 * against every HTTP route the server has, and every board-addressed route against eight kinds
 * of board. The tables in test/support/accessMatrix.ts are the spec; a route added later without a row fails the first
 * test. Only status codes are compared; a few refused writes also check that nothing changed.
 *
 * On each store: who may do what is read from the current records (A10), so the store's answers
 * are part of it.
 */

const mapFile = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'ecosystem-map', 'v1-air-quality.json'));
const password = 'a good long password for the matrix';

describe.each(storeKinds)('the access matrix on %s', (kind) => {
  let t: TestServer;
  const cookies = {} as Record<Role, string | undefined>;
  const boardIds = {} as Record<BoardName, string>;
  let workshopId = '';
  let group1 = '';
  let group2 = '';
  let agenda: unknown[] = [];
  const accountIds: Record<string, string> = {};

  const call = async (method: string, path: string, role: Role, body?: unknown) =>
    (await api(t.base, method, path, body, cookies[role])).status;
  const asOwner = async (method: string, path: string, body?: unknown) => {
    const res = await api(t.base, method, path, body, cookies.owner);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.json)}`);
    return res.json;
  };
  const signIn = async (id: string, email: string, isAdmin = false) => {
    await t.store.createAccount({
      id,
      email,
      name: id,
      passwordHash: await hashPassword(password),
      isAdmin,
      createdAt: new Date().toISOString(),
    });
    accountIds[id] = id;
    const res = await api(t.base, 'POST', '/api/session', { email, password });
    if (!res.cookie) throw new Error(`sign-in of ${email}: ${res.status}`);
    return res.cookie;
  };
  const join = async (workshop: string, role: string, groupId: string | null, inviter = cookies.owner) => {
    const code = (await api(t.base, 'POST', `/api/workshops/${workshop}/invites`, { role, groupId }, inviter)).json.invite.code;
    const res = await api(t.base, 'POST', '/api/join', {
      invite: code,
      name: `${role} ${groupId ?? 'none'}`,
      organisation: 'Matrix trust',
    });
    if (!res.cookie) throw new Error(`join: ${res.status}`);
    return { cookie: res.cookie, id: res.json.participant.id as string };
  };
  const detail = async () => (await api(t.base, 'GET', `/api/workshops/${workshopId}`, undefined, cookies.owner)).json;

  beforeAll(async () => {
    // Every role sends a comment to the public page (U7): more than one address's hourly share.
    t = await startTestServer(kind, { rateLimits: { commentPerAddress: { max: 1000, windowMs: 60_000 } } });
    cookies.owner = await signIn('ac_owner', 'owner@example.org');
    cookies.coFacilitator = await signIn('ac_cofac', 'cofac@example.org');
    cookies.strangerAccount = await signIn('ac_stranger', 'stranger@example.org');
    cookies.admin = await signIn('ac_admin', 'admin@example.org', true);
    const elsewhere = await signIn('ac_elsewhere', 'elsewhere@example.org');
    await signIn('ac_spare', 'spare@example.org');

    const w = await asOwner('POST', '/api/workshops', { title: 'Matrix', groups: ['One', 'Two'], projects: ['Air'] });
    workshopId = w.workshop.id;
    [group1, group2] = (w.groups as { id: string }[]).map((g) => g.id) as [string, string];
    const boardOf = (kind: string, groupId: string) =>
      (w.boards as { id: string; kind: string; groupId: string }[]).find((b) => b.kind === kind && b.groupId === groupId)!.id;
    boardIds.group1Map = boardOf('ecosystem-map', group1);
    boardIds.group2Map = boardOf('ecosystem-map', group2);
    boardIds.group1Reflection = boardOf('reflection', group1);
    boardIds.controlDoc = w.controlDocId;
    const made = async (kind: string, title: string, groupId: string | null) =>
      (await asOwner('POST', `/api/workshops/${workshopId}/boards`, { kind, title, ...(groupId ? { groupId } : {}) })).board.id as string;
    boardIds.group2Canvas = await made('ethics-canvas', 'Two’s canvas', group2);
    boardIds.workshopMap = await made('ecosystem-map', 'Everyone’s map', null);
    boardIds.lockedMap = await made('ecosystem-map', 'Locked map', null);
    await asOwner('PATCH', `/api/boards/${boardIds.lockedMap}`, { locked: true });
    agenda = (await detail()).workshop.agenda;
    await asOwner('PATCH', `/api/workshops/${workshopId}`, { city: 'Matrixville' });

    await asOwner('POST', `/api/workshops/${workshopId}/facilitators`, { email: 'cofac@example.org' });
    await asOwner('POST', `/api/workshops/${workshopId}/facilitators`, { email: 'spare@example.org' });
    cookies.participant1 = (await join(workshopId, 'participant', group1)).cookie;
    cookies.participant2 = (await join(workshopId, 'participant', group2)).cookie;
    // A participant's workshop-wide invite places them in the emptiest group: the facilitator takes them out.
    const none = await join(workshopId, 'participant', null);
    cookies.participantNone = none.cookie;
    await asOwner('PUT', `/api/workshops/${workshopId}/participants/${none.id}/group`, { groupId: null });
    cookies.observer = (await join(workshopId, 'observer', null)).cookie;
    cookies.facilitatorInvite = (await join(workshopId, 'facilitator', null)).cookie;
    const removed = await join(workshopId, 'participant', group1);
    cookies.removed = removed.cookie;
    await asOwner('DELETE', `/api/workshops/${workshopId}/participants/${removed.id}`);

    const other = (await api(t.base, 'POST', '/api/workshops', { title: 'Elsewhere', groups: [] }, elsewhere)).json;
    boardIds.otherWorkshopMap = (
      await api(t.base, 'POST', `/api/workshops/${other.workshop.id}/boards`, { kind: 'ecosystem-map', title: 'Theirs' }, elsewhere)
    ).json.board.id;
    cookies.otherMember = (await join(other.workshop.id, 'participant', null, elsewhere)).cookie;
    projectId = (w.groups as { projectId: string }[])[0]!.projectId;
    await publish();
  });
  let projectId = '';
  const publication = () => `/api/workshops/${workshopId}/projects/${projectId}/publication`;
  const publish = () => asOwner('PUT', publication(), { mapBoardId: boardIds.group1Map, slug: 'matrix-air' });
  const freshComment = async () => {
    const page = await t.store.getPublicPageOfProject(projectId);
    const id = `pc_matrix_${++made}`;
    await t.store.addPublicComment({
      id,
      pageId: page!.id,
      workshopId,
      name: null,
      text: 'A question',
      createdAt: new Date().toISOString(),
      approvedAt: null,
    });
    return id;
  };
  let sharedComment = '';
  afterAll(() => t?.dispose());

  interface Request {
    method: string;
    path: string;
    body?: unknown;
    form?: FormData;
    /** The status that shows access was granted, when the request is made to fail after the access check. */
    granted?: number;
    after?: () => Promise<unknown>;
  }
  let made = 0;
  const fresh = (prefix: string) => `${prefix} ${++made}`;
  const freshInvite = async () =>
    (await asOwner('POST', `/api/workshops/${workshopId}/invites`, { role: 'participant', groupId: group1 })).invite.code as string;
  let sharedVictim = '';
  const freshBooking = async () => {
    const id = `bk_matrix_${++made}`;
    await t.store.createBooking(booking(id, { agreedDate: '2027-03-16' }));
    return id;
  };
  let sharedBooking = '';

  /** The request each route is tried with; an allowed destructive one gets a target of its own. */
  const requestFor = async (route: string, allowed: boolean): Promise<Request> => {
    const [method, pattern] = route.split(' ') as [string, string];
    const w = `/api/workshops/${workshopId}`;
    const at = (path: string, body?: unknown): Request => ({ method, path, body });
    switch (route) {
      case 'POST /api/workshops':
        return at('/api/workshops', { title: fresh('Made'), groups: [] });
      case 'PATCH /api/workshops/:id':
        return at(w, { title: 'Matrix' });
      case 'DELETE /api/workshops/:id':
        return at(
          allowed ? `/api/workshops/${(await asOwner('POST', '/api/workshops', { title: fresh('Doomed'), groups: [] })).workshop.id}` : w,
        );
      case 'POST /api/workshops/:id/facilitators':
        return at(`${w}/facilitators`, { email: 'spare@example.org' });
      case 'DELETE /api/workshops/:id/facilitators/:accountId':
        return {
          ...at(`${w}/facilitators/ac_spare`),
          after: () => asOwner('POST', `${w}/facilitators`, { email: 'spare@example.org' }),
        };
      case 'POST /api/workshops/:id/invites':
        return at(`${w}/invites`, { role: 'participant', groupId: group1 });
      case 'DELETE /api/workshops/:id/invites/:code':
        return at(`${w}/invites/${await freshInvite()}`);
      case 'POST /api/workshops/:id/import': {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(mapFile)]), 'imported.json');
        return { method, path: `${w}/import`, form };
      }
      case 'POST /api/workshops/:id/groups':
        return at(`${w}/groups`, { name: fresh('Group') });
      // Applying a split would move the roles' participants: an invalid one is refused after the access check.
      case 'POST /api/workshops/:id/groups/assign':
        return { ...at(`${w}/groups/assign`, { groupCount: 0 }), granted: 400 };
      case 'POST /api/workshops/:id/groups/assign/preview':
        return at(`${w}/groups/assign/preview`, { groupCount: 2 });
      case 'PUT /api/workshops/:id/groups/:gid/project': {
        const projectId = (await detail()).groups.find((g: { id: string }) => g.id === group1).projectId;
        return at(`${w}/groups/${group1}/project`, { projectId });
      }
      case 'POST /api/workshops/:id/projects':
        return at(`${w}/projects`, { title: fresh('Project') });
      case 'POST /api/workshops/:id/duplicate':
        return at(`${w}/duplicate`, { title: fresh('Copy') });
      case 'POST /api/workshops/:id/projects/spread':
        return at(`${w}/projects/spread`, {});
      case 'DELETE /api/workshops/:id/participants/:pid': {
        sharedVictim ||= (await join(workshopId, 'participant', group2)).id;
        return at(`${w}/participants/${allowed ? (await join(workshopId, 'participant', group2)).id : sharedVictim}`);
      }
      case 'PUT /api/workshops/:id/participants/:pid/group': {
        sharedVictim ||= (await join(workshopId, 'participant', group2)).id;
        return at(`${w}/participants/${sharedVictim}/group`, { groupId: group2 });
      }
      case 'POST /api/workshops/:id/boards':
        return at(`${w}/boards`, { kind: 'ecosystem-map', title: fresh('Board') });
      case 'GET /api/workshops/:id/report':
        return at(`${w}/report?format=md&zip=false`);
      case 'PUT /api/workshops/:id/agenda':
        return at(`${w}/agenda`, { agenda });
      case 'POST /api/token':
        return at('/api/token', { workshopId });
      case 'GET /api/bookings/:id':
      case 'GET /api/bookings/:id/calendar.ics':
        sharedBooking ||= await freshBooking();
        return at(pattern.replace(':id', sharedBooking));
      case 'PATCH /api/bookings/:id':
        sharedBooking ||= await freshBooking();
        return at(`/api/bookings/${sharedBooking}`, { notes: fresh('Note') });
      case 'DELETE /api/bookings/:id':
        sharedBooking ||= await freshBooking();
        return at(`/api/bookings/${allowed ? await freshBooking() : sharedBooking}`);
      case 'GET /api/atlas':
        return at('/api/atlas?city=Matrixville');
      case 'GET /api/atlas/picture':
        return at('/api/atlas/picture?city=Matrixville');
      case 'GET /api/atlas/export':
        return at('/api/atlas/export?city=matrixville&format=csv');
      case 'POST /api/atlas/decisions':
        return at('/api/atlas/decisions', { city: 'Matrixville', kind: 'reject', a: 'actor:one', b: fresh('actor:other') });
      case 'DELETE /api/atlas/decisions/:id': {
        const made = await asOwner('POST', '/api/atlas/decisions', {
          city: 'Matrixville',
          kind: 'accept',
          a: 'actor:x',
          b: fresh('actor:y'),
        });
        return at(`/api/atlas/decisions/${made.decision.id as string}?city=Matrixville`);
      }
      case 'GET /api/workshops/:id/projects/:pid/publication':
        return at(publication());
      case 'GET /api/workshops/:id/projects/:pid/publication/preview':
        return at(`${publication()}/preview?map=${boardIds.group1Map}`);
      case 'PUT /api/workshops/:id/projects/:pid/publication':
        return at(publication(), { mapBoardId: boardIds.group1Map, slug: 'matrix-air' });
      case 'DELETE /api/workshops/:id/projects/:pid/publication':
        return { ...at(publication()), after: publish };
      case 'PATCH /api/workshops/:id/projects/:pid/publication/comments/:cid':
        sharedComment ||= await freshComment();
        return at(`${publication()}/comments/${sharedComment}`, { approved: true });
      case 'DELETE /api/workshops/:id/projects/:pid/publication/comments/:cid':
        sharedComment ||= await freshComment();
        return at(`${publication()}/comments/${allowed ? await freshComment() : sharedComment}`);
      case 'POST /api/account/tokens':
        return at('/api/account/tokens', { name: fresh('Matrix token'), scope: 'read', expiresInDays: 1 });
      // Each account's tokens are its own: another's id (or none) is 404 once access is granted.
      case 'DELETE /api/account/tokens/:id':
        return { ...at('/api/account/tokens/tk_not_a_token'), granted: 404 };
      case 'GET /p/:slug':
        return at('/p/matrix-air');
      case 'GET /api/invites/:code/language':
        return at(`/api/invites/${await freshInvite()}/language`);
      case 'POST /api/client-reports/missing-translation':
        return at('/api/client-reports/missing-translation', { locale: 'cy', key: 'join.title' });
      default:
        return at(pattern.replace(':id', workshopId));
    }
  };

  const send = async (request: Request, role: Role): Promise<number> => {
    if (!request.form) return (await api(t.base, request.method, request.path, request.body, cookies[role])).status;
    const res = await fetch(`${t.base}${request.path}`, {
      method: request.method,
      body: request.form,
      headers: cookies[role] ? { cookie: cookies[role]! } : {},
    });
    await res.arrayBuffer();
    return res.status;
  };
  const matches = (status: number, expected: Outcome, granted?: number) =>
    expected === 'ok' ? (granted ? status === granted : status >= 200 && status < 300) : status === expected;

  /** What a refused write must leave alone: the workshop, its boards, people and facilitators. */
  const snapshot = async () => {
    const d = await detail();
    const facilitatorsNow = await asOwner('GET', `/api/workshops/${workshopId}/facilitators`);
    return {
      workshop: d.workshop,
      boards: d.boards.map((b: { id: string; title: string; locked: boolean }) => [b.id, b.title, b.locked]),
      participants: d.participants.map((p: { id: string; groupId: string | null }) => [p.id, p.groupId]),
      groups: d.groups,
      facilitators: facilitatorsNow,
    };
  };

  const workshopRouteNames = Object.keys(workshopRoutes).filter((r) => r !== 'DELETE /api/session');
  it.each(workshopRouteNames)('%s', async (route) => {
    const expected = workshopRoutes[route]!;
    const refused = roles.filter((r) => expected[r] !== 'ok');
    const allowed = roles.filter((r) => expected[r] === 'ok');
    const wrong: string[] = [];
    const before = await snapshot();
    for (const role of refused) {
      const request = await requestFor(route, false);
      const status = await send(request, role);
      if (!matches(status, expected[role], request.granted)) wrong.push(`${role}: ${status}, expected ${expected[role]}`);
    }
    // A refused call changed nothing (the fresh invites and victims made for it aside).
    const after = await snapshot();
    if (route.startsWith('GET') || route.includes('participants') || route.includes('invites')) {
      expect(after.workshop).toEqual(before.workshop);
    } else expect(after).toEqual(before);
    for (const role of allowed) {
      const request = await requestFor(route, true);
      const status = await send(request, role);
      if (!matches(status, expected[role], request.granted)) wrong.push(`${role}: ${status}, expected ok`);
      await request.after?.();
    }
    expect(wrong).toEqual([]);
  });

  it.each(Object.keys(boardRoutes))('%s on every board', async (route) => {
    const [method, pattern] = route.split(' ') as [string, string];
    const wrong: string[] = [];
    const before = await snapshot();
    const cases = roles.flatMap((role) => boards.map((board) => ({ role, board, expected: boardRoutes[route]!(role, board) })));
    const tryOne = async ({ role, board, expected }: (typeof cases)[number]) => {
      let id = boardIds[board];
      if (method === 'DELETE' && expected === 'ok') {
        // Deleting for real: a board of the same kind and group, made for this case.
        const kind = board === 'group1Reflection' ? 'reflection' : board === 'group2Canvas' ? 'ethics-canvas' : 'ecosystem-map';
        const groupId =
          board === 'group1Map' || board === 'group1Reflection'
            ? group1
            : board === 'group2Map' || board === 'group2Canvas'
              ? group2
              : undefined;
        id = (await asOwner('POST', `/api/workshops/${workshopId}/boards`, { kind, title: fresh('Doomed'), groupId })).board.id;
        if (board === 'lockedMap') await asOwner('PATCH', `/api/boards/${id}`, { locked: true });
      }
      const path = pattern.replace(':id', id);
      const query = route.endsWith('/file') ? '?format=json' : route.endsWith('/picture') ? '?format=svg' : '';
      const body =
        method === 'PATCH'
          ? { title: board === 'lockedMap' ? 'Locked map' : 'Renamed by the matrix' }
          : route.endsWith('/layout')
            ? { actors: [{ id: 'a', width: 180, height: 56 }], flows: [], aspectRatio: 1.5 }
            : route === 'PUT /api/boards/:id/audience'
              ? { open: false } // closing a closed link changes nothing
              : undefined;
      const status = (await api(t.base, method, `${path}${query}`, body, cookies[role])).status;
      if (!matches(status, expected)) wrong.push(`${role} on ${board}: ${status}, expected ${expected}`);
    };
    for (const c of cases.filter((c) => c.expected !== 'ok')) await tryOne(c);
    const after = await snapshot();
    if (method !== 'GET') expect(after.boards).toEqual(before.boards);
    for (const c of cases.filter((c) => c.expected === 'ok')) await tryOne(c);
    expect(wrong).toEqual([]);
  });

  it('POST /api/join, GET /api/invites/:code/language and POST /api/session answer everyone alike: a wrong invite or password is refused for all', async () => {
    const wrong: string[] = [];
    for (const role of roles) {
      const join = await call('POST', '/api/join', role, { invite: 'not-an-invite-code-at-all', name: 'Nobody', organisation: 'None' });
      const language = await call('GET', '/api/invites/not-an-invite-code-at-all/language', role);
      if (language !== 404) wrong.push(`invite language as ${role}: ${language}`);
      const session = await call('POST', '/api/session', role, { email: `nobody-${role}@example.org`, password: 'not the password' });
      if (join !== 404 && join !== 400) wrong.push(`join as ${role}: ${join}`);
      if (session !== 401) wrong.push(`sign-in as ${role}: ${session}`);
    }
    expect(wrong).toEqual([]);
  });

  it('POST /p/:slug/comments answers everyone alike: a comment is taken, and waits for approval (U7)', async () => {
    const wrong: string[] = [];
    for (const role of roles) {
      const sent = await call('POST', '/p/matrix-air/comments', role, { text: `From ${role}` });
      const unpublished = await call('POST', '/p/not-published-here/comments', role, { text: `From ${role}` });
      if (sent !== 201) wrong.push(`comment as ${role}: ${sent}`);
      if (unpublished !== 404) wrong.push(`comment on an unpublished page as ${role}: ${unpublished}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the audience routes answer everyone alike: a code that is no open link is closed for all (W2, W3)', async () => {
    const wrong: string[] = [];
    for (const role of roles) {
      const token = await call('GET', '/api/audience/not-an-open-link', role);
      const suggestion = await call('POST', '/api/audience/not-an-open-link/suggestions', role, { kind: 'actor', name: `From ${role}` });
      if (token !== 410) wrong.push(`token as ${role}: ${token}`);
      if (suggestion !== 410) wrong.push(`suggestion as ${role}: ${suggestion}`);
    }
    expect(wrong).toEqual([]);
  });

  // Last: signing out ends the sessions the other cases use.
  it('DELETE /api/session', async () => {
    const expected = workshopRoutes['DELETE /api/session']!;
    const wrong = [];
    for (const role of roles) {
      const status = await call('DELETE', '/api/session', role);
      if (!matches(status, expected[role])) wrong.push(`${role}: ${status}, expected ${expected[role]}`);
    }
    expect(wrong).toEqual([]);
  });

  it('has an expectation for every route the server answers', () => {
    const expected = new Set([...Object.keys(workshopRoutes), ...credentialRoutes, ...Object.keys(boardRoutes)]);
    const routes = serverRoutes(t.server.app.printRoutes({ commonPrefix: false }));
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((r) => !expected.has(r)).map((r) => `route ${r} has no expectation: add it`)).toEqual([]);
    expect([...expected].filter((r) => !routes.includes(r)).map((r) => `${r} is in the matrix but not served`)).toEqual([]);
  });
});
