/**
 * Fractional order keys: strings that sort (by plain string comparison) in the order notes
 * are shown, so a note can be placed between two others by writing one value, never by
 * shifting its neighbours. Two clients placing notes into the same gap at once may get the
 * same key; readers then order by id, so the result is the same on every replica.
 *
 * A key is base-36 digits read as a fraction (`"i"` is one half) that does not end in `0`,
 * which leaves room below every key.
 */
const digits = '0123456789abcdefghijklmnopqrstuvwxyz';
const base = digits.length;

export function isOrderKey(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-z]*[1-9a-z]$/.test(value);
}

/** A key strictly between `a` and `b`, where '' is 0 and `undefined` is 1; `a` < `b`. */
function midpoint(a: string, b: string | undefined): string {
  if (b !== undefined) {
    let n = 0;
    while ((a[n] ?? '0') === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const da = a === '' ? 0 : digits.indexOf(a[0] as string);
  const db = b === undefined ? base : digits.indexOf(b[0] as string);
  if (db - da > 1) return digits[Math.round((da + db) / 2)] as string;
  // Adjacent digits: b's first digit alone already lies between, if b goes on after it.
  if (b !== undefined && b.length > 1) return b.slice(0, 1);
  return (digits[da] as string) + midpoint(a.slice(1), undefined);
}

/**
 * A key after `before` and before `after` (either may be absent: the start or end of the
 * list). Never throws: keys a peer wrote badly count as the start of the list, and when no
 * key fits between (equal neighbours) the result goes right after `before`.
 */
export function keyBetween(before: string | undefined, after: string | undefined): string {
  const lo = isOrderKey(before) ? before : '';
  const hi = isOrderKey(after) && after > lo ? after : undefined;
  return midpoint(lo, hi);
}

/** `count` keys in order, evenly spread and short, for laying out an imported list. */
export function spreadKeys(count: number): string[] {
  const width = Math.max(1, Math.ceil(Math.log(count + 1) / Math.log(base)));
  // The final 'i' keeps every key valid (no trailing 0) without changing the order.
  return Array.from({ length: count }, (_, i) => `${(i + 1).toString(base).padStart(width, '0')}i`);
}

/** The key a reader sorts by: a bad key counts as the start of the list. */
export function effectiveKey(value: unknown): string {
  return isOrderKey(value) ? value : '';
}
