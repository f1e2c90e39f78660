import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { restore, restoreChecked, type Checked } from '../../../src/domain/index.js';
import {
  activitySchema,
  checkActivityId,
  checkBoardViewport,
  checkGather,
  checkRaisedHand,
  checkReflectionColumn,
  checkReflectionNote,
  checkReflectionText,
  checkSpotlight,
  checkTimerState,
  checkViewTarget,
  checkVotingRound,
  isLiveId,
  maxTimerMs,
  maxVotesPerPerson,
  reflectionColumns,
  revealModes,
} from '../../../src/domain/facilitation/index.js';
import { checkedField } from '../../../src/domain/plainChecks.js';
import { createPrng } from '../../fuzz/prng.js';

/**
 * The control document's and the reflection's checks were zod schemas; they are plain
 * functions now, so a board page does not load zod (issue 12). These are the schemas as they
 * were (the oracle): every value below, chosen and random, must pass or fail both alike, come
 * out equal (known fields only, an undefined optional key kept), and fail with the same
 * VALIDATION_FAILED message.
 */
const idSchema = z.string().min(1).max(64);
const oracle = {
  spotlight: z.object({ groupId: idSchema, boardId: idSchema }),
  viewTarget: z.discriminatedUnion('view', [
    z.object({ view: z.literal('board'), boardId: idSchema }),
    z.object({ view: z.literal('plenary') }),
  ]),
  boardViewport: z.object({
    x: z.number().finite().min(-1e7).max(1e7),
    y: z.number().finite().min(-1e7).max(1e7),
    zoom: z.number().finite().min(0.01).max(100),
  }),
  raisedHand: z.object({ participantId: idSchema, at: z.number().finite().min(0) }),
  timer: z.object({
    durationMs: z.number().finite().min(0).max(maxTimerMs),
    startedAt: z.number().finite().min(0).nullable(),
    elapsedBeforeMs: z.number().finite().min(0).max(maxTimerMs),
  }),
  votingRound: z.object({
    id: z
      .string()
      .min(1, 'is required')
      .max(64)
      .regex(/^[^:]+$/u, 'may not contain ":"'),
    boardId: z.string().min(1, 'is required').max(64),
    votesPerPerson: z.number().int('must be a whole number').min(1).max(maxVotesPerPerson),
    reveal: z.enum(revealModes),
    status: z.enum(['open', 'closed']),
  }),
  reflectionNote: z.object({
    id: z.string().min(1, 'is required').max(64),
    text: z.string().max(1000, 'is longer than 1000 characters'),
    column: z.enum(reflectionColumns),
    author: z.string().min(1).max(64).optional(),
    createdAt: z.string().max(40),
  }),
};
const viewport = oracle.boardViewport;
const gatherOracle = z.object({ target: oracle.viewTarget, seq: z.number().int().min(0), viewport: viewport.optional() });

class NotPlain {
  groupId = 'g';
  boardId = 'b';
}
const ids = ['', 'a', 'g1', ' a ', 'a:b', 'x'.repeat(64), 'x'.repeat(65), '😀'.repeat(32), '😀'.repeat(33)];
const oddities = [undefined, null, 0, 1, Number.NaN, Number.POSITIVE_INFINITY, true, 'text', [], {}, ['a'], new NotPlain(), new Map()];
const numbers = [0, -0, 1, -1, 0.5, 1.5, 3, 20, 21, 0.01, 0.009, 100, 100.5, 1e7, 1e7 + 1, -1e7, -1e7 - 1, maxTimerMs, maxTimerMs + 1];
const bigNumbers = [2 ** 53, 2 ** 53 + 2, -(2 ** 53), Number.MAX_VALUE, Number.NEGATIVE_INFINITY, '3'];
const pool = [...ids, ...oddities, ...numbers, ...bigNumbers, 'board', 'plenary', 'live', 'end', 'open', 'closed', ...reflectionColumns];

/** A random object over `keys`: each key absent, undefined, or any value of the pool (often a fitting one). */
function randomObject(rng: ReturnType<typeof createPrng>, fields: Record<string, readonly unknown[]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, fitting] of Object.entries(fields)) {
    const roll = rng.next();
    if (roll < 0.1) continue;
    if (roll < 0.15) out[key] = undefined;
    else out[key] = rng.chance(0.7) ? rng.pick(fitting) : rng.pick(pool);
  }
  if (rng.chance(0.2)) out.extra = 'dropped';
  return out;
}

function messageOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Asserts the plain check and the zod schema agree on `value`. */
function agree(schema: z.ZodType, check: (value: unknown) => Checked<unknown>, value: unknown): void {
  const expected = schema.safeParse(value);
  const actual = check(value);
  const label = `value ${JSON.stringify(value) ?? String(value)}`;
  expect(actual.ok, label).toBe(expected.success);
  if (expected.success && actual.ok) expect(actual.value, label).toStrictEqual(expected.data);
  expect(
    messageOf(() => restoreChecked(check(value))),
    label,
  ).toBe(messageOf(() => restore(schema, value)));
}

