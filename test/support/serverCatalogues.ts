import { expect } from 'vitest';
import { workshopLanguages } from '../../src/domain/index.js';
import { compileCatalogue } from '../../src/shared/i18n/compileCatalogue.js';

/**
 * The names of a compiled message's arguments, branches included: a message is its text or a
 * list of tokens, each text or an argument (`["name"]`, `["days", "plural", { one: […], other: […] }]`).
 */
function namesIn(message: unknown, into: Set<string>): Set<string> {
  if (!Array.isArray(message)) return into;
  for (const token of message as unknown[]) {
    if (!Array.isArray(token)) continue;
    const [name, , branches] = token as unknown[];
    if (typeof name === 'string') into.add(name);
    if (branches !== null && typeof branches === 'object') for (const branch of Object.values(branches)) namesIn(branch, into);
  }
  return into;
}

/** The names of a message's arguments ({name}, {days, plural, …}), sorted; a select's or plural's branch text is not one. */
const argumentsOf = (message: string) => [...namesIn(compileCatalogue({ message }, 'message').message, new Set())].sort();

/**
 * Checks a set of the server's catalogues (one per language, English the source): every language
 * has one with English's keys; each message compiles and fills the placeholders English fills;
 * none is left as its English except `sameAsEnglish` ("de:some.key"), words a person checked.
 */
export function expectCatalogues(catalogues: Record<string, Record<string, string>>, sameAsEnglish: readonly string[] = []): void {
  const en = catalogues.en!;
  expect(Object.keys(catalogues).sort()).toEqual([...workshopLanguages].sort());
  for (const [language, catalogue] of Object.entries(catalogues)) {
    expect(Object.keys(catalogue).sort(), language).toEqual(Object.keys(en).sort());
    expect(() => compileCatalogue(catalogue, language)).not.toThrow();
    for (const [key, message] of Object.entries(catalogue)) {
      expect(argumentsOf(message), `${language}:${key}`).toEqual(argumentsOf(en[key]!));
      if (language !== 'en' && !sameAsEnglish.includes(`${language}:${key}`)) expect(message, `${language}:${key}`).not.toBe(en[key]);
    }
  }
}

/** Checks that every key of `english` is written, quoted, somewhere in `code` (keys made from a template are passed in `made`). */
export function expectKeysUsed(english: Record<string, string>, code: string, made: (key: string) => boolean = () => false): void {
  for (const key of Object.keys(english).filter((k) => !made(k))) expect(code, key).toContain(`'${key}'`);
}
