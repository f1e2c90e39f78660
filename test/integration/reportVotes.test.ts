import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote, canvasNotesOf, initCanvasDoc, readCanvas, writeCanvasToDoc } from '../../src/doc/canvas/index.js';
import { castVote, closeVoting, openVoting, voteKey, votesMap } from '../../src/doc/control/index.js';
import { readCanvasFile } from '../../src/domain/canvas/index.js';
import { initBoardDoc } from '../../src/doc/index.js';
import { addActor, addMapNote } from '../../src/doc/map/index.js';
import { addReflectionNote, initReflectionDoc } from '../../src/doc/reflection/index.js';
import type { VotingRound } from '../../src/domain/facilitation/index.js';
import type { Participant } from '../../src/domain/index.js';
import { ensureControlDocument } from '../../src/server/services/agendaBoards.js';
import { exportBoard } from '../../src/server/services/boardFiles.js';
import { canvasSnapshot, snapshotReader } from '../../src/server/workers/storeSnapshot.js';
import { createDemoWorkshop } from '../../src/server/services/demoWorkshop.js';
import { buildReport, reportMarkdown, reportPdf } from '../../src/server/services/report/index.js';
import type { Store } from '../../src/server/store/Store.js';
import { testStore } from '../support/stores.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const now = new Date('2026-12-06T16:00:00Z');

async function write(store: Store, boardId: string, fill: (doc: Y.Doc) => void): Promise<void> {
  const doc = new Y.Doc();
  fill(doc);
  await store.appendUpdates(boardId, [Y.encodeStateAsUpdate(doc)]);
}

/**
 * The demo workshop with a closed round on Group 1's map (a note and an actor voted on, and
 * dots a peer wrote that must not count: beyond the budget, from Group 2) and one on its
 * reflection; the rounds live in the control document, the dots on the boards.
 */
async function seed(store: Store) {
  const demo = await createDemoWorkshop(store, now);
  const [group1, group2] = demo.groups;
  const board = (kind: string) => demo.boards.find((b) => b.kind === kind && b.groupId === group1!.id)!;
  const person = (id: string, groupId: string): Participant => ({
    id,
    workshopId: demo.workshop.id,
    name: id,
    organisation: 'City Council',
    role: 'participant',
    groupId,
    createdAt: now.toISOString(),
  });
  for (const p of [person('pt_ann', group1!.id), person('pt_bob', group1!.id), person('pt_zoe', group2!.id)])
    await store.createParticipant(p);

  const map = board('ecosystem-map');
  const mapRound: VotingRound = { id: 'round1', boardId: map.id, votesPerPerson: 2, reveal: 'live', status: 'open' };
  const reflection = board('reflection');
  const reflectionRound: VotingRound = { id: 'round2', boardId: reflection.id, votesPerPerson: 1, reveal: 'end', status: 'open' };
  await write(store, map.id, (doc) => {
    initBoardDoc(doc, 'ecosystem-map');
    addActor(doc, { id: 'council', name: 'City Council', roles: [], tags: [] });
    addMapNote(doc, { id: 'n1', text: 'Who owns the | sensors?', kind: 'question' });
    addMapNote(doc, { id: 'n2', text: 'Nobody voted for me', kind: 'issue' });
    castVote(doc, mapRound, 'pt_ann', 'n1');
    castVote(doc, mapRound, 'pt_ann', 'n1');
    votesMap(doc).set(voteKey('round1', 'pt_bob'), ['n1', 'council', 'council']); // one beyond the budget
    votesMap(doc).set(voteKey('round1', 'pt_zoe'), ['council']); // Group 2 on Group 1's map
  });
  await write(store, reflection.id, (doc) => {
    initReflectionDoc(doc);
    addReflectionNote(doc, { id: 'k1', text: 'Mixed groups', column: 'keep', author: 'pt_ann', createdAt: now.toISOString() });
    castVote(doc, reflectionRound, 'pt_bob', 'k1');
  });
  // The canvas: a note with votes an older document holds (a +1 from before V5, and a file's
  // count), and a round whose dots count only within budget and from Group 1.
  const canvas = board('ethics-canvas');
  const canvasRound: VotingRound = { id: 'round3', boardId: canvas.id, votesPerPerson: 2, reveal: 'live', status: 'open' };
  await write(store, canvas.id, (doc) => {
    initCanvasDoc(doc);
    addNote(doc, { id: 'c1', section: 'purpose', text: 'Cleaner air near schools', author: 'Ann' });
    addNote(doc, { id: 'c2', section: 'purpose', text: 'Cheaper street cleaning', author: 'Bob' });
    const entry = canvasNotesOf(doc).get('c1') as Y.Map<unknown>;
    const oldVotes = new Y.Map<unknown>();
    entry.set('votes', oldVotes);
    oldVotes.set('pt_ann', true);
    entry.set('baseVotes', 2);
    votesMap(doc).set(voteKey('round3', 'pt_bob'), ['c1', 'c2']);
    votesMap(doc).set(voteKey('round3', 'pt_ann'), ['c2', 'c2', 'c2']); // one beyond the budget
    votesMap(doc).set(voteKey('round3', 'pt_zoe'), ['c1']); // Group 2 on Group 1's canvas
  });
  const control = await ensureControlDocument(store, demo.workshop.id, now);
  await write(store, control.id, (doc) => {
    openVoting(doc, mapRound);
    openVoting(doc, reflectionRound); // closes the map's round
    closeVoting(doc, 'round2');
    openVoting(doc, canvasRound);
    closeVoting(doc, 'round3');
  });
  return demo.workshop.id;
}

