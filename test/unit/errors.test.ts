import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeCodes, errorRegistry } from '../../src/shared/index.js';

describe('error registry', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

  it('E1: docs/errors.md lists every code with its status, close code and message', () => {
    for (const [code, e] of Object.entries(errorRegistry)) {
      const close = (closeCodes as Record<string, number>)[code] ?? '';
      expect(doc, code).toContain(`| \`${code}\` | ${e.status} | ${close} | ${e.message} |`);
    }
    const listed = [...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(Object.keys(errorRegistry).sort());
  });

  it('E1: every message says what to do, in a sentence', () => {
    for (const [code, e] of Object.entries(errorRegistry)) expect(e.message, code).toMatch(/^[A-Z].*\.$/);
  });
});
