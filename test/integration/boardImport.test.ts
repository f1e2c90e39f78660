import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCanvasFile } from '../../src/domain/canvas/index.js';
import { writeKumuCsvArchive } from '../../src/domain/formats/index.js';
import { readMapFile, sortMapById, type EcosystemMap, type ReadMapResult } from '../../src/domain/map/index.js';
import { hashPassword } from '../../src/server/auth/password.js';
import { exportBoard } from '../../src/server/services/boardFiles.js';
import type { CreatedWorkshop } from '../../src/server/services/createWorkshop.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { writeKumuXlsx } from '../../src/server/services/kumuXlsxWriter.js';
import { storeKinds } from '../support/stores.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';
import { errorResponse } from '../../src/server/http/apiDoc/responses.js';
import { errorRegistry } from '../../src/shared/index.js';

/**
 * POST /api/workshops/:id/import (docs/api.md): a file uploaded into a workshop becomes a board
 * exactly as `opencities import` makes one. Over a real server and store; the exported board is
 * compared with the file that went in.
 */

const fixture = (path: string) => join(import.meta.dirname, '..', 'fixtures', path);
const bytes = (path: string) => new Uint8Array(readFileSync(fixture(path)));

function mapOf(result: ReadMapResult): EcosystemMap {
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.map;
}
const golden = () => mapOf(readMapFile(readFileSync(fixture('ecosystem-map/v1-air-quality.json'), 'utf8')));

type Part = { field?: string; name: string; data: Uint8Array | string } | { field: string; value: string };

function formOf(parts: Part[]): FormData {
  const form = new FormData();
  for (const part of parts) {
    if ('value' in part) form.append(part.field, part.value);
    else form.append(part.field ?? 'file', new Blob([typeof part.data === 'string' ? part.data : new Uint8Array(part.data)]), part.name);
  }
  return form;
}

async function answer(res: Response) {
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { status: res.status, json };
}

