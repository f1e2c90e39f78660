import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initCanvasDoc, writeCanvasToDoc } from '../../src/doc/canvas/index.js';
import { initBoardDoc } from '../../src/doc/index.js';
import { writeMapToDoc } from '../../src/doc/map/index.js';
import { ruleGuidance } from '../../src/domain/analysis/index.js';
import { canvasSections, readCanvasFile, sectionStatusLabels } from '../../src/domain/canvas/index.js';
import type { Canvas } from '../../src/domain/canvas/index.js';
import { actorTypeLabels, noteKindLabels, readMapFile } from '../../src/domain/map/index.js';
import type { EcosystemMap } from '../../src/domain/map/index.js';
import type { Participant, WorkshopLanguage } from '../../src/domain/index.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { svgToPng } from '../../src/server/services/mapPicture.js';
import { buildReport, reportMarkdown, reportPdf, reportZip } from '../../src/server/services/report/index.js';
import { cy } from '../../src/server/services/report/messages/cy.js';
import { de } from '../../src/server/services/report/messages/de.js';
import { en as reportEnglish, type ReportCatalogue } from '../../src/server/services/report/messages/en.js';
import type { Store } from '../../src/server/store/Store.js';
import { runCli } from '../support/cliProcess.js';
import { testStore } from '../support/stores.js';

const fixture = (path: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', path), 'utf8');
const webCatalogue = (language: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'src', 'shared', 'i18n', 'catalogues', `${language}.json`), 'utf8'),
  ) as Record<string, string>;
const now = new Date('2026-11-27T16:00:00Z');
/** Drawn by none of the system's usual fonts (DejaVu has the emoticons, not this): only the shipped emoji font. */
const emoji = '💡';
const nonLatin = { greek: 'Δήμος Αθηναίων', cyrillic: 'Городской совет', arabic: 'مجلس المدينة' };

async function writeBoard(store: Store, boardId: string, fill: (doc: Y.Doc) => void): Promise<void> {
  const doc = new Y.Doc();
  fill(doc);
  await store.appendUpdates(boardId, [Y.encodeStateAsUpdate(doc)]);
}

/**
 * The demo workshop with a second project: Group 1 on "Air quality sensing" (the golden map
 * and canvas, one canvas note with an emoji and one map note in Greek), Group 2 moved to
 * "Smart bins" with a small map and canvas of its own. People from three organisations
 * (one spelled two ways), one with none, and a facilitator who is not counted.
 */
async function seed(store: Store) {
  const demo = await createDemoWorkshop(store, now);
  const [group1, group2] = demo.groups;
  const bins = { id: 'pj_bins', workshopId: demo.workshop.id, title: 'Smart bins' };
  await store.createProject(bins);
  const board = (kind: string, groupId: string) => demo.boards.find((b) => b.kind === kind && b.groupId === groupId)!;
  for (const kind of ['ecosystem-map', 'ethics-canvas'])
    await store.createBoard({ ...board(kind, group2!.id), id: `bd_bins_${kind}`, projectId: bins.id });

  const map = readMapFile(fixture('ecosystem-map/v1-air-quality.json'));
  const canvas = readCanvasFile(fixture('ethics-canvas/v1-air-quality.json'));
  if (!map.ok || !canvas.ok) throw new Error('golden fixtures must load');
  map.map.notes.push({ id: 'n-greek', text: nonLatin.greek, kind: 'insight' });
  canvas.canvas.sections[0]!.notes.push({
    id: 'c-emoji',
    text: `Sensor map idea ${emoji} ${nonLatin.cyrillic} ${nonLatin.arabic}`,
    votes: 2,
  });
  const binsMap: EcosystemMap = {
    title: 'Bins',
    actors: [
      { id: 'a1', name: 'Waste department', roles: [] },
      { id: 'a2', name: `Bin sensors vendor ${emoji}`, roles: [] },
    ],
    datasets: [],
    flows: [{ id: 'f1', from: 'a2', to: 'a1', kind: 'data' }],
    notes: [{ id: 'b1', text: 'Fill levels are only kept for a week', kind: 'question', target: 'f1' }],
  } as unknown as EcosystemMap;
  const binsCanvas: Canvas = {
    ...canvas.canvas,
    sections: canvas.canvas.sections.map((s) =>
      s.id === 'purpose'
        ? { ...s, notes: [{ id: 'p1', text: 'Empty bins before they overflow', votes: 7 }], actions: [] }
        : { ...s, status: 'not-started', notes: [], actions: [] },
    ),
  };
  const write = async (boardId: string, m: EcosystemMap) =>
    writeBoard(store, boardId, (doc) => {
      initBoardDoc(doc, 'ecosystem-map');
      writeMapToDoc(doc, m);
    });
  const writeCanvas = async (boardId: string, c: Canvas) =>
    writeBoard(store, boardId, (doc) => {
      initCanvasDoc(doc);
      writeCanvasToDoc(doc, c);
    });
  await write(board('ecosystem-map', group1!.id).id, map.map);
  await writeCanvas(board('ethics-canvas', group1!.id).id, canvas.canvas);
  await write('bd_bins_ecosystem-map', binsMap);
  await writeCanvas('bd_bins_ethics-canvas', binsCanvas);

  const people: [string, string, Participant['role']][] = [
    ['Alice Example', 'City Council', 'participant'],
    ['Bob Example', 'city  council', 'participant'],
    ['Chloé Example', 'Air Watch', 'participant'],
    ['Dan Example', 'University', 'observer'],
    ['Eve Example', '', 'participant'],
    ['Fay Facilitator', 'City Council', 'facilitator'],
  ];
  for (const [i, [name, organisation, role]] of people.entries())
    await store.createParticipant({
      id: `pt_${i}`,
      workshopId: demo.workshop.id,
      name,
      organisation,
      role,
      groupId: group1!.id,
      createdAt: now.toISOString(),
    });
  return { workshopId: demo.workshop.id, map: map.map, canvas: canvas.canvas, binsMap, binsCanvas };
}

