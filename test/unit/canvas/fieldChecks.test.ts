import { describe, expect, it } from 'vitest';
import { checkCanvasField, type CanvasField } from '../../../src/domain/canvas/fieldChecks.js';
import { fieldSchemas, issueMessage } from '../../../src/domain/canvas/fields.js';
import { canvasLimits } from '../../../src/domain/canvas/types.js';
import { knownKeys } from '../../../src/domain/canvas/canvasKeys.js';
import { schemaKeys } from '../../../src/domain/canvas/canvasFileSchema.js';

/** What the zod rule (the file reader's) says of a value: the oracle for the plain checks. */
function zodSays(field: CanvasField, value: unknown): string | undefined {
  const result = fieldSchemas[field].safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue ? issueMessage(issue) : 'is not valid';
}

const long = (n: number) => 'x'.repeat(n);
/** Values of every kind, at and past each limit. */
const values: unknown[] = [
  undefined,
  null,
  '',
  'a',
  ' ',
  'n-1',
  'data-sources',
  'purpose',
  'done',
  'not-started',
  'high',
  'yellow',
  'blue',
  'nope',
  '2027-01-31',
  '2027-02-29',
  '2028-02-29',
  '2027-13-01',
  '27-01-31',
  long(canvasLimits.id),
  long(canvasLimits.id + 1),
  long(canvasLimits.name),
  long(canvasLimits.name + 1),
  long(canvasLimits.title + 1),
  long(canvasLimits.noteText),
  long(canvasLimits.noteText + 1),
  long(canvasLimits.reviewSummary + 1),
  '😀'.repeat(canvasLimits.name),
  '😀'.repeat(canvasLimits.name + 1),
  '😀'.repeat(51),
  0,
  1,
  -1,
  2.5,
  canvasLimits.votes,
  canvasLimits.votes + 1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  [],
  {},
  ['a'],
  { id: 'a' },
];
const fields = Object.keys(fieldSchemas) as CanvasField[];

describe('the canvas’s field rules as plain functions (the live board’s operations, without zod)', () => {
  it.each(fields)('%s passes and fails the values zod does, with the same message', (field) => {
    for (const value of values) {
      const plain = checkCanvasField(field, value, 'p');
      const label = `${field} ${typeof value === 'string' && value.length > 20 ? `${value.slice(0, 5)}… (${value.length})` : JSON.stringify(value)}`;
      expect(plain?.message, label).toBe(zodSays(field, value));
      if (plain) expect(plain.path).toBe('p');
    }
  });
});

describe('the canvas format’s known fields, written out for the writer', () => {
  it('are the zod schema’s, object by object, in its order', () => {
    expect(knownKeys).toEqual(schemaKeys);
  });
});
