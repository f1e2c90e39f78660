import { mkdtempSync, rmSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardLimits } from '../../src/domain/map/index.js';
import { mapExportFormats } from '../../src/domain/formats/index.js';
import type { CreatedWorkshop } from '../../src/server/services/createWorkshop.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { openStore } from '../../src/server/store/index.js';
import { serverLoop, startServerChild, type LoopReport, type ServerProcess } from '../support/cliProcess.js';
import { lyingWorkbook, manyEntryZip, mapFileAtLimit } from '../support/hostileFiles.js';
import { acknowledged, api, openSynced, startTestServer, type BoardClient, type TestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

/**
 * SPEC L6–L8: no file or request of one member holds up the server for everyone else. Over a
 * real server and store: for the stall, a server in a process of its own (serverChildMain.ts),
 * which measures its own event loop (test/support/loopMonitor.mjs), so this process's work
 * (building the file, reading the answers, vitest) is not counted; the rest over a server in
 * this process.
 */

/**
 * A stall of the server's event loop longer than this fails: generous for a loaded two-core
 * machine, where a stall is mostly waiting for a core. The target (200 ms) is checked by
 * `npm run bench -- stall`; this guards against work of seconds coming back to the main thread
 * (7 s before the file jobs moved to worker threads).
 */
const maxStallMs = 1000;

/** The status, the size, and the JSON of an answer that is not 200 (an error, a new board); big downloads are only counted. */
async function answer(res: Response) {
  const body = Buffer.from(await res.arrayBuffer());
  let json: any = null;
  if (res.status !== 200)
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      json = null;
    }
  return { status: res.status, json, bytes: body.length };
}

/**
 * GET with node:http, which waits as long as the server takes: fetch gives up on an answer
 * whose headers take over 5 minutes, as a PNG of a board at the limits can on a loaded machine.
 */
function slowGet(url: string, cookie: string): Promise<{ status: number; json: any; bytes: number }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: { cookie } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const status = res.statusCode ?? 0;
        let json: any = null;
        if (status !== 200)
          try {
            json = JSON.parse(body.toString('utf8'));
          } catch {
            json = null;
          }
        resolve({ status, json, bytes: body.length });
      });
      res.on('error', reject);
    }).on('error', reject);
  });
}

// Runs first: its memory figures (L8) are this process's, and the board at the limits below leaves
// this process hundreds of megabytes of garbage (its files and answers) that a later GC hands back or not.
describe('heavy files and hostile packages (SQLite)', { timeout: 600_000 }, () => {
  let t: TestServer;
  let demo: CreatedWorkshop;
  let participant: string;
  const clients: BoardClient[] = [];
  const upload = (name: string, data: Uint8Array | string, cookie = participant) => {
    const form = new FormData();
    form.append('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name);
    return fetch(`${t.base}/api/workshops/${demo.workshop.id}/import`, { method: 'POST', headers: { cookie }, body: form }).then(answer);
  };

  beforeAll(async () => {
    // One file thread, so the memory measured below is that thread's after a warm-up.
    t = await startTestServer('sqlite', { limits: { fileThreads: 1 } });
    demo = await createDemoWorkshop(t.store, new Date());
    const join = async (role: 'participant') =>
      (await api(t.base, 'POST', '/api/join', { invite: demo.invites[role].code, name: `A ${role}`, organisation: 'Council' })).cookie!;
    participant = await join('participant');
  });
  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await t.dispose();
  });

  // First: its memory figures are this process's, and the tests after it build maps at the limits.
  it('L8: a workbook that declares 1,000 bytes and inflates to 1.5 GB is refused, the server growing less than 50 MB', async () => {
    const warm = await upload('small.xlsx', lyingWorkbook(1)); // the file thread is up, exceljs loaded
    expect(warm.status).toBe(400);
    const bomb = lyingWorkbook(1500);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    globalThis.gc?.();
    const before = process.memoryUsage();
    let peak = before.rss;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const r = await upload('bomb.xlsx', bomb);
    clearInterval(sample);
    const after = process.memoryUsage();
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(
      /^bomb\.xlsx: bomb\.xlsx: the file is damaged: an entry unpacks to more than it declares; export it again/,
    );
    const mb = (n: number) => Math.round(n / 1024 / 1024);
    console.log(
      `lying workbook: rss ${mb(before.rss)} → peak ${mb(peak)} → ${mb(after.rss)} MB; external ${mb(before.external)} → ${mb(after.external)} MB`,
    );
    // Issue 15's target: the entry is refused as soon as it unpacks past the 1,000 bytes it
    // declares (one inflate step, about 4 MB), not at the 100 MB package limit (L8).
    expect(peak - before.rss).toBeLessThan(50 * 1024 * 1024);
    expect(after.external - before.external).toBeLessThan(50 * 1024 * 1024);
  });

  it('L6: a map over what a board may hold is refused at import, naming the limit; nothing is made', async () => {
    const before = (await t.store.listBoards(demo.workshop.id)).length;
    const r = await upload('too-big.json', mapFileAtLimit(1));
    expect(r.status).toBe(413);
    expect(r.json.error.code).toBe('FILE_TOO_LARGE');
    expect(r.json.error.message).toMatch(/^too-big\.json holds 5,001 actors, over the limit of 5,000 actors on one board\. /);
    expect((await t.store.listBoards(demo.workshop.id)).length).toBe(before);
  });

  it('L6: a live edit that would take a map past its limit is refused; one that reaches it is kept', async () => {
    const boardId = demo.boards.find((b) => b.kind === 'ecosystem-map')!.id;
    const token = (await api(t.base, 'POST', '/api/join', { invite: demo.invites.participant.code, name: 'Q', organisation: '' })).json
      .token;
    const a = await openSynced(t.collabUrl, boardId, token);
    clients.push(a);
    const actors = a.doc.getMap('actors');
    const add = (from: number, to: number) =>
      a.doc.transact(() => {
        for (let i = from; i < to; i++) actors.set(`live${i}`, new Y.Map<unknown>([['name', `Actor ${i}`]]));
      });
    add(actors.size, boardLimits.actors); // up to the limit exactly: kept
    await acknowledged(a);
    add(boardLimits.actors, boardLimits.actors + 1);
    const closed = await waitFor('close for the board limit', () => a.closeEvents.find((e) => e.reason.startsWith('DOCUMENT_TOO_LARGE')));
    expect(closed.reason).toContain('5,001 actors, over the limit of 5,000 actors on one board');
    const b = await openSynced(t.collabUrl, boardId, token);
    clients.push(b);
    expect(b.doc.getMap('actors').size).toBe(boardLimits.actors);
  });

  it('L8: a zip of 60,000 entries is refused from its directory, before anything is inflated', async () => {
    const many = manyEntryZip(60_000);
    for (const name of ['many.zip', 'many.xlsx']) {
      const r = await upload(name, many);
      expect(r.status).toBe(400);
      expect(r.json.error.message).toContain(`${name}: ${name}: holds 60000 files; at most 1000 are read`);
    }
  });

  it('L8: a CSV of 200,000 columns is refused, naming the row and the limit', async () => {
    const wide = `${Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(',')}\r\n`;
    expect(wide.length).toBeGreaterThan(1_400_000);
    const r = await upload('wide.csv', wide);
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(/^wide\.csv: wide\.csv row 1: has 200000 columns; at most 1000 can be imported/);
  });
});

