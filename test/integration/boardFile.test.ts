import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoardDoc } from '../../src/doc/index.js';
import { addActor, writeMapToDoc } from '../../src/doc/map/index.js';
import { mapExportFormats } from '../../src/domain/formats/index.js';
import { withLanguage, type Board } from '../../src/domain/index.js';
import { readMapFile, sortMapById, type EcosystemMap } from '../../src/domain/map/index.js';
import { exportBoard, importBoardFile } from '../../src/server/services/boardFiles.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { runCli } from '../support/cliProcess.js';
import { testStore } from '../support/stores.js';
import { acknowledged, api, openSynced, startTestServer, type TestServer } from '../support/testServer.js';

/**
 * GET /api/boards/:id/file (docs/api.md): every map format over HTTP is what `opencities export`
 * writes for the same board, the interchange formats import back to an equal map, and the route
 * keeps the board access rules (SPEC A1–A5).
 */

const golden = (): EcosystemMap => {
  const read = readMapFile(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'ecosystem-map', 'v1-air-quality.json'), 'utf8'));
  if (!read.ok) throw new Error('the golden map must load');
  return read.map;
};

const bytesOf = (body: string | Uint8Array) => (typeof body === 'string' ? new TextEncoder().encode(body) : body);

/**
 * The parts of an xlsx package, as text. exceljs stamps the time of writing in
 * docProps/core.xml and in each zip entry's header, so two writes of one map differ in those
 * bytes only: the parts are compared, with the two timestamps in core.xml blanked.
 */
function xlsxParts(bytes: Uint8Array): Record<string, string> {
  const parts = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(parts).map(([name, data]) => [
      name,
      name === 'docProps/core.xml' ? strFromU8(data).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, '$1…') : strFromU8(data),
    ]),
  );
}

