import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addAction,
  addNote,
  addReview,
  canvasActionsOf,
  canvasNotesOf,
  declareCanvasTypes,
  deleteNote,
  editNote,
  initCanvasDoc,
  moveNote,
  noteToAction,
  readCanvas,
  recolourNote,
  removeAction,
  saveVersion,
  setSettings,
  setStatus,
  toggleAction,
  updateAction,
} from '../../src/doc/canvas/index.js';
import { canvasRoundVotes, castVote, retractVote, votesMap } from '../../src/doc/control/index.js';
import type { VotingRound } from '../../src/domain/facilitation/index.js';
import type { Placement } from '../../src/doc/canvas/index.js';
import {
  isSectionId,
  noteColours,
  priorities,
  readCanvasFile,
  sectionIds,
  sectionStatuses,
  writeCanvasFile,
} from '../../src/domain/canvas/index.js';
import { createPrng } from './prng.js';
import type { Prng } from './prng.js';
import { SimulatedNetwork } from './simulatedNetwork.js';

/**
 * C1 for the ethics canvas (STYLE.md habit 7): clients add, edit, move and delete notes, vote
 * on them in a voting round (SPEC V5: the round's dots are the notes' votes), set statuses, and
 * work on actions concurrently, with reordered and dropped messages and reconnects; at the end
 * every replica reads the same canvas, every note sits in exactly one section, and no note has
 * more votes than the people's budgets allow. Each seed is a whole run.
 */
const seeds = [1, 2, 3, 42, 99, 2024, 31337, 8675309];

// A seed that once failed is added here and stays, so the bug it found cannot come back.
const regressionSeeds: number[] = [];

const steps = 400;
/** Few voters and sections, so people collide on the same notes and places. */
const voters = ['p1', 'p2', 'p3', 'p4'];
const sections = sectionIds.slice(0, 4);
/** The round open on the canvas (board `canvas`) for the whole run: two dots a person. */
const round: VotingRound = { id: 'r1', boardId: 'canvas', votesPerPerson: 2, reveal: 'live', status: 'open' };
/** The canvas with its notes' votes from the round, as every screen and export reads it. */
const readWithVotes = (doc: Y.Doc) => readCanvas(doc, {}, canvasRoundVotes(doc, round.boardId, [round]));
/** The canvas's own types and the board's dots, declared on every replica so documents compare whole. */
const declare = (doc: Y.Doc) => {
  declareCanvasTypes(doc);
  votesMap(doc);
};
const texts = ['Licence unclear', 'Sensors drift', '🚲 bike share', '', 'مجلس المدينة', 'line\nbreak'];

function keysOf(map: Y.Map<unknown>): string[] {
  return [...map.keys()].sort();
}

function randomPlacement(rng: Prng, notes: string[]): Placement | undefined {
  switch (rng.int(4)) {
    case 0:
      return notes.length > 0 ? { beforeId: rng.pick(notes) } : undefined;
    case 1:
      return notes.length > 0 ? { afterId: rng.pick(notes) } : undefined;
    case 2:
      return { index: rng.int(6) };
    default:
      return undefined;
  }
}

/** One random edit by one client, through the canvas operations (refusals are part of the run). */
function randomEdit(doc: Y.Doc, rng: Prng, nextId: (kind: string) => string): void {
  const notes = keysOf(canvasNotesOf(doc));
  const actions = keysOf(canvasActionsOf(doc));
  const note = () => (notes.length > 0 && rng.chance(0.9) ? rng.pick(notes) : 'missing');
  const action = () => (actions.length > 0 && rng.chance(0.9) ? rng.pick(actions) : 'missing');
  const roll = rng.int(20);
  if (roll < 4) {
    const author = rng.chance(0.3) ? undefined : rng.pick(voters);
    addNote(
      doc,
      {
        id: nextId('n'),
        section: rng.pick(sections),
        text: rng.pick(texts),
        author,
        colour: rng.pick(noteColours),
        createdBy: rng.pick(voters),
      },
      randomPlacement(rng, notes),
    );
  } else if (roll < 7) moveNote(doc, note(), rng.pick(sections), randomPlacement(rng, notes));
  else if (roll < 8) editNote(doc, note(), rng.pick(texts));
  else if (roll < 9) recolourNote(doc, note(), rng.pick(noteColours));
  else if (roll < 10) deleteNote(doc, note());
  else if (roll < 12) castVote(doc, round, rng.pick(voters), note(), (id) => notes.includes(id));
  else if (roll < 13) retractVote(doc, round, rng.pick(voters), note());
  else if (roll < 14) setStatus(doc, rng.pick(sections), rng.pick(sectionStatuses));
  else if (roll < 15) noteToAction(doc, note(), { id: nextId('a'), priority: rng.pick(priorities), owner: rng.pick(voters) });
  else if (roll < 16)
    addAction(doc, {
      id: nextId('a'),
      text: rng.pick(texts),
      section: rng.pick(sections),
      due: rng.pick(['2027-01-31', '2027-02-30', '2027-03-01']),
    });
  else if (roll < 17) (rng.chance(0.5) ? toggleAction : removeAction)(doc, action());
  else if (roll < 18)
    updateAction(doc, action(), { done: rng.chance(0.5), section: rng.pick(sections), owner: rng.chance(0.5) ? null : rng.pick(voters) });
  else if (roll < 19) setSettings(doc, { allowAnonymous: rng.chance(0.5), nextReview: rng.pick([null, '2027-05-27', '2027-11-27']) });
  else if (rng.chance(0.5)) addReview(doc, { date: '2027-01-10', by: rng.pick(voters) });
  else saveVersion(doc, { id: nextId('v'), label: 'after the workshop', date: '2026-11-27' });
}

