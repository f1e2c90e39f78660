import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readMapFile } from '../../../src/domain/map/index.js';
import type { EcosystemMap, ReadMapResult } from '../../../src/domain/map/index.js';

/** A file under test/fixtures, as bytes. */
export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url))));
}

/** A file under test/fixtures, as text. */
export function fixtureText(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), 'utf8');
}

/** The golden map (test/fixtures/ecosystem-map/v1-air-quality.json). */
export function goldenMap(): EcosystemMap {
  return mapOf(readMapFile(fixtureText('ecosystem-map/v1-air-quality.json')), 'golden map');
}

export function mapOf(result: ReadMapResult, what = 'file'): EcosystemMap {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.errors.slice(0, 5))}`);
  return result.map;
}

/** The problems a refused file is refused with ('' when it was read). */
export function errorsOf(result: ReadMapResult): string[] {
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}${e.line ? ` (line ${e.line})` : ''}`);
}