const pdfText = (pdf: Buffer, ...args: string[]) => {
  const dir = mkdtempSync(join(tmpdir(), 'ocs-report-text-'));
  writeFileSync(join(dir, 'r.pdf'), pdf);
  return execFileSync('pdftotext', [...args, join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
};
/** pdftotext lays text out in columns, wraps it and marks right-to-left text: compare words with one space between. */
const flat = (text: string) => text.replace(/[\u202a-\u202e\u2066-\u2069]/gu, '').replace(/\s+/g, ' ');

describe('a report people keep', () => {
  const handle = testStore('sqlite');
  let store: Store;
  let seeded: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    store = await handle.open();
    seeded = await seed(store);
  });
  afterAll(async () => {
    await store.close();
    await handle.dispose();
  });

  /** Everything people said, as the report must carry it: [map notes with kind], [canvas notes], [actions]. */
  const said = () => {
    const maps = [seeded.map, seeded.binsMap];
    const canvases = [seeded.canvas, seeded.binsCanvas];
    return {
      mapNotes: maps.flatMap((m) => m.notes.map((n) => ({ kind: noteKindLabels[n.kind!], text: n.text }))),
      canvasNotes: canvases.flatMap((c) => c.sections.flatMap((s) => s.notes)),
      actions: canvases.flatMap((c) => c.sections.flatMap((s) => s.actions)),
    };
  };

  it('gives Markdown as a .zip: report.md with every note, kind, vote count, action and organisation, pictures as files', async () => {
    const report = await buildReport(store, seeded.workshopId, { includeReflection: false, now });
    const files = unzipSync(new Uint8Array(reportZip(report)));
    const md = strFromU8(files['report.md']!);
    expect(md).not.toMatch(/data:image|base64/);
    expect(md).toContain('## Project: Air quality sensing');
    expect(md).toContain('## Project: Smart bins');
    const { mapNotes, canvasNotes, actions } = said();
    for (const n of mapNotes) expect(md).toContain(`**${n.kind}:** ${n.text}`);
    for (const n of canvasNotes) expect(md).toContain(`- ${n.text} (${n.votes} vote${n.votes === 1 ? '' : 's'})`);
    for (const a of actions) expect(md).toMatch(new RegExp(`${a.text.slice(0, 30)}.*owner: ${a.owner}, due ${a.due}`));
    // Section by section, with the status.
    expect(md).toContain('**2. Rights around data sources:** Action needed');
    // P6: by organisation, counts only: "city  council" is City Council; the facilitator (invited)
    // took part and is counted; the observer is listed apart, as having observed.
    expect(md).toContain('5 people from 3 organisations:');
    expect(md).toMatch(
      /- City Council: 3\n- Air Watch: 1\n- No organisation given: 1\n\nObserved by 1 person from 1 organisation:\n\n- University: 1\n/,
    );
    expect(md).not.toContain('Alice Example');
    // Every picture the Markdown links is in the .zip, by relative path, and nothing else is.
    const links = [...md.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(links).toHaveLength(2);
    expect(Object.keys(files).sort()).toEqual(['report.md', ...links].sort());
    for (const link of links) expect(strFromU8(files[link]!)).toMatch(/^<\?xml[\s\S]*<svg[\s\S]*<\/svg>\n$/);
  });

  it('names people under their organisation only when asked', async () => {
    const report = await buildReport(store, seeded.workshopId, { includeReflection: false, includeNames: true, now });
    const md = strFromU8(unzipSync(new Uint8Array(reportZip(report)))['report.md']!);
    expect(md).toContain('- City Council: 3 (Alice Example, Bob Example, Fay Facilitator)');
    expect(md).toContain('- University: 1 (Dan Example)');
  });

  it('prints a PDF whose text holds every note, kind, vote count, action and organisation; page 1 sums it up', async () => {
    const pdf = await reportPdf(await buildReport(store, seeded.workshopId, { includeReflection: false, now }));
    const text = flat(pdfText(pdf));
    const { mapNotes, canvasNotes, actions } = said();
    for (const n of mapNotes) expect(text).toContain(`${n.kind}: ${n.text}`);
    // pdftotext may drop the space between right-to-left words: notes are compared without spaces.
    const bare = (t: string) => flat(t).replace(/ /g, '');
    for (const n of canvasNotes) expect(bare(text)).toContain(bare(`${n.text} ${n.votes} vote${n.votes === 1 ? '' : 's'}`));
    for (const a of actions) expect(text).toContain(flat(`${a.text} owner: ${a.owner}, due ${a.due}`));
    for (const words of Object.values(nonLatin)) for (const word of words.split(' ')) expect(text).toContain(word);
    // Arabic words in reading order (pdfkit lays words out left to right; visualOrder turns them).
    expect(bare(text)).toContain(bare(nonLatin.arabic));

    const first = flat(pdfText(pdf, '-f', '1', '-l', '1'));
    expect(first).toContain('Open Cities demo');
    expect(first).toContain('Air quality sensing');
    expect(first).toContain('Smart bins');
    // The same counts as the Markdown: the facilitator counted, the observer apart.
    expect(first).toContain('5 people from 3 organisations');
    expect(first).toContain('City Council: 3');
    expect(first).toContain('Observed by 1 person from 1 organisation');
    expect(first).toContain('University: 1');
    expect(first).toMatch(/Top findings .*Warning: One actor at the centre\./);
    expect(first).toContain('Ask the vendor to delete raw copies');
  });

  it('draws emoji in the PDF with the shipped emoji font: embedded, and read back as the emoji', async () => {
    const pdf = await reportPdf(await buildReport(store, seeded.workshopId, { includeReflection: false, now }));
    const dir = mkdtempSync(join(tmpdir(), 'ocs-report-fonts-'));
    writeFileSync(join(dir, 'r.pdf'), pdf);
    const fonts = execFileSync('pdffonts', [join(dir, 'r.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoEmoji\S*\s+CID TrueType\s+Identity-H\s+yes/);
    expect(pdfText(pdf)).toContain(`Sensor map idea ${emoji}`);
  });

  it('draws emoji in PNG map pictures (not the missing-glyph box every unknown character gets)', async () => {
    const picture = (name: string) =>
      svgToPng(`<svg xmlns="http://www.w3.org/2000/svg" width="120" height="50">
      <text x="10" y="38" font-family="Arial, Liberation Sans, sans-serif" font-size="30">${name}</text></svg>`);
    const [drawn, missing] = await Promise.all([picture(emoji), picture('\u{F0000}')]);
    expect(drawn.png.equals(missing.png)).toBe(false);
  });

  /** Builds the report while the workshop is set to `language` (SPEC F6), and sets it back after. */
  const reportIn = async (language: WorkshopLanguage) => {
    const workshop = (await store.getWorkshop(seeded.workshopId))!;
    await store.updateWorkshop({ ...workshop, language });
    try {
      return await buildReport(store, seeded.workshopId, { includeReflection: true, now });
    } finally {
      await store.updateWorkshop(workshop);
    }
  };
  /** The words the report writes in English, of its own and from the boards: none may be left in another language's report. */
  const englishOf = (own: ReportCatalogue) => [
    ...Object.entries(reportEnglish)
      .filter(([key, words]) => !words.includes('{') && own[key as keyof ReportCatalogue] !== words)
      .map(([, words]) => words),
    ...canvasSections.map((s) => s.title),
    ...Object.values(sectionStatusLabels),
    ...Object.values(actorTypeLabels),
    ...Object.values(ruleGuidance).map((g) => g.title),
    'Workshop report',
    'WORKSHOP REPORT',
    'Written ',
    'Progress:',
    'Next review',
    'owner:',
    'high priority',
    'Page 1 of',
    'Ecosystem map:',
    'Data ethics canvas:',
  ];
  const escaped = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** English words of `list` found as words (not inside a longer word) in `text`. */
  const englishLeft = (text: string, list: string[]) =>
    list.filter((words) => new RegExp(`(^|[^\\p{L}])${escaped(words)}($|[^\\p{L}])`, 'u').test(text));

  it('F10: a German workshop’s report is written in German, its boards’ words from the catalogues the boards show', async () => {
    const german = webCatalogue('de');
    const report = await reportIn('de');
    expect(report.language).toBe('de');
    const md = reportMarkdown(report, { pictures: 'none' });
    expect(md).toMatch(/^# Workshop-Bericht: Open Cities demo\n/);
    expect(md).toContain(`## ${de.glance}\n`);
    expect(md).toContain(`## ${de.people}\n`);
    expect(md).toContain('Erstellt am 27. November 2026 mit Open Cities Studio: 3 Ökosystemkarten, 3 Datenethik-Canvas');
    expect(md).toContain(`- ${de['people.noOrganisation']}: 1\n`);
    expect(md).toContain(`### ${german['labels.board.ecosystemMap']}: Map the data ecosystem — Group 1\n`);
    expect(md).toContain(`| 5 | ${german['canvas.section.purpose.title']} | ${german['canvas.status.done']} |`);
    expect(md).toContain(
      `| # | ${de['canvas.section']} | ${de['canvas.status']} | ${de['canvas.notes']} | ${de['canvas.table.actions']} |`,
    );
    expect(md).toContain(`- City Council: ${german['map.kind.actorType.public']}`);
    expect(md).toContain(
      `- **${german['map.findings.severity.warning']}: ${german['map.findings.rule.focalPoint.title']}.** City Council ist an 9 von 11 Flüssen`,
    );
    expect(md).toContain(`**${german['map.kind.note.insight']}:** ${nonLatin.greek}`);
    expect(md).toContain('Dichte 0,38, Gradzentralisierung 0,87.');
    expect(md).toContain('zuständig: ICT team, fällig am 31. Januar 2027, hohe Priorität');
    expect(englishLeft(md, englishOf(de))).toEqual([]);
    // The check finds English where there is some: the same workshop's report without a language.
    const english = reportMarkdown(await buildReport(store, seeded.workshopId, { includeReflection: true, now }), { pictures: 'none' });
    expect(englishLeft(english, englishOf(de)).length).toBeGreaterThan(40);

    const text = flat(pdfText(await reportPdf(report)));
    for (const words of [
      de['pdf.kicker'],
      de['pdf.topFindings'],
      de['canvas.bySection'],
      german['canvas.section.purpose.title'],
      german['canvas.status.actionNeeded'],
      german['map.findings.rule.focalPoint.title'],
      'Maßnahmen',
      'Überprüfung',
      'Seite 1 von',
    ])
      expect(text).toContain(words);
    expect(englishLeft(text, englishOf(de))).toEqual([]);
  });

  it('F10: a Welsh workshop’s report is in Welsh, its letters (ŵ, ŷ) kept in the PDF', async () => {
    const welsh = webCatalogue('cy');
    const report = await reportIn('cy');
    const md = reportMarkdown(report);
    expect(md).toMatch(/^# Adroddiad y gweithdy: Open Cities demo\n/);
    expect(md).toContain(`## ${cy.glance}\n`);
    expect(md).toContain(`| 5 | ${welsh['canvas.section.purpose.title']} | ${welsh['canvas.status.done']} |`);
    expect(md).toContain(`- City Council: ${welsh['map.kind.actorType.public']}`);
    expect(md).toContain(`**${welsh['map.findings.severity.warning']}: ${welsh['map.findings.rule.focalPoint.title']}.**`);
    expect(md).toContain(`${cy['findings.todo']}:`); // "Beth allai grŵp ei wneud"
    expect(md).toContain(`### ${welsh['labels.board.reflection']}: Keep, change, improve — Group 1`);
    expect(englishLeft(md, englishOf(cy))).toEqual([]);

    report.sections[0]!.maps[0]!.map.notes.push({ id: 'n-ty', text: 'Tŷ’r cyngor', kind: 'comment' });
    const text = pdfText(await reportPdf(report));
    for (const words of [cy['pdf.kicker'], 'grŵp', 'Tŷ’r cyngor', welsh['canvas.section.purpose.title']]) expect(text).toContain(words);
  });

  // Each CLI run starts Node with tsx: seconds apiece on a busy machine.
  it('opencities report --format md --out FILE.zip writes the .zip', { timeout: 120_000 }, () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ocs-report-zip-')), 'report.zip');
    const r = runCli(['report', '--workshop', seeded.workshopId, '--format', 'md', '--out', out, ...handle.cliArgs]);
    expect(r.status, r.stderr).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    expect(strFromU8(files['report.md']!)).toContain('Empty bins before they overflow (7 votes)');
    expect(Object.keys(files).filter((f) => f.startsWith('images/'))).toHaveLength(2);
  });
});
