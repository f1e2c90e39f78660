import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The text of a fixture in test/fixtures/ethics-canvas. */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/ethics-canvas/${name}`, import.meta.url)), 'utf8');
}

/** The 1-based line of the first occurrence of `needle` in `text` (so tests survive reformatting). */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in the text`);
  return text.slice(0, at).split('\n').length;
}

/**
 * The example in shared/formats/ethics-canvas.md (the contract), read from the document
 * itself so the tests notice if it changes; undefined where shared/ is not beside the repo.
 */
export function formatDocExample(): string | undefined {
  let doc: string;
  try {
    doc = readFileSync(fileURLToPath(new URL('../../../../shared/formats/ethics-canvas.md', import.meta.url)), 'utf8');
  } catch {
    return undefined;
  }
  const match = /```json\n([\s\S]*?)```/.exec(doc);
  if (!match?.[1]) throw new Error('the format document has no JSON example');
  return match[1];
}