function runFuzz(seed: number): SimulatedNetwork {
  const rng = createPrng(seed);
  const net = new SimulatedNetwork(3 + rng.int(3), declare);
  for (const client of net.clients) initCanvasDoc(client.doc);
  let counter = 0;
  for (let step = 0; step < steps; step++) {
    const index = rng.int(net.clients.length);
    const client = net.clients[index];
    if (!client) throw new Error('unreachable: index is in range');
    const busy = net.busyQueues();
    // The same mix as the board fuzz: 40% edits, 40% deliveries, 6% drops, 4% disconnects,
    // 10% reconnects (a reconnect of an online client stands for a reset socket).
    const roll = rng.next();
    if (roll >= 0.9) net.reconnect(index);
    else if (roll >= 0.86) {
      if (client.online) net.disconnect(index);
    } else if (roll >= 0.4 && busy.length > 0) {
      const ref = rng.pick(busy);
      if (roll >= 0.8) net.drop(ref, rng.int(net.queueLength(ref)));
      else net.deliver(ref, rng.chance(0.6) ? 0 : rng.int(net.queueLength(ref)));
    } else {
      randomEdit(client.doc, rng, (kind) => `${client.name}-${kind}${++counter}`);
    }
  }
  net.settle(rng);
  return net;
}

/** Everything that differs between replicas or breaks the canvas's invariants, in words. */
function canvasProblems(net: SimulatedNetwork): string[] {
  const problems: string[] = [];
  const reference = readWithVotes(net.server);
  for (const { name, doc } of net.replicas()) {
    const canvas = readWithVotes(doc);
    if (!isDeepStrictEqual(canvas, reference)) problems.push(`${name}: canvas differs from the server's`);
    if (!isDeepStrictEqual(doc.toJSON(), net.server.toJSON())) problems.push(`${name}: document differs`);
    const placed = canvas.sections.flatMap((s) => s.notes.map((n) => n.id));
    if (new Set(placed).size !== placed.length) problems.push(`${name}: a note is in two places`);
    const stored = [...canvasNotesOf(doc).entries()]
      .filter(([, v]) => v instanceof Y.Map && isSectionId(v.get('section')))
      .map(([id]) => id);
    if (!isDeepStrictEqual([...placed].sort(), stored.sort())) problems.push(`${name}: a stored note is in no section`);
    const notes = canvas.sections.flatMap((s) => s.notes);
    const dots = notes.reduce((sum, note) => sum + note.votes, 0);
    const budget = voters.length * round.votesPerPerson;
    if (dots > budget)
      problems.push(`${name}: the notes have ${dots} votes from ${voters.length} people with ${round.votesPerPerson} each`);
    if (!readCanvasFile(writeCanvasFile(canvas)).ok) problems.push(`${name}: the canvas does not export to a valid file`);
  }
  return problems;
}

describe('C1 canvas convergence fuzz', () => {
  for (const seed of [...seeds, ...regressionSeeds]) {
    it(`C1: canvas replicas converge (seed ${seed})`, () => {
      const net = runFuzz(seed);
      expect(canvasProblems(net)).toEqual([]);
      expect(net.busyQueues()).toEqual([]);
      const { deliveredOutOfOrder, parked, dropped, disconnects, reconnects } = net.stats;
      for (const [what, count] of Object.entries({ deliveredOutOfOrder, parked, dropped, disconnects, reconnects })) {
        expect(count, what).toBeGreaterThan(0);
      }
      // A run with nothing on the board would prove little.
      const canvas = readCanvas(net.server);
      expect(votesMap(net.server).size).toBeGreaterThan(0); // some votes were cast
      expect(canvas.sections.some((s) => s.notes.length > 0)).toBe(true);
    });
  }

  it('C1: a canvas seed replays exactly (seed 42)', () => {
    expect(Y.encodeStateAsUpdate(runFuzz(42).server)).toEqual(Y.encodeStateAsUpdate(runFuzz(42).server));
  });
});

describe('C1 canvas harness', () => {
  it('C1: the invariant check catches a note placed in two replicas differently', () => {
    const net = new SimulatedNetwork(2, declare);
    const rng = createPrng(7);
    net.flush(rng);
    const [one, two] = net.clients;
    setSettings(one!.doc, { allowAnonymous: true });
    addNote(one!.doc, { id: 'n1', section: 'rights', text: 'x' });
    net.flush(rng);
    net.disconnect(1);
    moveNote(two!.doc, 'n1', 'purpose');
    castVote(two!.doc, round, 'p1', 'n1');
    expect(canvasProblems(net)).toContain("c1: canvas differs from the server's");
    net.settle(rng);
    expect(canvasProblems(net)).toEqual([]);
    expect(readWithVotes(net.server).sections[4]!.notes).toEqual([{ id: 'n1', text: 'x', votes: 1, colour: 'yellow' }]);
  });
});
