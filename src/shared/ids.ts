/**
 * Ids are made from a random source passed in, so domain code stays deterministic in tests.
 * `randomBytes(n)` returns n uniformly random bytes (crypto in production).
 */
export type RandomBytes = (n: number) => Uint8Array;

const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789'; // 32 symbols, no look-alikes (l, o, 0, 1)

/** A random string of `length` symbols from a 32-letter alphabet (5 bits each). */
export function randomCode(random: RandomBytes, length: number): string {
  const bytes = random(length);
  let out = '';
  for (const b of bytes) out += alphabet[b & 31];
  return out;
}

/** Entity ids: a readable prefix and 16 symbols (80 bits). */
export function newId(random: RandomBytes, prefix: string): string {
  return `${prefix}_${randomCode(random, 16)}`;
}

/** Invite codes: 24 symbols (120 bits), unguessable. */
export function newInviteCode(random: RandomBytes): string {
  return randomCode(random, 24);
}

/** Items by id, the first of each id as `Array.prototype.find` would give it: one pass instead of a search per lookup. */
export function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const found = new Map<string, T>();
  for (const item of items) if (!found.has(item.id)) found.set(item.id, item);
  return found;
}
