import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * SPEC F8: the style sheets say start and end, not left and right (`margin-inline-start`,
 * `inset-inline-end`, `text-align: start`), so a right-to-left language can be added by setting
 * `dir`. A line that must stay physical (the map's own coordinates, a drawn tick, centring with
 * translate(-50%)) says why in a `physical:` comment on the same line.
 */
const webDir = join(import.meta.dirname, '../../../src/web');

const physical = [
  /^\s*(margin|padding)-(left|right)\s*:/,
  /^\s*border-(left|right)(-[a-z]+)?\s*:/,
  /^\s*border-(top|bottom)-(left|right)-radius\s*:/,
  /^\s*(left|right)\s*:/,
  /^\s*(text-align|float|clear)\s*:\s*(left|right)\b/,
  /^\s*transition(-property)?\s*:.*\b(left|right)\b/,
];

function styleSheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return styleSheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** Every line of `css` that names a physical side without saying why: "file:line: text". */
export function physicalLines(file: string, css: string): string[] {
  return css
    .split('\n')
    .flatMap((line, i) =>
      physical.some((p) => p.test(line)) && !/\/\*\s*physical:\s*\S/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
    );
}

describe('F8: logical properties in the style sheets', () => {
  it('finds a physical side, and accepts one that says why', () => {
    const sample = [
      '.a {',
      '  margin-left: 1rem;',
      '  left: 50%; /* physical: centred */',
      '  text-align: right;',
      '  inset-inline-start: 0;',
      '}',
    ];
    expect(physicalLines('x.css', sample.join('\n'))).toEqual(['x.css:2: margin-left: 1rem;', 'x.css:4: text-align: right;']);
  });

  it('no style sheet of the web app names left or right without a reason', () => {
    const sheets = styleSheets(webDir);
    expect(sheets.length).toBeGreaterThan(10);
    const found = sheets.flatMap((path) => physicalLines(relative(webDir, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });
});