describe('GET /api/boards/:id/file', { timeout: 120_000 }, () => {
  const handle = testStore('sqlite');
  let t: TestServer;
  let boards: Board[];
  let map: Board;
  let workshopId: string;
  let invites: Awaited<ReturnType<typeof createDemoWorkshop>>['invites'];
  const cookies = new Map<string, string>();

  const joinAs = async (role: 'facilitator' | 'participant' | 'observer', invite = invites[role].code) => {
    const key = `${role}:${invite}`;
    if (!cookies.has(key))
      cookies.set(key, (await api(t.base, 'POST', '/api/join', { invite, name: `A ${role}`, organisation: 'Council' })).cookie!);
    return cookies.get(key)!;
  };
  const get = (path: string, cookie?: string) => fetch(`${t.base}${path}`, { headers: cookie ? { cookie } : {} });
  const refusal = async (res: Response) => [res.status, ((await res.json()) as { error: { code: string } }).error.code];

  beforeAll(async () => {
    t = await startTestServer('sqlite', {}, handle);
    const demo = await createDemoWorkshop(t.store, new Date('2026-11-27T16:00:00Z'));
    ({ boards, invites } = demo);
    workshopId = demo.workshop.id;
    map = boards.find((b) => b.kind === 'ecosystem-map' && b.title.endsWith('Group 1'))!;
    const doc = new Y.Doc();
    initBoardDoc(doc, 'ecosystem-map');
    writeMapToDoc(doc, golden());
    await t.store.appendUpdates(map.id, [Y.encodeStateAsUpdate(doc)]);
  });
  afterAll(() => t.dispose());

  it('serves every map format exactly as opencities export writes it, named after the board', async () => {
    const observer = await joinAs('observer'); // observers may export what they can read
    const expected: Record<string, { type: RegExp; name: string }> = {
      json: { type: /^application\/json; charset=utf-8$/, name: 'map-the-data-ecosystem-group-1-map.json' },
      'kumu-xlsx': {
        type: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/,
        name: 'map-the-data-ecosystem-group-1-map-kumu.xlsx',
      },
      'kumu-csv': { type: /^application\/zip$/, name: 'map-the-data-ecosystem-group-1-map-kumu.zip' },
      graphml: { type: /^application\/graphml\+xml; charset=utf-8$/, name: 'map-the-data-ecosystem-group-1-map.graphml' },
      mermaid: { type: /^text\/vnd\.mermaid; charset=utf-8$/, name: 'map-the-data-ecosystem-group-1-map.mmd' },
      svg: { type: /^image\/svg\+xml; charset=utf-8$/, name: 'map-the-data-ecosystem-group-1-map.svg' },
      png: { type: /^image\/png$/, name: 'map-the-data-ecosystem-group-1-map.png' },
    };
    expect(Object.keys(expected)).toEqual([...mapExportFormats]);
    for (const format of mapExportFormats) {
      const res = await get(`/api/boards/${map.id}/file?format=${format}`, observer);
      expect([format, res.status]).toEqual([format, 200]);
      expect(res.headers.get('content-type')).toMatch(expected[format]!.type);
      expect(res.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="${expected[format]!.name.replace(/\./g, '\\.')}"; filename\\*=UTF-8''`),
      );
      const body = new Uint8Array(await res.arrayBuffer());
      expect(Number(res.headers.get('content-length'))).toBe(body.length);
      const written = bytesOf((await exportBoard(t.store, map.id, format, () => {})).body);
      if (format === 'kumu-xlsx') expect(xlsxParts(body)).toEqual(xlsxParts(written));
      else expect([format, Buffer.from(body).equals(Buffer.from(written))]).toEqual([format, true]);
    }
    const svg = await (await get(`/api/boards/${map.id}/file?format=svg`, observer)).text();
    expect(svg).toMatch(/Legend/);
  });

  it('F10: a map picture is drawn in the workshop’s language, the same bytes from the file and the picture routes', async () => {
    const observer = await joinAs('observer');
    const workshop = (await t.store.getWorkshop(workshopId))!;
    await t.store.updateWorkshop(withLanguage(workshop, 'de'));
    try {
      const svg = await (await get(`/api/boards/${map.id}/file?format=svg`, observer)).text();
      expect(svg).toContain('>Legende<');
      expect(svg).toContain('>Art der Organisation<');
      expect(svg).not.toMatch(/>Legend<|>Organisation type<|Ecosystem map/);
      const picture = await (await get(`/api/boards/${map.id}/picture?format=svg`, observer)).text();
      expect(picture).toBe(svg);
    } finally {
      await t.store.updateWorkshop(workshop);
    }
  });

  // One CLI run (starting it takes seconds): the loop above already holds every format to exportBoard, which the CLI runs.
  it('gives the same bytes as the CLI writes with --out', async () => {
    const participant = await joinAs('participant');
    const out = join(mkdtempSync(join(tmpdir(), 'ocs-file-')), 'map.zip');
    const cli = runCli(['export', '--board', map.id, '--format', 'kumu-csv', '--out', out, ...handle.cliArgs]);
    expect(cli.status, cli.stderr).toBe(0);
    const http = Buffer.from(await (await get(`/api/boards/${map.id}/file?format=kumu-csv`, participant)).arrayBuffer());
    expect(http.equals(readFileSync(out))).toBe(true);
  });

  it('json, kumu-xlsx, kumu-csv and graphml downloads import back to an equal map', async () => {
    const facilitator = await joinAs('facilitator');
    for (const [format, extension] of [
      ['json', 'json'],
      ['kumu-xlsx', 'xlsx'],
      ['kumu-csv', 'zip'],
      ['graphml', 'graphml'],
    ] as const) {
      const data = new Uint8Array(await (await get(`/api/boards/${map.id}/file?format=${format}`, facilitator)).arrayBuffer());
      const board = await importBoardFile(t.store, { workshopId, file: { name: `download.${extension}`, data }, now: new Date() });
      const back = readMapFile(String((await exportBoard(t.store, board.id, 'json', () => {})).body));
      expect(back.ok).toBe(true);
      if (back.ok) expect([format, back.map]).toEqual([format, sortMapById(golden())]);
    }
  });

  it('is the live state: an acknowledged edit is in the next download', async () => {
    const participant = await api(t.base, 'POST', '/api/join', { invite: invites.participant.code, name: 'Live', organisation: '' });
    const client = await openSynced(t.collabUrl, map.id, participant.json.token);
    addActor(client.doc, { id: 'fire', name: 'Fire and Rescue Service', type: 'public', roles: ['reuser'], tags: [] });
    await acknowledged(client);
    client.destroy();
    const graphml = await (await get(`/api/boards/${map.id}/file?format=graphml`, participant.cookie!)).text();
    expect(graphml).toContain('Fire and Rescue Service');
  });

  it('A1–A5: refuses strangers, the signed out and another group’s reflection; a canvas exports its own formats', async () => {
    const facilitator = await joinAs('facilitator');
    const groups = (await api(t.base, 'GET', `/api/workshops/${workshopId}`, undefined, facilitator)).json.groups as {
      id: string;
      name: string;
    }[];
    const groupInvite = async (name: string) =>
      (
        await api(
          t.base,
          'POST',
          `/api/workshops/${workshopId}/invites`,
          { role: 'participant', groupId: groups.find((g) => g.name === name)!.id },
          facilitator,
        )
      ).json.invite.code as string;
    const group1 = await joinAs('participant', await groupInvite('Group 1'));
    const group2 = await joinAs('participant', await groupInvite('Group 2'));
    const other = await createDemoWorkshop(t.store, new Date());
    const stranger = await joinAs('participant', other.invites.participant.code);
    const observer = await joinAs('observer');
    const reflection1 = boards.find((b) => b.kind === 'reflection' && b.title.endsWith('Group 1'))!;
    const canvas = boards.find((b) => b.kind === 'ethics-canvas')!;

    const file = (board: Board, format: string) => `/api/boards/${board.id}/file?format=${format}`;
    expect(await refusal(await get(file(map, 'json')))).toEqual([401, 'NOT_SIGNED_IN']);
    expect(await refusal(await get(file(map, 'json'), stranger))).toEqual([403, 'FORBIDDEN']);
    expect(await refusal(await get(file(reflection1, 'json'), group2))).toEqual([403, 'FORBIDDEN']);
    expect(await refusal(await get(file(reflection1, 'json'), observer))).toEqual([403, 'FORBIDDEN']);
    // Its own group passes the access rule; a reflection has no file export yet.
    expect(await refusal(await get(file(reflection1, 'json'), group1))).toEqual([400, 'FORMAT_NOT_SUPPORTED']);
    expect(await refusal(await get('/api/boards/bd_nope/file?format=json', observer))).toEqual([404, 'BOARD_NOT_FOUND']);

    const md = await get(file(canvas, 'md'), observer);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-disposition')).toMatch(/filename="[a-z0-9-]+-canvas\.md"/);
    expect(await md.text()).toMatch(/Open Data Institute/);
  });

  it('a bad or missing format name is refused with the formats the board has', async () => {
    const observer = await joinAs('observer');
    const bad = await get(`/api/boards/${map.id}/file?format=gif`, observer);
    const body = (await bad.json()) as { error: { code: string; message: string } };
    expect([bad.status, body.error.code]).toEqual([400, 'EXPORT_FORMAT_UNKNOWN']);
    expect(body.error.message).toMatch(/exports as json, kumu-xlsx, kumu-csv, graphml, mermaid, svg, png, not "gif"/);
    const missing = (await (await get(`/api/boards/${map.id}/file`, observer)).json()) as { error: { code: string; message: string } };
    expect(missing.error.code).toBe('EXPORT_FORMAT_UNKNOWN');
    expect(missing.error.message).toMatch(/name the format: \?format=json\|kumu-xlsx\|kumu-csv\|graphml\|mermaid\|svg\|png/);
    const canvas = boards.find((b) => b.kind === 'ethics-canvas')!;
    expect(await refusal(await get(`/api/boards/${canvas.id}/file?format=pdf`, observer))).toEqual([400, 'FORMAT_NOT_SUPPORTED']);
  });
});
