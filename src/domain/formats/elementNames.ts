import { saySheet, type Said } from '../fileProblems/index.js';
/**
 * Finds an element by what a connection calls it: its id, else its label (Kumu files without an
 * ID column name elements by label), else either one ignoring case and surrounding spaces. A
 * name that fits two elements is ambiguous, never guessed.
 */
export type Found = { id: string } | Said;

export function elementFinder(elements: readonly { id: string; name: string }[]): (name: string) => Found {
  const ids = new Set(elements.map((e) => e.id));
  const byLabel = group(elements.map((e) => [e.name, e.id]));
  const loose = (text: string) => text.trim().toLowerCase();
  const byLoose = group(elements.flatMap((e) => [[loose(e.id), e.id] as [string, string], [loose(e.name), e.id] as [string, string]]));
  return (name) => {
    if (ids.has(name)) return { id: name };
    for (const [table, key] of [
      [byLabel, name],
      [byLoose, loose(name)],
    ] as const) {
      const matches = [...new Set(table.get(key) ?? [])];
      if (matches.length === 1 && matches[0] !== undefined) return { id: matches[0] };
      if (matches.length > 1) return saySheet('ambiguousName', { name, count: matches.length, ids: matches.slice(0, 3).join(', ') });
    }
    return saySheet('noElement', { name });
  };
}

function group(pairs: [string, string][]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, id] of pairs) out.set(key, [...(out.get(key) ?? []), id]);
  return out;
}
