import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  suggestionLengthProblem,
  suggestionLimits,
  suggestionOverLimit,
  suggestionTooLarge,
  type SuggestionRequest,
} from '../../../src/domain/index.js';
import { catalogueText } from '../../../src/shared/i18n/catalogueText.js';
import type { CatalogueKey } from '../../../src/shared/i18n/catalogueKey.js';

const catalogue = (locale: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'src', 'shared', 'i18n', 'catalogues', `${locale}.json`), 'utf8')) as Record<
    CatalogueKey,
    string
  >;
const english = catalogueText(catalogue('en'), 'en');
const german = catalogueText(catalogue('de'), 'de');

/** The audience's suggest form (map/audience/SuggestForm.tsx) words its problems from `audience.suggest.` messages. */
describe('W5, F3: the audience’s suggest form says a suggestion is too long in the person’s language', () => {
  const over: SuggestionRequest[] = [
    { kind: 'actor', name: 'n'.repeat(suggestionLimits.name + 3) },
    { kind: 'flow', from: 'a', to: 'b', label: 'l'.repeat(suggestionLimits.label + 1) },
    { kind: 'note', text: 'x'.repeat(1500) }, // over a thousand: English writes 1500 as before, not 1,500
  ];
  const key = {
    name: 'audience.suggest.tooLong.name',
    label: 'audience.suggest.tooLong.label',
    text: 'audience.suggest.tooLong.text',
  } as const;
  const words = (text: typeof english, request: SuggestionRequest) => {
    const found = suggestionOverLimit(request);
    if (!found) return null;
    return text(key[found.field], { length: found.length, limit: found.limit, over: found.length - found.limit });
  };

  it('the English is the domain’s, word for word', () => {
    for (const request of over) expect(words(english, request)).toBe(suggestionLengthProblem(request));
    expect(suggestionOverLimit({ kind: 'note', text: 'fits' })).toBeNull();
    expect(english('audience.suggest.tooLarge', { text: suggestionLimits.text, name: suggestionLimits.name })).toBe(suggestionTooLarge);
    expect(english('audience.suggest.text.hint', { max: suggestionLimits.text, count: 1234 })).toBe('At most 500 characters (1234 now).');
  });

  it('German says it with its own numbers', () => {
    expect(words(german, over[2]!)).toBe(
      'Ihre Notiz ist 1.500 Zeichen lang; erlaubt sind 500. Kürzen Sie sie um 1.000 Zeichen und senden Sie sie dann erneut.',
    );
  });
});
