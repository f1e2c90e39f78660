/**
 * Ids for imported elements that arrive without one (a Kumu element with no ID column, a
 * GraphML edge with no id): made from the label, so they read well and the same file always
 * gives the same ids (domain code has no randomness).
 */

/** `City Council` → `city-council`; letters of every script kept, accents dropped. */
export function slugOf(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug === '' ? fallback : slug;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet; the result is then taken. */
export function claimId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** `f1`, `f2`… the first not taken yet; the result is then taken. */
export function claimNumbered(prefix: string, taken: Set<string>): string {
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  taken.add(`${prefix}${n}`);
  return `${prefix}${n}`;
}