const cases: {
  name: string;
  schema: z.ZodType;
  check: (value: unknown) => Checked<unknown>;
  fields: Record<string, readonly unknown[]>;
}[] = [
  { name: 'spotlight', schema: oracle.spotlight, check: checkSpotlight, fields: { groupId: ids, boardId: ids } },
  {
    name: 'view target',
    schema: oracle.viewTarget,
    check: (v) => checkViewTarget(v),
    fields: { view: ['board', 'plenary', 'map'], boardId: ids },
  },
  { name: 'board viewport', schema: viewport, check: (v) => checkBoardViewport(v), fields: { x: numbers, y: numbers, zoom: numbers } },
  {
    name: 'gather',
    schema: gatherOracle,
    check: checkGather,
    fields: {
      target: [{ view: 'plenary' }, { view: 'board', boardId: 'b1' }, { view: 'board', boardId: '' }, { view: 'nowhere' }, null],
      seq: [...numbers, ...bigNumbers],
      viewport: [{ x: 1, y: 2, zoom: 1 }, { x: 1, y: 2, zoom: 0 }, { x: 'a' }, null, undefined],
    },
  },
  { name: 'raised hand', schema: oracle.raisedHand, check: checkRaisedHand, fields: { participantId: ids, at: numbers } },
  {
    name: 'timer',
    schema: oracle.timer,
    check: checkTimerState,
    fields: { durationMs: numbers, startedAt: [...numbers, null], elapsedBeforeMs: numbers },
  },
  {
    name: 'voting round',
    schema: oracle.votingRound,
    check: checkVotingRound,
    fields: {
      id: ids,
      boardId: ids,
      votesPerPerson: [...numbers, ...bigNumbers],
      reveal: [...revealModes, 'never'],
      status: ['open', 'closed', 'paused'],
    },
  },
  {
    name: 'reflection note',
    schema: oracle.reflectionNote,
    check: checkReflectionNote,
    fields: {
      id: ids,
      text: ['', 'Keep the maps', 'x'.repeat(1000), 'x'.repeat(1001)],
      column: [...reflectionColumns, 'drop'],
      author: [...ids, undefined],
      createdAt: ['2026-12-06T11:00:00.000Z', 'x'.repeat(41), ''],
    },
  },
];

describe('plain checks of the control document and the reflection (issue 12): the same answers as the zod schemas they replace', () => {
  for (const { name, schema, check, fields } of cases) {
    it(`${name}: chosen values, seed 12 random objects`, () => {
      for (const value of pool) agree(schema, check, value);
      const rng = createPrng(12);
      for (let i = 0; i < 800; i++) agree(schema, check, randomObject(rng, fields));
    });
  }

  it('a well-formed value passes with its unknown fields left behind', () => {
    expect(checkSpotlight({ groupId: 'g1', boardId: 'b1', colour: 'red' })).toStrictEqual({
      ok: true,
      value: { groupId: 'g1', boardId: 'b1' },
    });
    expect(checkGather({ target: { view: 'board', boardId: 'b1' }, seq: 3 })).toStrictEqual({
      ok: true,
      value: { target: { view: 'board', boardId: 'b1' }, seq: 3 },
    });
    expect(checkVotingRound({ id: 'r1', boardId: 'b1', votesPerPerson: 3, reveal: 'live', status: 'open' }).ok).toBe(true);
  });

  it('ids: 1–64 characters (code points), as idSchema counted', () => {
    for (const value of pool) expect(isLiveId(value), String(value)).toBe(idSchema.safeParse(value).success);
  });

  it('an activity id is trimmed and checked as activitySchema does', () => {
    const idOnly = activitySchema.pick({ id: true });
    for (const value of pool) {
      const expected = idOnly.safeParse({ id: value });
      const actual = checkActivityId(value);
      expect(actual.ok, String(value)).toBe(expected.success);
      if (expected.success && actual.ok) expect(actual.value).toBe(expected.data.id);
      expect(messageOf(() => restoreChecked(checkActivityId(value)))).toBe(messageOf(() => restore(idOnly, { id: value })));
    }
  });

  it('a reflection note’s text and column alone, as the picked schemas checked them', () => {
    const textOnly = oracle.reflectionNote.pick({ text: true });
    const columnOnly = oracle.reflectionNote.pick({ column: true });
    for (const value of [...pool, 'x'.repeat(1000), 'x'.repeat(1001)]) {
      expect(messageOf(() => restoreChecked(checkedField(checkReflectionText(value))))).toBe(
        messageOf(() => restore(textOnly, { text: value })),
      );
      expect(messageOf(() => restoreChecked(checkedField(checkReflectionColumn(value))))).toBe(
        messageOf(() => restore(columnOnly, { column: value })),
      );
    }
  });
});