describe('a board at the limits, against a server in its own process (SQLite)', { timeout: 900_000 }, () => {
  let dataDir: string;
  let proc: ServerProcess;
  let demo: CreatedWorkshop;
  let facilitator: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ocs-test-'));
    const store = await openStore({ dataDir });
    demo = await createDemoWorkshop(store, new Date());
    await store.close();
    // One file thread, as on a two-core machine; a time limit no export of a board at the limits
    // comes near, even on a loaded machine (its PNG takes minutes there).
    proc = await startServerChild(dataDir, { fileThreads: 1, fileJobTimeoutMs: 600_000 });
    facilitator = (
      await api(proc.base, 'POST', '/api/join', { invite: demo.invites.facilitator.code, name: 'A facilitator', organisation: 'Council' })
    ).cookie!;
  });
  afterAll(async () => {
    proc?.child.kill('SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('L7/L6: a board at the limits imports, exports in every format, draws and reports without stalling the server', async () => {
    const file = mapFileAtLimit();
    const timings: string[] = [];
    const stalls: LoopReport[] = [];
    const timed = async <T>(what: string, run: () => Promise<T>) => {
      await serverLoop(proc, true);
      const started = performance.now();
      const result = await run();
      const loop = await serverLoop(proc, true);
      stalls.push(loop);
      const { wallMs, cpuMs, waitMs } = loop.longest;
      const parts = Number.isFinite(cpuMs) ? ` = ${Math.round(cpuMs)} on a core + ${Math.round(waitMs)} waiting for one` : '';
      timings.push(`${what} ${Math.round(performance.now() - started)} ms (stall ${Math.round(wallMs)} ms${parts})`);
      return result;
    };
    const get = (path: string) => slowGet(`${proc.base}${path}`, facilitator);
    const imported = await timed('import', () => {
      const form = new FormData();
      form.append('file', new Blob([file]), 'at-limit.json');
      const path = `/api/workshops/${demo.workshop.id}/import`;
      return fetch(`${proc.base}${path}`, { method: 'POST', headers: { cookie: facilitator }, body: form }).then(answer);
    });
    expect(imported.status, JSON.stringify(imported.json)).toBe(201);
    const boardId = imported.json.board.id as string;
    for (const format of mapExportFormats) {
      const r = await timed(`export ${format}`, () => get(`/api/boards/${boardId}/file?format=${format}`));
      expect(r.status, `${format}: ${JSON.stringify(r.json)}`).toBe(200);
      expect(r.bytes).toBeGreaterThan(10_000);
    }
    const picture = await timed('picture svg', () => get(`/api/boards/${boardId}/picture?format=svg`));
    expect(picture.status, JSON.stringify(picture.json)).toBe(200);
    const report = await timed('report md', () => get(`/api/workshops/${demo.workshop.id}/report?format=md`));
    expect(report.status, JSON.stringify(report.json)).toBe(200);
    const worst = Math.max(...stalls.map((s) => Math.max(s.maxMs, s.longest.wallMs)));
    console.log(`server event loop, board at the limits: worst stall ${Math.round(worst)} ms; ${timings.join(', ')}`);
    expect(stalls.every((s) => s.samples > 0)).toBe(true); // the server did measure
    expect(worst).toBeLessThan(maxStallMs);
  });
});
