import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const web = join(process.cwd(), 'src', 'web');
/** The calls that wait for a part's messages before it draws (src/web/i18n/i18n.ts `messagesFor`, ui/lazyPart). */
const doors = ['messagesFor', 'lazyPart'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The names of the calls whose parentheses hold `at`, innermost first, back to the statement's start. */
function enclosingCalls(text: string, at: number): string[] {
  const calls: string[] = [];
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth > 0) depth--;
      else calls.push(/([A-Za-z_$][\w$]*)\s*$/.exec(text.slice(Math.max(0, i - 60), i))?.[1] ?? '');
    } else if (depth === 0 && (c === ';' || c === '{' || c === '}')) break;
  }
  return calls;
}

describe('a lazily loaded part of the app brings its language with it (docs/i18n.md, "Catalogue weight")', () => {
  it('every import() of src/web code waits for its messages: it is inside messagesFor(…) or lazyPart(…)', () => {
    const bare: string[] = [];
    for (const file of sourceFiles(web)) {
      const text = readFileSync(file, 'utf8');
      for (const found of text.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)) {
        const target = resolve(dirname(file), found[1] ?? '');
        if (relative(web, target).startsWith('..')) continue; // src/doc, src/domain: no messages
        if (!enclosingCalls(text, found.index).some((call) => doors.includes(call))) bare.push(`${relative(web, file)}: ${found[0]}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('the check finds a bare import() and accepts the doors', () => {
    const inside = (code: string) => enclosingCalls(code, code.indexOf("import('"));
    expect(inside("const A = lazy(() => import('./A.js').then((m) => ({ default: m.A })));")).toEqual(['lazy']);
    expect(inside("const A = lazy(() => messagesFor(import('./A.js')).then((m) => m));")).toEqual(['messagesFor', 'lazy']);
    expect(inside("const A = lazyPart(\n  () => whenDrawn().then(() => import('./A.js').then((m) => m.A)),\n  'the part',\n);")).toEqual([
      'then',
      'lazyPart',
    ]);
  });
});
