import { describe, expect, it } from 'vitest';
import { decisionProblem } from '../../../src/domain/atlas/index.js';

describe('decisionProblem (SPEC T4)', () => {
  it('takes a pair of two actors or two datasets, and a split of an element and one of its sources', () => {
    expect(decisionProblem('accept', 'actor:city council', 'actor:council')).toBeUndefined();
    expect(decisionProblem('reject', 'dataset:air readings', 'dataset:air quality readings')).toBeUndefined();
    expect(decisionProblem('split', 'actor:city council', 'b1/a2')).toBeUndefined();
    expect(decisionProblem('accept', 'actor:@b1/a3', 'actor:city council@b2/a1')).toBeUndefined();
  });

  it('names what is wrong with a mismatched pair, an unknown key or a split without a source', () => {
    expect(decisionProblem('accept', 'actor:city council', 'dataset:air readings')).toBe(
      'a and b: "actor:city council" is an actor and "dataset:air readings" a dataset; a suggestion is between two actors or two datasets, never one of each',
    );
    expect(decisionProblem('reject', 'dataset:x', 'actor:y')).toMatch(/"dataset:x" is a dataset and "actor:y" an actor/);
    expect(decisionProblem('accept', 'council', 'actor:council')).toMatch(/^a: "council" is not an element key/);
    expect(decisionProblem('accept', 'actor:council', 'actor:')).toMatch(/^b: "actor:" is not an element key/);
    expect(decisionProblem('accept', 'actor:council', 'actor:council')).toMatch(/both name "actor:council"/);
    expect(decisionProblem('split', 'actor:council', 'a2')).toMatch(
      /^b: a split names the source to take out as "<board id>\/<element id>"/,
    );
    expect(decisionProblem('split', 'flow:x', 'b1/a2')).toMatch(/^a: "flow:x" is not an element key/);
  });
});