describe.each(storeKinds)('importing a file into a workshop over HTTP on %s', (kind) => {
  let t: TestServer;
  let demo: CreatedWorkshop;
  let facilitator: string;
  let participant: string;
  let observer: string;
  const logs: string[] = [];
  const upload = (parts: Part[], cookie?: string, workshopId = demo.workshop.id) =>
    fetch(`${t.base}/api/workshops/${workshopId}/import`, {
      method: 'POST',
      headers: cookie ? { cookie } : {},
      body: formOf(parts),
    }).then(answer);
  const boardCount = async () => (await t.store.listBoards(demo.workshop.id)).length;
  const exportedMap = async (boardId: string) =>
    mapOf(readMapFile(String((await exportBoard(t.store, boardId, 'json', (l) => logs.push(l))).body)));

  beforeAll(async () => {
    t = await startTestServer(kind);
    demo = await createDemoWorkshop(t.store, new Date());
    const join = async (role: 'facilitator' | 'participant' | 'observer') =>
      (await api(t.base, 'POST', '/api/join', { invite: demo.invites[role].code, name: `A ${role}`, organisation: 'Council' })).cookie!;
    facilitator = await join('facilitator');
    participant = await join('participant');
    observer = await join('observer');
  });
  afterAll(() => t.dispose());

  it('A9: a facilitator imports each format; the new board exports back equal to the file', async () => {
    const sources: { name: string; data: Uint8Array }[] = [
      { name: 'v1-air-quality.json', data: bytes('ecosystem-map/v1-air-quality.json') },
      { name: 'air quality.xlsx', data: await writeKumuXlsx(golden()) },
      { name: 'air-quality-kumu.zip', data: writeKumuCsvArchive(golden()) },
      { name: 'v1-air-quality.graphml', data: bytes('graphml/v1-air-quality.graphml') },
    ];
    for (const source of sources) {
      const r = await upload([source], facilitator);
      expect(r.status, `${source.name}: ${JSON.stringify(r.json)}`).toBe(201);
      expect(r.json.board).toMatchObject({ kind: 'ecosystem-map', title: 'Air quality sensing', groupId: null, projectId: null });
      // A board keeps elements by id: lists come back sorted by id (docs/formats.md).
      expect(await exportedMap(r.json.board.id), source.name).toEqual(sortMapById(golden()));
    }
    const canvasText = readFileSync(fixture('ethics-canvas/v1-air-quality.json'), 'utf8');
    const canvas = await upload([{ name: 'canvas.json', data: canvasText }], facilitator);
    expect(canvas.status).toBe(201);
    expect(canvas.json.board.kind).toBe('ethics-canvas');
    const back = readCanvasFile(String((await exportBoard(t.store, canvas.json.board.id, 'json', (l) => logs.push(l))).body));
    const original = readCanvasFile(canvasText);
    expect(back.ok && original.ok).toBe(true);
    if (back.ok && original.ok) expect(back.canvas).toEqual(original.canvas);
    // A map with no title is named after its file, whatever letters the name has; markup in it is only text.
    const untitled = JSON.stringify({ format: 'opencities/ecosystem-map', version: 1, title: '', actors: [], flows: [] });
    const named = await upload([{ name: 'Qualité de l’air <img src=x onerror=alert(1)>.json', data: untitled }], facilitator);
    expect(named.json.board.title).toBe('Qualité de l’air <img src=x onerror=alert(1)>');
    // Browsers (and Node's FormData) send a " in a file name as %22 (HTML's form encoding).
    const quoted = await upload([{ name: 'The "open" map.json', data: untitled }], facilitator);
    expect(quoted.json.board.title).toBe('The "open" map');
    // The new boards are in the workshop as any board is.
    const detail = await api(t.base, 'GET', `/api/workshops/${demo.workshop.id}`, undefined, facilitator);
    expect(detail.json.boards.map((b: { id: string }) => b.id)).toContain(canvas.json.board.id);
  });

  it('Kumu’s two CSV files in one upload, in either order and named anyhow, make one map; or with a connections part', async () => {
    const elements = { name: 'Air - Elements.csv', data: bytes('kumu/v1-air-quality/elements.csv') };
    const connections = { name: 'Air - Connections.csv', data: bytes('kumu/v1-air-quality/connections.csv') };
    const r = await upload([connections, elements], facilitator);
    expect(r.status, JSON.stringify(r.json)).toBe(201);
    // No Map sheet among the files: the board is named after the elements file.
    expect(r.json.board.title).toBe('Air - Elements');
    const map = await exportedMap(r.json.board.id);
    expect(map.actors).toEqual(sortMapById(golden()).actors);
    expect(map.flows).toEqual(sortMapById(golden()).flows);
    const hand = await upload(
      [
        { name: 'elements.csv', data: bytes('kumu/kumu-labels-elements.csv') },
        { field: 'connections', name: 'links.csv', data: bytes('kumu/kumu-labels-connections.csv') },
      ],
      facilitator,
    );
    expect(hand.status, JSON.stringify(hand.json)).toBe(201);
    expect((await exportedMap(hand.json.board.id)).flows).toHaveLength(4);
  });

  it('a facilitator imports for a group and a project; the board is listed there', async () => {
    const group = demo.groups[1]!;
    const project = demo.projects[0]!;
    const r = await upload(
      [
        { field: 'groupId', value: group.id },
        { field: 'projectId', value: project.id },
        { name: 'map.json', data: bytes('ecosystem-map/v1-air-quality.json') },
      ],
      facilitator,
    );
    expect(r.status, JSON.stringify(r.json)).toBe(201);
    expect(r.json.board).toMatchObject({ groupId: group.id, projectId: project.id });
    const wrong = await upload(
      [
        { field: 'groupId', value: 'gr_nope' },
        { name: 'map.json', data: bytes('ecosystem-map/v1-air-quality.json') },
      ],
      facilitator,
    );
    expect(wrong).toMatchObject({ status: 404, json: { error: { code: 'GROUP_NOT_FOUND' } } });
    const noProject = await upload(
      [
        { field: 'projectId', value: 'pr_nope' },
        { name: 'map.json', data: bytes('ecosystem-map/v1-air-quality.json') },
      ],
      facilitator,
    );
    expect(noProject.status).toBe(400);
    expect(noProject.json.error.message).toMatch(/^projectId: no project with id "pr_nope"/);
  });

  it('E2: a malformed file is refused whole with its place named, and no board is made', async () => {
    const before = await boardCount();
    const map = JSON.parse(readFileSync(fixture('ecosystem-map/v1-air-quality.json'), 'utf8'));
    map.flows[2].to = 'vendr';
    const dangling = await upload([{ name: 'dangling.json', data: JSON.stringify(map, null, 2) }], facilitator);
    expect(dangling.status).toBe(400);
    expect(dangling.json.error.code).toBe('FILE_INVALID');
    expect(dangling.json.error.message).toMatch(
      /^dangling\.json: flows\[2\]\.to: no actor with id "vendr" \(line \d+\)\. The file is not valid/,
    );
    const formula = await upload([{ name: 'kumu-formula.xlsx', data: bytes('kumu/kumu-formula.xlsx') }], facilitator);
    expect(formula.json.error.message).toMatch(/kumu-formula\.xlsx: Elements row 3, Label \(cell A3\): is a formula/);
    const badLinks = await upload(
      [
        { name: 'elements.csv', data: bytes('kumu/v1-air-quality/elements.csv') },
        { name: 'connections.csv', data: 'From,To\r\nvendor,council\r\nvendr,council\r\n' },
      ],
      facilitator,
    );
    expect(badLinks.json.error.message).toMatch(/connections\.csv row 3, From: no element has the id or label "vendr"/);
    const graphml = await upload(
      [
        {
          name: 'bad.graphml',
          data: '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n<graph edgedefault="directed">\n<node id="a"/>\n<edge source="a" target="b"/>\n</graph>\n</graphml>\n',
        },
      ],
      facilitator,
    );
    expect(graphml.json.error.message).toMatch(/bad\.graphml: edge 1, target: no node has the id "b" \(line 4\)/);
    const notJson = await upload([{ name: 'notes.txt', data: 'hello' }], facilitator);
    expect(notJson.json.error.code).toBe('FILE_INVALID');
    const twoElements = await upload(
      [
        { name: 'a.csv', data: bytes('kumu/v1-air-quality/elements.csv') },
        { name: 'b.csv', data: bytes('kumu/v1-air-quality/elements.csv') },
      ],
      facilitator,
    );
    expect(twoElements.json.error.message).toMatch(/"a\.csv", "b\.csv": of two Kumu CSV files, one holds the elements/);
    for (const r of [formula, badLinks, graphml, twoElements]) expect(r.status).toBe(400);
    expect(await boardCount()).toBe(before);
  });

  it('E2: a refused file’s answer carries its first problem as data (details), beside the same English message', async () => {
    const map = JSON.parse(readFileSync(fixture('ecosystem-map/v1-air-quality.json'), 'utf8'));
    map.flows[2].to = 'vendr';
    map.actors[0].type = 'goverment';
    const dangling = await upload([{ name: 'dangling.json', data: JSON.stringify(map, null, 2) }], facilitator);
    expect(dangling.status).toBe(400);
    expect(errorResponse.parse(dangling.json)).toEqual(dangling.json);
    const { details, message } = dangling.json.error;
    expect(details).toEqual({
      file: 'dangling.json',
      path: 'actors[0].type',
      line: expect.any(Number),
      problem: {
        code: 'notOneOf',
        values: { found: { found: 'text', text: '"goverment"' }, values: 'public, private, third-sector, academia, individuals' },
      },
      more: 1,
    });
    // The message says the same, in English, as before.
    expect(message).toBe(
      `dangling.json: actors[0].type: "goverment" is not one of public, private, third-sector, academia, individuals (line ${details.line}) (and 1 more problem). ${errorRegistry.FILE_INVALID.message}`,
    );
    const graphml = await upload(
      [{ name: 'bad.graphml', data: '<graphml>\n<graph>\n<node id="a"/>\n<edge source="a" target="b"/>\n</graph>\n</graphml>\n' }],
      facilitator,
    );
    expect(graphml.json.error.details).toEqual({
      file: 'bad.graphml',
      path: 'edge 1, target',
      place: { code: 'edgeAt', values: { number: 1 }, field: 'target' },
      line: 4,
      problem: { code: 'noNode', values: { id: 'b' } },
      more: 0,
    });
    const formula = await upload([{ name: 'kumu-formula.xlsx', data: bytes('kumu/kumu-formula.xlsx') }], facilitator);
    expect(formula.json.error.details).toMatchObject({ file: 'kumu-formula.xlsx', problem: { code: 'cellFormula', values: {} } });
    expect(formula.json.error.details.place).toMatchObject({ code: 'row', values: { sheet: 'Elements' }, cell: expect.any(String) });
    expect(errorResponse.parse(formula.json)).toEqual(formula.json);
    const notUtf8 = await upload(
      [{ name: 'latin1.csv', data: new Uint8Array([0x4c, 0x61, 0x62, 0x65, 0x6c, 0x0a, 0xe9, 0x0a]) }],
      facilitator,
    );
    expect(notUtf8.json.error.details).toEqual({ file: 'latin1.csv', path: '', problem: { code: 'notUtf8', values: {} }, more: 0 });
    // Errors other than a file's problem carry no details.
    const noWorkshop = await upload([{ name: 'map.json', data: '{}' }], facilitator, 'ws_nope');
    expect(noWorkshop.json.error).not.toHaveProperty('details');
  });

  it('an upload that is not one file (or Kumu’s pair) is refused, saying what to send', async () => {
    const before = await boardCount();
    const json = await api(t.base, 'POST', `/api/workshops/${demo.workshop.id}/import`, { file: 'x' }, facilitator);
    expect(json.status).toBe(400);
    expect(json.json.error.code).toBe('UPLOAD_INVALID');
    expect(json.json.error.message).toMatch(/multipart\/form-data, in a part named "file"/);
    const none = await upload([{ field: 'groupId', value: '' }], facilitator);
    expect(none.json.error).toMatchObject({ code: 'UPLOAD_INVALID' });
    expect(none.json.error.message).toMatch(/^No file came with the upload/);
    const map = { name: 'map.json', data: bytes('ecosystem-map/v1-air-quality.json') };
    const three = await upload([map, map, map], facilitator);
    expect(three.json.error.message).toMatch(/^Import one file at a time/);
    const two = await upload([map, { name: 'map.graphml', data: bytes('graphml/v1-air-quality.graphml') }], facilitator);
    expect(two.json.error.message).toMatch(/"map\.json", "map\.graphml": import one file at a time/);
    const text = await upload([{ field: 'file', value: '{}' }], facilitator);
    expect(text.json.error.message).toMatch(/^The "file" part holds text, not a file/);
    const stray = await upload([{ field: 'title', value: 'x' }, map], facilitator);
    expect(stray.json.error.message).toMatch(/The form has a field "title"/);
    for (const r of [none, three, two, text, stray]) expect(r.status).toBe(400);
    expect(await boardCount()).toBe(before);
  });

  it('L5: an upload over the limit is refused with 413, saying the limit and what to do; nothing is made', async () => {
    const before = await boardCount();
    const big = new Uint8Array(21 * 1024 * 1024).fill(0x20);
    const body = new Response(formOf([{ name: 'huge.json', data: big }]));
    const type = body.headers.get('content-type')!;
    const whole = new Uint8Array(await body.arrayBuffer());
    // With its length said (as browsers send a form): refused before it is read.
    const declared = await answer(
      await fetch(`${t.base}/api/workshops/${demo.workshop.id}/import`, {
        method: 'POST',
        headers: { cookie: facilitator, 'content-type': type },
        body: whole,
      }),
    );
    expect(declared.status).toBe(413);
    expect(declared.json.error.code).toBe('FILE_TOO_LARGE');
    expect(declared.json.error.message).toMatch(/^The upload is over the import limit of 20 MB .* Import a smaller file: split the map/);
    // Sent without a length (chunked, as Node's fetch sends a form): counted as it arrives, and the file is named.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < whole.length; at += 1024 * 1024) controller.enqueue(whole.subarray(at, at + 1024 * 1024));
        controller.close();
      },
    });
    const streamed = await answer(
      await fetch(`${t.base}/api/workshops/${demo.workshop.id}/import`, {
        method: 'POST',
        headers: { cookie: facilitator, 'content-type': type },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(streamed.json.error.message).toMatch(/^"huge\.json" is over the import limit of 20 MB/);
    expect(await boardCount()).toBe(before);
    // The server carries on.
    expect((await upload([{ name: 'after.json', data: bytes('ecosystem-map/v1-air-quality.json') }], facilitator)).status).toBe(201);
  });

  it('A9: a participant imports for their own group only; a participant in no group, an observer and a stranger cannot', async () => {
    const file = { name: 'ours.json', data: bytes('ecosystem-map/v1-air-quality.json') };
    const me = (await api(t.base, 'GET', '/api/me', undefined, participant)).json.participant;
    const ours = await upload([file], participant);
    expect(ours.status, JSON.stringify(ours.json)).toBe(201);
    expect(ours.json.board.groupId).toBe(me.groupId);
    const before = await boardCount();
    const other = demo.groups.find((g) => g.id !== me.groupId)!;
    const theirs = await upload([{ field: 'groupId', value: other.id }, file], participant);
    expect(theirs).toMatchObject({ status: 403, json: { error: { code: 'FORBIDDEN' } } });
    expect(theirs.json.error.message).toMatch(/^Participants import boards for their own group only/);
    const whole = await upload([{ field: 'groupId', value: '' }, file], participant);
    expect(whole.status).toBe(403);
    // A participant joins into a group; the facilitator can take them out of it.
    const joined = await api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'Lone', organisation: '' });
    const loose = joined.cookie!;
    const moved = await api(
      t.base,
      'PUT',
      `/api/workshops/${demo.workshop.id}/participants/${joined.json.participant.id}/group`,
      { groupId: null },
      facilitator,
    );
    expect(moved.status).toBe(200);
    const noGroup = await upload([file], loose);
    expect(noGroup.status).toBe(403);
    expect(noGroup.json.error.message).toMatch(/you are in no group yet/);
    const watching = await upload([file], observer);
    expect(watching).toMatchObject({ status: 403, json: { error: { code: 'READ_ONLY' } } });
    const stranger = await upload([file]);
    expect(stranger).toMatchObject({ status: 401, json: { error: { code: 'NOT_SIGNED_IN' } } });
    // A facilitator account that does not own the workshop is no member of it.
    await t.store.createAccount({
      id: 'ac_other',
      email: 'other@example.org',
      name: 'Other',
      passwordHash: await hashPassword('another long password'),
      isAdmin: false,
      createdAt: new Date().toISOString(),
    });
    const other_ = (await api(t.base, 'POST', '/api/session', { email: 'other@example.org', password: 'another long password' })).cookie!;
    expect((await upload([file], other_)).status).toBe(403);
    const missing = await upload([file], facilitator, 'ws_nope');
    expect(missing.json.error.code).toBe('WORKSHOP_NOT_FOUND');
    expect(await boardCount()).toBe(before);
  });
});
