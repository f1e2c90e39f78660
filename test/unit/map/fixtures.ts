import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The text of a fixture in test/fixtures/ecosystem-map. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/ecosystem-map/${name}`, import.meta.url)), 'utf8');
}

/** The 1-based line of the first occurrence of `needle` in `text` (so tests survive reformatting). */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in the text`);
  return text.slice(0, at).split('\n').length;
}
