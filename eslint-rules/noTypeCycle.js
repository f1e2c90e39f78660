// import-x/no-cycle skips `import type` (and has no option not to), so a cycle that passes
// through a type-only import goes unseen. This rule reports a type-only import (or export)
// whose target leads back to the importing file through any imports: static, type-only,
// re-exports or dynamic import(). Cycles made of value imports alone are no-cycle's to report.
// Only relative specifiers are followed (the project's own files); files are read once per run.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const specifiers =
  /(?:\bimport|\bexport)\s[^;'"]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|\bimport\s*\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)|\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const comments = /\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm;

/** The file a relative specifier names: `./a.js` is `./a.ts` or `./a.tsx` in TypeScript sources. */
function resolveFile(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(js|jsx|ts|tsx|mjs)$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.js`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile()) ?? null;
}

const importsCache = new Map();

/** Every project file `file` imports, in any way. */
function importsOf(file) {
  const cached = importsCache.get(file);
  if (cached) return cached;
  const text = readFileSync(file, 'utf8').replace(comments, '$1');
  const found = new Set();
  for (const match of text.matchAll(specifiers)) {
    const target = resolveFile(file, match[1] ?? match[2] ?? match[3]);
    if (target) found.add(target);
  }
  importsCache.set(file, found);
  return found;
}

/** A path of imports from `start` back to `goal`, or null. */
function pathBack(start, goal) {
  const seen = new Set([start]);
  const queue = [[start]];
  while (queue.length > 0) {
    const route = queue.shift();
    for (const next of importsOf(route[route.length - 1])) {
      if (next === goal) return route;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...route, next]);
      }
    }
  }
  return null;
}

const typeOnly = (node) =>
  node.importKind === 'type' ||
  node.exportKind === 'type' ||
  (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));

export const noTypeCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles that pass through a type-only import.' },
    schema: [],
    messages: { cycle: 'Import cycle through a type-only import: {{route}}. Move the shared type to a file both can import.' },
  },
  create(context) {
    const file = context.physicalFilename;
    if (!existsSync(file)) return {};
    importsCache.delete(file); // the text being linted may be newer than the file read before
    const check = (node) => {
      if (!node.source || typeof node.source.value !== 'string' || !node.source.value.startsWith('.') || !typeOnly(node)) return;
      const target = resolveFile(file, node.source.value);
      if (!target || target === file) return;
      const route = pathBack(target, file);
      if (route) {
        const names = [file, ...route, file].map((f) => relative(context.cwd, f));
        context.report({ node, messageId: 'cycle', data: { route: names.join(' → ') } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
