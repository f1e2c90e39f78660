import type { Extra } from './types.js';

/**
 * The fields of `value` not in `known`, or undefined when there are none. Built with
 * `Object.fromEntries` so a key such as `__proto__` stays a plain field.
 */
export function extraFields(value: Record<string, unknown>, known: readonly string[]): Extra | undefined {
  const entries = Object.entries(value).filter(([key]) => !known.includes(key));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * `fields` followed by the kept unknown ones. An extra named like a known field is left out,
 * so it can never replace or resurrect a known field.
 */
export function withExtra(fields: Record<string, unknown>, extra: Extra | undefined, known: readonly string[]): Record<string, unknown> {
  if (!extra) return fields;
  return Object.fromEntries([...Object.entries(fields), ...Object.entries(extra).filter(([key]) => !known.includes(key))]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Nesting deeper than this in kept fields is cut off rather than copied. */
const maxDepth = 32;

/**
 * A fresh copy holding only what JSON can: a peer's document may hold binary data, big
 * integers or shared objects that would make writing the file throw, or leak mutation.
 */
function jsonCopy(value: unknown, depth: number): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (depth >= maxDepth) return undefined;
  if (Array.isArray(value)) return value.map((v) => jsonCopy(v, depth + 1) ?? null);
  if (!isPlainObject(value)) return undefined;
  const entries = Object.entries(value).map(([k, v]): [string, unknown] => [k, jsonCopy(v, depth + 1)]);
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}

/**
 * Kept unknown fields as stored somewhere untrusted (a peer's document): a JSON copy of a
 * plain object, less any field the format knows, or undefined. `known` is the field list of
 * that kind of object.
 */
export function restoreExtra(value: unknown, known: readonly string[]): Extra | undefined {
  const copy = jsonCopy(value, 0);
  return isPlainObject(copy) ? extraFields(copy, known) : undefined;
}
