import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initCanvasDoc, writeCanvasToDoc } from '../../src/doc/canvas/index.js';
import { initBoardDoc } from '../../src/doc/index.js';
import { writeMapToDoc } from '../../src/doc/map/index.js';
import { addReflectionNote, initReflectionDoc } from '../../src/doc/reflection/index.js';
import { readCanvasFile } from '../../src/domain/canvas/index.js';
import { readMapFile } from '../../src/domain/map/index.js';
import type { Board, Participant } from '../../src/domain/index.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { buildReport, reportMarkdown, reportPdf } from '../../src/server/services/report/index.js';
import type { Store } from '../../src/server/store/Store.js';
import { runCli } from '../support/cliProcess.js';
import { testStore } from '../support/stores.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';

const fixture = (path: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', path), 'utf8');
const now = new Date('2026-11-27T16:00:00Z');
const reflectionAuthor = { name: 'Alice Example', id: 'pt_alice' };

async function writeBoard(store: Store, boardId: string, fill: (doc: Y.Doc) => void): Promise<void> {
  const doc = new Y.Doc();
  fill(doc);
  await store.appendUpdates(boardId, [Y.encodeStateAsUpdate(doc)]);
}

/**
 * The demo workshop (one project, two groups, a map, canvas and reflection board each) with
 * Group 1's boards filled in: the golden map (one actor renamed to carry markup), the golden
 * canvas, and a reflection with one signed and one anonymous note.
 */
async function seed(store: Store) {
  const demo = await createDemoWorkshop(store, now);
  const group1 = demo.groups.find((g) => g.name === 'Group 1')!;
  const board = (kind: string) => demo.boards.find((b) => b.kind === kind && b.groupId === group1.id)!;
  const map = readMapFile(fixture('ecosystem-map/v1-air-quality.json'));
  const canvas = readCanvasFile(fixture('ethics-canvas/v1-air-quality.json'));
  if (!map.ok || !canvas.ok) throw new Error('golden fixtures must load');
  map.map.actors[1]!.name = '<script>alert(1)</script> Sensors';
  await writeBoard(store, board('ecosystem-map').id, (doc) => {
    initBoardDoc(doc, 'ecosystem-map');
    writeMapToDoc(doc, map.map);
  });
  await writeBoard(store, board('ethics-canvas').id, (doc) => {
    initCanvasDoc(doc);
    writeCanvasToDoc(doc, canvas.canvas);
  });
  const participant: Participant = {
    ...reflectionAuthor,
    workshopId: demo.workshop.id,
    organisation: 'City Council',
    role: 'participant',
    groupId: group1.id,
    createdAt: now.toISOString(),
  };
  await store.createParticipant(participant);
  await writeBoard(store, board('reflection').id, (doc) => {
    initReflectionDoc(doc);
    addReflectionNote(doc, {
      id: 'r1',
      text: 'Keep mixing organisations in groups',
      column: 'keep',
      author: participant.id,
      createdAt: now.toISOString(),
    });
    addReflectionNote(
      doc,
      { id: 'r2', text: 'Change the room: too loud', column: 'change', createdAt: now.toISOString() },
      { anonymousClientId: 4242 },
    );
  });
  return { workshopId: demo.workshop.id, boards: demo.boards, invites: demo.invites };
}

describe('the workshop report', () => {
  const handle = testStore('sqlite');
  let t: TestServer;
  let store: Store;
  let workshopId: string;
  let boards: Board[];
  let invites: Awaited<ReturnType<typeof seed>>['invites'];
  beforeAll(async () => {
    t = await startTestServer('sqlite', {}, handle);
    store = t.store;
    ({ workshopId, boards, invites } = await seed(store));
  });
  afterAll(() => t.dispose());

  it('has the project, the map picture and findings, and the canvas with the ODI credit, statuses and actions', async () => {
    const lines: string[] = [];
    const report = await buildReport(store, workshopId, { includeReflection: false, now, progress: (l) => lines.push(l) });
    expect(report.sections.map((s) => s.project?.title)).toEqual(['Air quality sensing']);
    expect(lines).toEqual(['Rendering map 1 of 2…', 'Rendering map 2 of 2…']);
    const md = reportMarkdown(report);
    expect(md).toMatch(/^# Workshop report: Open Cities demo/);
    expect(md).toContain('## Project: Air quality sensing');
    expect(md).toContain('### Ecosystem map: Map the data ecosystem — Group 1\n');
    expect(md).toContain(`![Ecosystem map Air quality sensing: 7 actors, 11 flows](images/${report.sections[0]!.maps[0]!.boardId}.svg)`);
    expect(md).not.toContain('base64');
    // Findings from the analysis rules, naming actors by name.
    expect(md).toContain('#### Findings');
    expect(md).toMatch(/\*\*Warning: One actor at the centre\.\*\* City Council is on \d+ of 11 flows/);
    expect(md).toMatch(/\*\*Error: Personal data shared or open\.\*\*|\*\*Warning: Personal data shared or open\.\*\*/);
    // The canvas: credit, a status table, the most-voted note first, actions most urgent first.
    expect(md).toContain("Structure adapted from the Open Data Institute's Data Ethics Canvas (CC BY-SA 4.0)");
    expect(md).toContain('| 5 | Your reason for using data | Done |');
    expect(md).toContain('| 8 | Minimising negative effects | Not started | 0 | 0 |');
    expect(md).toMatch(/#### Notes with most votes\n\n1\. Decide where school streets/);
    expect(md).toMatch(
      /- \[ \] Ask the vendor to delete raw copies older than 30 days \(owner: ICT team, due 2027-01-31, high priority\) · Your actions/,
    );
    // The empty boards of Group 2 are there too, saying so.
    expect(md).toContain('### Ecosystem map: Map the data ecosystem — Group 2\n');
    expect(md).toContain('This map has no actors or notes yet.');
  });

  it('keeps markup in labels as text: escaped in Markdown and in the SVG pictures', async () => {
    const report = await buildReport(store, workshopId, { includeReflection: false, now });
    const md = reportMarkdown(report, { pictures: 'files' });
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> Sensors');
    expect(md).toContain(`](images/${report.sections[0]!.maps[0]!.boardId}.svg)`);
    const svg = report.sections[0]!.maps[0]!.svg;
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;');
  });

  it('E5: control and bidi-override characters never reach the Markdown report', async () => {
    const report = await buildReport(store, workshopId, { includeReflection: true, now });
    const odd = 'Demo\u0000 day\u0007 \u202Eevil\u202C \u2066isolate\u2069 \u001b[31mred\u2028next';
    report.workshop.title = odd;
    report.workshop.description = odd;
    report.sections[0]!.maps[0]!.title = odd;
    const md = reportMarkdown(report);
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    expect(md).toMatch(/^# Workshop report: Demo day evil isolate \\\[31mred next\n/);
  });

  it('leaves the reflection out unless asked, and then gives it without authors', async () => {
    const without = reportMarkdown(await buildReport(store, workshopId, { includeReflection: false, now }));
    expect(without).not.toContain('Reflection');
    expect(without).not.toContain('Keep mixing organisations');

    const report = await buildReport(store, workshopId, { includeReflection: true, now });
    for (const r of report.sections.flatMap((s) => s.reflections)) {
      for (const notes of Object.values(r.reflection)) for (const n of notes) expect(n).not.toHaveProperty('author');
    }
    const md = reportMarkdown(report);
    expect(md).toContain('### Reflection: Keep, change, improve — Group 1\n');
    expect(md).toContain('- Keep mixing organisations in groups');
    expect(md).toContain('- Change the room: too loud');
    expect(md).not.toContain(reflectionAuthor.name);
    expect(md).not.toContain(reflectionAuthor.id);
  });

  it('prints a PDF that poppler reads, with the report text and markup kept as text', async () => {
    const report = await buildReport(store, workshopId, { includeReflection: true, now });
    const progress: string[] = [];
    const pdf = await reportPdf(report, { progress: (l) => progress.push(l) });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(50_000); // a picture embedded
    expect(progress).toEqual(['Drawing map 1 of 1…', 'Writing the PDF…']); // the empty map has no picture to draw
    if (!hasTool('pdftotext')) return; // poppler-utils is optional: the checks above still ran
    const dir = mkdtempSync(join(tmpdir(), 'ocs-report-'));
    writeFileSync(join(dir, 'report.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('Open Cities demo');
    expect(text).toContain('Project: Air quality sensing');
    expect(text).toContain('One actor at the centre');
    expect(text).toContain('Open Data Institute');
    expect(text).toContain('Ask the vendor to delete raw copies');
    expect(text).toContain('Keep mixing organisations in groups');
    expect(text).not.toContain(reflectionAuthor.name);
    if (process.env.REPORT_PREVIEW_DIR) writeFileSync(join(process.env.REPORT_PREVIEW_DIR, 'report.pdf'), pdf);
    if (!hasTool('pdftoppm')) return;
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', join(dir, 'report.pdf'), join(dir, 'page')]);
    expect(readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'))).toHaveLength(2);
  });

  // Each CLI run starts Node with tsx: seconds apiece on a busy machine.
  describe('opencities report', { timeout: 120_000 }, () => {
    it('writes Markdown to standard output with progress on standard error, and a PDF as bytes', () => {
      const md = runCli(['report', '--workshop', workshopId, '--format', 'md', ...handle.cliArgs]);
      expect(md.status, md.stderr).toBe(0);
      expect(md.stdout).toContain('# Workshop report: Open Cities demo');
      expect(md.stdout).not.toContain('Keep mixing organisations');
      expect(md.stderr).toContain('Rendering map 2 of 2…');
      const pdf = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          join(import.meta.dirname, '..', '..', 'src', 'cli', 'run.ts'),
          'report',
          '--workshop',
          workshopId,
          '--format',
          'pdf',
          ...handle.cliArgs,
        ],
        {
          timeout: 60_000,
        },
      );
      expect(pdf.status, pdf.stderr.toString()).toBe(0);
      expect(pdf.stdout.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    it('writes a Markdown file with its map pictures beside it, reflection included on request', () => {
      const dir = mkdtempSync(join(tmpdir(), 'ocs-report-md-'));
      const out = join(dir, 'report.md');
      const r = runCli(['report', '--workshop', workshopId, '--format', 'md', '--out', out, '--include-reflection', ...handle.cliArgs]);
      expect(r.status, r.stderr).toBe(0);
      const md = readFileSync(out, 'utf8');
      expect(md).toContain('- Keep mixing organisations in groups');
      expect(md).not.toContain(reflectionAuthor.name);
      const links = [...md.matchAll(/\]\((images\/[^)]+\.svg)\)/g)].map((m) => m[1]!);
      expect(links).toHaveLength(1); // Group 2's map is empty: no picture
      for (const link of links) expect(readFileSync(join(dir, link), 'utf8')).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<\/svg>\n$/);
    });

    it('refuses mistakes in one line with exit code 1', () => {
      const cases: [string[], RegExp][] = [
        [['report', '--format', 'md'], /--workshop ID is required/],
        [['report', '--workshop', workshopId], /--format is required/],
        [['report', '--workshop', workshopId, '--format', 'docx'], /--format must be md or pdf, not "docx"/],
        [['report', '--workshop', 'ws_nope', '--format', 'md'], /no workshop with id "ws_nope"/],
        [
          ['report', '--workshop', workshopId, '--format', 'md', '--out', join(mkdtempSync(join(tmpdir(), 'ocs-out-')), 'missing', 'r.md')],
          /cannot write .*: no such folder/,
        ],
      ];
      for (const [args, message] of cases) {
        const r = runCli([...args, ...handle.cliArgs]);
        expect(r.status, r.stderr).toBe(1);
        expect(
          r.stderr
            .trim()
            .split('\n')
            .filter((l) => !l.startsWith('Rendering')),
        ).toHaveLength(1);
        expect(r.stderr).toMatch(message);
      }
    });
  });

  describe('over HTTP', () => {
    const join = async (role: 'facilitator' | 'participant' | 'observer') =>
      (await api(t.base, 'POST', '/api/join', { invite: invites[role].code, name: `A ${role}`, organisation: 'Council' })).cookie!;
    const get = (path: string, cookie?: string) => fetch(`${t.base}${path}`, { headers: cookie ? { cookie } : {} });
    const errorCode = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

    it('GET /api/workshops/:id/report gives facilitators the report as a download, reflection only on request', async () => {
      const cookie = await join('facilitator');
      const zip = await get(`/api/workshops/${workshopId}/report?format=md`, cookie);
      expect(zip.status).toBe(200);
      expect(zip.headers.get('content-type')).toBe('application/zip');
      expect(zip.headers.get('content-disposition')).toMatch(/^attachment; filename="open-cities-demo-report\.zip"; filename\*=UTF-8''/);
      const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
      const text = strFromU8(files['report.md']!);
      expect(text).toContain('# Workshop report: Open Cities demo');
      const link = /\]\((images\/[^)]+\.svg)\)/.exec(text)?.[1];
      expect(strFromU8(files[link ?? '']!)).toContain('<svg');
      expect(text).not.toContain('Keep mixing organisations');
      // zip=false: report.md alone, saying where the pictures are.
      const md = await get(`/api/workshops/${workshopId}/report?format=md&zip=false`, cookie);
      expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
      expect(md.headers.get('content-disposition')).toMatch(/^attachment; filename="open-cities-demo-report\.md"/);
      const plain = await md.text();
      expect(plain).toContain("The picture is in the report's .zip download");
      expect(plain).not.toMatch(/base64|\]\(images\//);
      const withReflection = await (
        await get(`/api/workshops/${workshopId}/report?format=md&zip=false&includeReflection=true`, cookie)
      ).text();
      expect(withReflection).toContain('- Keep mixing organisations in groups');
      expect(withReflection).not.toContain(reflectionAuthor.name);

      const pdf = await get(`/api/workshops/${workshopId}/report?format=pdf`, cookie);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.headers.get('content-disposition')).toMatch(/filename="open-cities-demo-report\.pdf"/);
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    });

    it('F10: the download is written in the workshop’s language, worked out on the report’s worker thread', async () => {
      const cookie = await join('facilitator');
      const workshop = (await store.getWorkshop(workshopId))!;
      await store.updateWorkshop({ ...workshop, language: 'de' });
      try {
        const md = await (await get(`/api/workshops/${workshopId}/report?format=md&zip=false`, cookie)).text();
        expect(md).toMatch(/^# Workshop-Bericht: Open Cities demo\n/);
        expect(md).toContain('- **Warnung: Ein Akteur im Mittelpunkt.** City Council ist an');
        expect(md).toContain('| 5 | Ihr Grund für die Datennutzung | Erledigt |');
      } finally {
        await store.updateWorkshop(workshop);
      }
    });

    it('refuses the report to others and bad parameters, with error codes', async () => {
      expect((await get(`/api/workshops/${workshopId}/report`)).status).toBe(401);
      const participant = await get(`/api/workshops/${workshopId}/report?format=md`, await join('participant'));
      expect(participant.status).toBe(403);
      expect(await errorCode(participant)).toBe('FORBIDDEN');
      const facilitator = await join('facilitator');
      const docx = await get(`/api/workshops/${workshopId}/report?format=docx`, facilitator);
      expect([docx.status, await errorCode(docx)]).toEqual([400, 'FORMAT_NOT_SUPPORTED']);
      for (const query of ['includeReflection=yes', 'includeNames=1', 'zip=no']) {
        const bad = await get(`/api/workshops/${workshopId}/report?${query}`, facilitator);
        expect([query, bad.status, await errorCode(bad)]).toEqual([query, 400, 'VALIDATION_FAILED']);
      }
    });

    it('GET /api/boards/:id/picture draws a map as SVG or PNG for members who may read it', async () => {
      const map = boards.find((b) => b.kind === 'ecosystem-map')!;
      const observer = await join('observer');
      const svg = await get(`/api/boards/${map.id}/picture?format=svg`, observer);
      expect(svg.status).toBe(200);
      expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      expect(svg.headers.get('content-disposition')).toMatch(/^inline; filename="map-the-data-ecosystem-group-1-map\.svg"/);
      const body = await svg.text();
      expect(body).toContain('&lt;script&gt;');
      expect(body).not.toContain('<script');
      const png = await get(`/api/boards/${map.id}/picture?format=png`, await join('participant'));
      expect(png.status).toBe(200);
      expect(png.headers.get('content-type')).toBe('image/png');
      expect([...Buffer.from(await png.arrayBuffer()).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    });

    it('refuses pictures of boards the caller may not see, boards that are not maps, and unknown formats', async () => {
      const observer = await join('observer');
      const map = boards.find((b) => b.kind === 'ecosystem-map')!;
      const reflection = boards.find((b) => b.kind === 'reflection')!;
      const canvas = boards.find((b) => b.kind === 'ethics-canvas')!;
      const cases: [string, string | undefined, number, string][] = [
        [`/api/boards/${map.id}/picture`, undefined, 401, 'NOT_SIGNED_IN'],
        [`/api/boards/${reflection.id}/picture`, observer, 403, 'FORBIDDEN'],
        [`/api/boards/${canvas.id}/picture`, observer, 400, 'FORMAT_NOT_SUPPORTED'],
        [`/api/boards/${map.id}/picture?format=gif`, observer, 400, 'FORMAT_NOT_SUPPORTED'],
        ['/api/boards/bd_nope/picture', observer, 404, 'BOARD_NOT_FOUND'],
      ];
      for (const [path, cookie, status, code] of cases) {
        const res = await get(path, cookie);
        expect([path, res.status, await errorCode(res)]).toEqual([path, status, code]);
      }
    });
  });
});

function hasTool(name: string): boolean {
  return spawnSync('which', [name]).status === 0 && existsSync(execFileSync('which', [name], { encoding: 'utf8' }).trim());
}
