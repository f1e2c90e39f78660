import { noteColours, priorities, sectionIds, sectionStatuses } from '../../../src/domain/canvas/index.js';
import type { Canvas, CanvasAction, CanvasNote, CanvasReview, CanvasSection, Extra } from '../../../src/domain/canvas/index.js';
import type { Prng } from '../../fuzz/prng.js';

/**
 * Random valid canvases for property tests: every optional field sometimes absent, awkward
 * text (quotes, emoji, right-to-left, line breaks, empty, exactly at the length limit),
 * unknown fields with nested JSON at every level. Everything comes from `rng`.
 */
export const awkwardTexts = [
  '',
  'Hourly sensor readings',
  'Ōtautahi "quoted" \\ back',
  '🚲 bike share',
  'مجلس المدينة',
  'line\nbreak',
  '  spaced  ',
  '*not bold* [not a link](x) # not a heading',
  '1. not a list',
  '🌍'.repeat(1000),
];

const names = ['Group 2', 'Amira (ICT)', 'Tom | Legal', 'Ethics board', ''];
const extraNames = ['x-position', 'weight', 'createdAt', '__proto__', 'kumu'];
const dates = ['2026-11-27', '2027-01-31', '2028-02-29', '1999-12-31', '2027-05-27'];

const maybe = <T>(rng: Prng, value: () => T): T | undefined => (rng.chance(0.5) ? value() : undefined);

export function randomJson(rng: Prng, depth = 0): unknown {
  switch (rng.int(depth > 2 ? 4 : 6)) {
    case 0:
      return rng.pick(awkwardTexts.slice(0, -1));
    case 1:
      return rng.pick([0, 1, -3, 2.5, 1e21, 123456789]);
    case 2:
      return rng.chance(0.5);
    case 3:
      return null;
    case 4:
      return Array.from({ length: rng.int(3) }, () => randomJson(rng, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: rng.int(3) }, (_, i) => [`k${i}`, randomJson(rng, depth + 1)]));
  }
}

function randomExtra(rng: Prng): Extra | undefined {
  if (!rng.chance(0.25)) return undefined;
  const keys = [...new Set(Array.from({ length: 1 + rng.int(2) }, () => rng.pick(extraNames)))];
  return Object.fromEntries(keys.map((k) => [k, randomJson(rng)]));
}

/** Copies `value` without the keys whose value is undefined (absent, as the reader makes them). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function randomCanvas(rng: Prng): Canvas {
  let nextId = 0;
  const id = (prefix: string): string => `${prefix}${++nextId}`;
  const sections = sectionIds.map((section): CanvasSection => {
    const notes = Array.from({ length: rng.chance(0.4) ? 0 : rng.int(4) }, (): CanvasNote =>
      defined({
        id: id('n'),
        text: rng.pick(awkwardTexts),
        author: maybe(rng, () => rng.pick(names)),
        votes: rng.chance(0.5) ? 0 : rng.int(20),
        colour: maybe(rng, () => rng.pick(noteColours)),
        extra: randomExtra(rng),
      }),
    );
    const actions = Array.from({ length: rng.chance(0.7) ? 0 : 1 + rng.int(2) }, (): CanvasAction =>
      defined({
        id: id('a'),
        text: rng.pick(awkwardTexts),
        owner: maybe(rng, () => rng.pick(names)),
        due: maybe(rng, () => rng.pick(dates)),
        priority: rng.pick(priorities),
        done: rng.chance(0.3),
        fromNote: maybe(rng, () => `n${1 + rng.int(30)}`),
        extra: randomExtra(rng),
      }),
    );
    return defined({ id: section, status: rng.pick(sectionStatuses), notes, actions, extra: randomExtra(rng) });
  });
  const reviews = Array.from({ length: rng.int(3) }, (): CanvasReview =>
    defined({
      date: rng.pick(dates),
      by: maybe(rng, () => rng.pick(names)),
      summary: maybe(rng, () => rng.pick(awkwardTexts.slice(0, -1))),
      extra: randomExtra(rng),
    }),
  );
  return defined({
    id: maybe(rng, () => 'canvas-1'),
    title: rng.pick(awkwardTexts.slice(0, -1)),
    map: maybe(rng, () => 'map-air-quality'),
    sections,
    reviews,
    nextReview: maybe(rng, () => rng.pick(dates)),
    extra: randomExtra(rng),
  });
}