describe('voting results in the report', () => {
  const handle = testStore('sqlite');
  let t: TestServer;
  let workshopId: string;
  beforeAll(async () => {
    t = await startTestServer('sqlite', {}, handle);
    workshopId = await seed(t.store);
  });
  afterAll(() => t.dispose());

  it('lists, per board, each round’s items by votes with their kind, counting only the dots that count', async () => {
    const md = reportMarkdown(await buildReport(t.store, workshopId, { includeReflection: false, now }));
    expect(md).toContain(
      [
        '### Voting results: Map the data ecosystem — Group 1',
        '',
        '2 votes each.',
        '',
        '| # | Item | Kind | Votes |',
        '|---:|---|---|---:|',
        '| 1 | Who owns the \\| sensors? | Map note (Question) | 3 |',
        '| 2 | City Council | Actor | 1 |',
        '',
      ].join('\n'),
    );
    expect(md).not.toContain('Nobody voted for me |');
    // The reflection's votes show its notes' words: only when the reflection is included.
    expect(md).not.toContain('Mixed groups');
    const withReflection = reportMarkdown(await buildReport(t.store, workshopId, { includeReflection: true, now }));
    expect(withReflection).toContain('| 1 | Mixed groups | Reflection note (Keep) | 1 |');
  });

  it('the PDF report holds the same results', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocs-votes-pdf-'));
    writeFileSync(join(dir, 'r.pdf'), await reportPdf(await buildReport(t.store, workshopId, { includeReflection: false, now })));
    // pdftotext wraps and spaces text as it likes: compare words with one space between.
    const text = execFileSync('pdftotext', [join(dir, 'r.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Voting results: Map the data ecosystem — Group 1');
    expect(text).toContain('1. Who owns the | sensors? · Map note (Question) · 3 votes');
    expect(text).toContain('2. City Council · Actor · 1 vote');
    expect(text).not.toContain('Nobody voted for me ·'); // on the map's notes list, not in the results
  });

  // c1: 1 old +1, 2 from a file, 1 dot from Bob (Zoe's is Group 2's); c2: Bob's 1 and Ann's first 2.
  const expected = [
    ['c1', 4],
    ['c2', 3],
  ];

  it("V5: a canvas note's votes in the report are its dots in the rounds plus what its document held", async () => {
    const md = reportMarkdown(await buildReport(t.store, workshopId, { includeReflection: false, now }));
    expect(md).toContain('| 1 | Cheaper street cleaning | Canvas note (Your reason for using data) | 3 |');
    expect(md).toContain('1. Cleaner air near schools (Your reason for using data, 4 votes)');
    expect(md).toContain('2. Cheaper street cleaning (Your reason for using data, 3 votes)');
  });

  it("V5: the canvas's file carries those votes, from the store (CLI) and from a worker's snapshot (HTTP), and imports back equal", async () => {
    const canvas = (await t.store.listBoards(workshopId)).find((b) => b.kind === 'ethics-canvas' && b.title.includes('Group 1'))!;
    const log = () => {};
    const direct = await exportBoard(t.store, canvas.id, 'json', log);
    const viaWorker = await exportBoard(snapshotReader(await canvasSnapshot(t.store, canvas)), canvas.id, 'json', log);
    expect(viaWorker.body).toBe(direct.body);
    const read = readCanvasFile(direct.body as string);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const purpose = read.canvas.sections.find((s) => s.id === 'purpose')!;
    expect(purpose.notes.map((n) => [n.id, n.votes])).toEqual(expected);
    // Onto a board without rounds, the file's numbers are the notes' votes.
    const fresh = new Y.Doc();
    writeCanvasToDoc(fresh, read.canvas);
    expect(
      readCanvas(fresh)
        .sections.find((s) => s.id === 'purpose')!
        .notes.map((n) => [n.id, n.votes]),
    ).toEqual(expected);
  });
});
