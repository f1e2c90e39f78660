import { describe, expect, it } from 'vitest';
import { restore, suggestionLengthProblem, suggestionLimits, suggestionRequest, suggestionTooLarge } from '../../src/domain/index.js';

describe('W5: an oversized audience suggestion is told the limit and what to do', () => {
  it('a note over the limit says how long it is, the limit, and to shorten it', () => {
    const text = 'x'.repeat(suggestionLimits.text + 12);
    expect(suggestionLengthProblem({ kind: 'note', text })).toBe(
      `Your note is ${suggestionLimits.text + 12} characters long; the limit is ${suggestionLimits.text}. Shorten it by 12, then send it again.`,
    );
    expect(suggestionLengthProblem({ kind: 'actor', name: 'n'.repeat(suggestionLimits.name + 1) })).toMatch(
      /^The actor's name is \d+ characters long; the limit is \d+\./,
    );
    expect(suggestionLengthProblem({ kind: 'flow', from: 'a', to: 'b', label: 'l'.repeat(suggestionLimits.label + 1) })).toMatch(
      /^What flows is/,
    );
  });

  it('counts as the server does: what passes here is not refused for its length there, and the reverse', () => {
    const fits = { kind: 'note' as const, text: ` ${'🙂'.repeat(suggestionLimits.text)} ` };
    expect(suggestionLengthProblem(fits)).toBeNull();
    expect(() => restore(suggestionRequest, fits)).not.toThrow();
    const over = { kind: 'note' as const, text: `${'🙂'.repeat(suggestionLimits.text)}x` };
    expect(suggestionLengthProblem(over)).not.toBeNull();
    expect(() => restore(suggestionRequest, over)).toThrow(/longer than the limit/);
  });

  it('a refusal for size names the limits', () => {
    expect(suggestionTooLarge).toContain(`${suggestionLimits.text} characters`);
  });
});
