/**
 * Smallest and largest of a list, and appending one list to another, in a loop. Spreading a
 * list into arguments (`Math.min(...xs)`, `list.push(...more)`) puts every element on the call
 * stack: past about 100,000 elements it throws RangeError, so a large board could no longer draw
 * its picture or appear in the report. These take any length.
 */

/** The smallest number of `values`; Infinity for none, as Math.min() gives. */
export function minOf(values: Iterable<number>): number {
  let least = Infinity;
  for (const v of values) if (v < least || Number.isNaN(v)) least = v;
  return least;
}

/** The largest number of `values`; -Infinity for none, as Math.max() gives. */
export function maxOf(values: Iterable<number>): number {
  let most = -Infinity;
  for (const v of values) if (v > most || Number.isNaN(v)) most = v;
  return most;
}

/** Appends every item of `items` to `list` (`list.push(...items)` for any length); returns `list`. */
export function pushAll<T>(list: T[], items: Iterable<T>): T[] {
  for (const item of items) list.push(item);
  return list;
}
