/**
 * A list of texts in one cell (tags, roles, the targets of a connection): `a|b|c`, as Kumu
 * writes them. When that plain form would not read back the same list (an empty item, an item
 * with `|` or with spaces around it, or a first character `[`), the cell holds the list as a
 * JSON array instead, so export then import keeps every list exactly.
 */

export function writeListCell(items: readonly string[]): string | undefined {
  if (items.length === 0) return undefined;
  const plain = items.join('|');
  const readsBack = items.every((item) => item !== '' && item === item.trim() && !item.includes('|')) && !plain.startsWith('[');
  return readsBack ? plain : JSON.stringify(items);
}

/** The items of a cell: a JSON array of texts, else `|`-separated items, trimmed, empty ones and repeats left out. */
export function readListCell(cell: string): string[] {
  if (cell.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(cell);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
    } catch {
      // Not JSON: a plain item that happens to start with "[" (people write "[draft]").
    }
  }
  const items = cell
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}
