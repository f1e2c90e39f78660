import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/index.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';

/**
 * POST /api/boards/:id/layout (docs/api.md): the server places a map's actors with ELK and
 * answers their positions; observers, other kinds of board and bad bodies are refused with
 * the registry's errors, and a stuck layout is stopped without stopping the server.
 */
describe('POST /api/boards/:id/layout', { timeout: 120_000 }, () => {
  let t: TestServer;
  let boards: Board[];
  let invites: Awaited<ReturnType<typeof createDemoWorkshop>>['invites'];
  const join = async (role: 'facilitator' | 'observer') =>
    (await api(t.base, 'POST', '/api/join', { invite: invites[role].code, name: `A ${role}`, organisation: 'Council' })).cookie!;
  const mapBoard = () => boards.find((b) => b.kind === 'ecosystem-map')!;
  const box = (id: string) => ({ id, width: 240, height: 110 });

  beforeAll(async () => {
    t = await startTestServer('sqlite');
    ({ boards, invites } = await createDemoWorkshop(t.store, new Date('2026-11-27T16:00:00Z')));
  });
  afterAll(() => t.dispose());

  it('places every actor in the order its flows run, no two overlapping', async () => {
    const cookie = await join('facilitator');
    const body = {
      actors: ['council', 'lab', 'residents', 'fire'].map(box),
      flows: [
        { from: 'council', to: 'lab' },
        { from: 'lab', to: 'residents' },
        { from: 'fire', to: 'fire' }, // a loop places nothing
        { from: 'lab', to: 'gone' }, // a flow to an actor not laid out is left out
      ],
      aspectRatio: 1.6,
    };
    const res = await api(t.base, 'POST', `/api/boards/${mapBoard().id}/layout`, body, cookie);
    expect(res.status).toBe(200);
    const p = res.json.positions as Record<string, { x: number; y: number }>;
    expect(Object.keys(p).sort()).toEqual(['council', 'fire', 'lab', 'residents']);
    // Flows run left to right; a chain longer than the screen's shape allows wraps onto the
    // next row down, so each actor comes after the one before it in reading order.
    const after = (a: { x: number; y: number }, b: { x: number; y: number }) => b.y > a.y || (b.y === a.y && b.x > a.x);
    expect(after(p.council!, p.lab!)).toBe(true);
    expect(after(p.lab!, p.residents!)).toBe(true);
    const ids = Object.keys(p);
    for (const a of ids)
      for (const b of ids) {
        if (a >= b) continue;
        const apart = Math.abs(p[a]!.x - p[b]!.x) >= 240 || Math.abs(p[a]!.y - p[b]!.y) >= 110;
        expect([a, b, apart]).toEqual([a, b, true]);
      }
    for (const { x, y } of Object.values(p))
      expect([Number.isInteger(x), Number.isInteger(y), x >= 0, y >= 0]).toEqual([true, true, true, true]);
  });

  it('refuses observers, boards that are not maps, strangers and bad bodies, saying why', async () => {
    const body = { actors: [box('a')], flows: [], aspectRatio: 1 };
    const observer = await join('observer');
    const refused = await api(t.base, 'POST', `/api/boards/${mapBoard().id}/layout`, body, observer);
    expect([refused.status, refused.json.error.code]).toEqual([403, 'READ_ONLY']);
    expect(refused.json.error.message).toMatch(/Observers cannot lay out a map/);

    const facilitator = await join('facilitator');
    const canvas = boards.find((b) => b.kind === 'ethics-canvas')!;
    const notMap = await api(t.base, 'POST', `/api/boards/${canvas.id}/layout`, body, facilitator);
    expect([notMap.status, notMap.json.error.code]).toEqual([404, 'NOT_FOUND']);

    const stranger = await api(t.base, 'POST', `/api/boards/${mapBoard().id}/layout`, body);
    expect([stranger.status, stranger.json.error.code]).toEqual([401, 'NOT_SIGNED_IN']);

    const bad = await api(
      t.base,
      'POST',
      `/api/boards/${mapBoard().id}/layout`,
      { actors: [{ id: 'a', width: -1, height: 110 }], flows: [{ from: 'a' }], aspectRatio: 1 },
      facilitator,
    );
    expect([bad.status, bad.json.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(bad.json.error.message).toMatch(/actors\.0\.width/);
    expect(bad.json.error.message).toMatch(/flows\.0\.to/);
    const none = await api(t.base, 'POST', `/api/boards/${mapBoard().id}/layout`, { actors: [], flows: [], aspectRatio: 1 }, facilitator);
    expect(none.json.error.message).toMatch(/actors: needs at least one actor/);
  });
});
