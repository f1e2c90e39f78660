import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serverRoutes } from '../support/accessMatrix.js';
import { storeKinds } from '../support/stores.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';
import { documentedSchema, openApiPathOf, undocumented } from '../support/openApiCheck.js';
import { hashPassword } from '../../src/server/auth/password.js';

/**
 * The OpenAPI document (SPEC N1, N4): every /api route Fastify serves is in it, with the
 * schemas its handler validates with; the reference page lists every operation.
 */
describe.each(storeKinds)('the OpenAPI document on %s', (kind) => {
  let t: TestServer;
  let doc: any;
  beforeAll(async () => {
    t = await startTestServer(kind);
    const res = await api(t.base, 'GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    doc = res.json;
  });
  afterAll(() => t?.dispose());

  it('N1: names every /api route the server answers, from Fastify’s own route tree', () => {
    const served = serverRoutes(t.server.app.printRoutes({ commonPrefix: false })).filter((r) => r.split(' ')[1]!.startsWith('/api/'));
    expect(served.length).toBeGreaterThan(60);
    const missing = served.filter((r) => {
      const [method, path] = r.split(' ') as [string, string];
      return !doc.paths[openApiPathOf(path)]?.[method.toLowerCase()];
    });
    expect(missing.map((r) => `${r} is not in /api/openapi.json: give it a routeDoc`)).toEqual([]);
  });

  it('N1: is OpenAPI 3.1 with path parameters, bodies, auth and the error shape', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['apiToken', 'sessionCookie']);
    const patch = doc.paths['/api/workshops/{id}'].patch;
    expect(patch.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]);
    expect(Object.keys(patch.requestBody.content['application/json'].schema.properties)).toContain('retentionMonths');
    expect(patch.security).toEqual([{ sessionCookie: [] }, { apiToken: [] }]);
    expect(patch.responses.default.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    expect(doc.components.schemas.Error.required).toEqual(['error']);
    expect(doc.paths['/api/join'].post.security).toEqual([]);
    expect(doc.paths['/api/account/tokens'].post.security).toEqual([{ sessionCookie: [] }]);
    const report = doc.paths['/api/workshops/{id}/report'].get.parameters.map((p: { name: string }) => p.name);
    expect(report).toEqual(['id', 'format', 'includeReflection', 'includeNames', 'zip']);
    const ids = Object.values(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap((ops) =>
      Object.values(ops).map((op) => op.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
    // Each operation's schemas are JSON Schema zod can read back: the document is usable as it is.
    for (const ops of Object.values(doc.paths) as Record<string, any>[]) {
      for (const op of Object.values(ops)) {
        const body = op.requestBody?.content?.['application/json']?.schema;
        if (body) expect(() => z.fromJSONSchema(body)).not.toThrow();
      }
    }
  });

  it('N2: a documented answer is checked for real, and one that does not match fails', async () => {
    const me = await api(t.base, 'GET', '/api/me');
    const schema = documentedSchema(doc, 'GET', '/api/me', me.status);
    expect(schema.safeParse(me.json).success).toBe(true);
    expect(schema.safeParse({ signedIn: false, extra: 1 }).success).toBe(false);
  });

  it('N2: a facilitator’s and a participant’s day: every JSON answer matches its documented schema, errors too', async () => {
    const problems: string[] = [];
    const checked = new Set<string>();
    const call = async (method: string, route: string, path: string, cookie?: string, body?: unknown) => {
      const res = await api(t.base, method, path, body, cookie);
      if (res.status !== 204 && res.status < 500) problems.push(...undocumented(doc, method, route, res.status, res.json));
      checked.add(`${method} ${route}`);
      return res;
    };
    await t.store.createAccount({
      id: 'ac_day',
      email: 'day@example.org',
      name: 'Day',
      passwordHash: await hashPassword('a password for the whole day'),
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
    const owner = (
      await call('POST', '/api/session', '/api/session', undefined, { email: 'day@example.org', password: 'a password for the whole day' })
    ).cookie!;
    const made = await call('POST', '/api/workshops', '/api/workshops', owner, {
      title: 'Documented day',
      template: 'open-cities-full-day',
      groups: ['One', 'Two'],
      projects: ['Air'],
    });
    const id = made.json.workshop.id as string;
    const w = `/api/workshops/${id}`;
    await call('GET', '/api/workshops', '/api/workshops', owner);
    await call('GET', '/api/workshops/:id', w, owner);
    await call('PATCH', '/api/workshops/:id', w, owner, { city: 'Docton', retentionMonths: 12 });
    await call('PATCH', '/api/workshops/:id', w, owner, { retentionMonths: 10_000 }); // 400, the error shape
    await call('GET', '/api/workshops/:id', '/api/workshops/ws_none', owner); // 404
    await call('GET', '/api/workshops/:id/facilitators', `${w}/facilitators`, owner);
    const invite = await call('POST', '/api/workshops/:id/invites', `${w}/invites`, owner, { role: 'participant' });
    await call('GET', '/api/workshops/:id/invites', `${w}/invites`, owner);
    const group = await call('POST', '/api/workshops/:id/groups', `${w}/groups`, owner, { name: 'Three' });
    const project = await call('POST', '/api/workshops/:id/projects', `${w}/projects`, owner, { title: 'Water' });
    await call('PUT', '/api/workshops/:id/groups/:gid/project', `${w}/groups/${group.json.group.id}/project`, owner, {
      projectId: project.json.project.id,
    });
    await call('POST', '/api/workshops/:id/projects/spread', `${w}/projects/spread`, owner, {});
    const board = await call('POST', '/api/workshops/:id/boards', `${w}/boards`, owner, { kind: 'ecosystem-map', title: 'Shared map' });
    const b = `/api/boards/${board.json.board.id}`;
    await call('GET', '/api/boards/:id', b, owner);
    await call('PATCH', '/api/boards/:id', b, owner, { title: 'Renamed map' });
    await call('PUT', '/api/boards/:id/audience', `${b}/audience`, owner, { open: true });
    await call('GET', '/api/boards/:id/audience', `${b}/audience`, owner);
    await call('POST', '/api/boards/:id/layout', `${b}/layout`, owner, {
      actors: [{ id: 'a', width: 180, height: 56 }],
      flows: [],
      aspectRatio: 1.5,
    });
    await call('POST', '/api/boards/:id/private-round', `${b}/private-round`, owner);
    const joined = await call('POST', '/api/join', '/api/join', undefined, {
      invite: invite.json.invite.code,
      name: 'Sam',
      organisation: 'Fire service',
    });
    await call('GET', '/api/me', '/api/me', joined.cookie!);
    await call('GET', '/api/me', '/api/me', owner);
    await call('POST', '/api/token', '/api/token', joined.cookie!, { workshopId: id });
    await call('GET', '/api/boards/:id/private-round', `${b}/private-round`, joined.cookie!);
    await call('POST', '/api/boards/:id/private-notes', `${b}/private-notes`, joined.cookie!, { text: 'A thought' });
    await call('GET', '/api/boards/:id/private-round', `${b}/private-round`, owner);
    await call('POST', '/api/boards/:id/private-round/reveal', `${b}/private-round/reveal`, owner);
    await call('POST', '/api/workshops/:id/groups/assign/preview', `${w}/groups/assign/preview`, owner, { groupCount: 2 });
    await call('POST', '/api/workshops/:id/groups/assign', `${w}/groups/assign`, owner, { groupCount: 2 });
    await call('GET', '/api/templates', '/api/templates');
    await call('GET', '/api/time', '/api/time');
    await call('GET', '/api/retention-policy', '/api/retention-policy');
    await call('GET', '/api/booking-policy', '/api/booking-policy');
    await call('GET', '/api/bookings', '/api/bookings', owner);
    await call('POST', '/api/me/remove-name', '/api/me/remove-name', joined.cookie!, {});
    await call('POST', '/api/workshops/:id/duplicate', `${w}/duplicate`, owner, { title: 'Next city' });
    await call('DELETE', '/api/boards/:id', b, owner);
    await call('DELETE', '/api/session', '/api/session', owner);
    expect(problems).toEqual([]);
    expect(checked.size).toBeGreaterThan(35);
  }, 120_000); // some 45 requests, two scrypt sign-ins and a template's boards: slow on a loaded machine

  it('N4: the reference page lists every operation, grouped by tag, without scripts or other origins', async () => {
    const res = await fetch(`${t.base}/api/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).not.toMatch(/<script|https?:\/\/(?!127\.0\.0\.1)/i);
    for (const tag of doc.tags as { name: string }[]) expect(html).toContain(`<h2>${tag.name}</h2>`);
    let operations = 0;
    for (const [path, ops] of Object.entries(doc.paths as Record<string, object>)) {
      for (const method of Object.keys(ops)) {
        operations++;
        expect(html).toContain(`<span class="method">${method.toUpperCase()}</span> <code>${path}</code>`);
      }
    }
    expect(operations).toBeGreaterThan(60);
  });
});
