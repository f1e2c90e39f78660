import { AppError } from '../shared/index.js';

/**
 * Checks for values peers write into live documents, as plain functions. The browser runs
 * them on every change of the control document, and zod (about 24 kB gzip) is too heavy for
 * a board page's start (issue 12), so these few rules are written out by hand. They keep the
 * behaviour the zod schemas had: the same values pass and fail, the output keeps only the
 * known fields, and the messages are zod's English ones (test/unit/facilitation/
 * plainChecks.test.ts holds the old schemas as the oracle). Request bodies and files still
 * use zod (validation.ts), which only the server loads.
 */

export interface Issue {
  path: (string | number)[];
  message: string;
}

/** A check's answer: the restored value (known fields only), or every problem found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** What a field check returns: the value to keep, and the problems (empty when it passes). */
export interface FieldResult<T> {
  value: T;
  issues: Issue[];
}

/** zod's name for what a value is, as its messages print it ("received null"). */
function typeName(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'number' : String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    const ctor = (value as { constructor?: { name?: string } }).constructor;
    if (proto !== Object.prototype && ctor && typeof ctor.name === 'string') return ctor.name;
  }
  return typeof value;
}

const wrongType = (expected: string, value: unknown, path: Issue['path']): Issue => ({
  path,
  message: `Invalid input: expected ${expected}, received ${typeName(value)}`,
});

export interface TextRule {
  min?: number;
  max?: number;
  /** Messages in place of zod's "Too small…" / "Too big…". */
  minMessage?: string;
  maxMessage?: string;
  /** Trimmed before the checks, and kept trimmed. */
  trim?: boolean;
  pattern?: { regex: RegExp; message: string };
}

/** Length in code points (an emoji is one), as zod counts a string's length. */
function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** A string of `min`–`max` characters (code points, as zod counts them). */
export function checkText(value: unknown, path: Issue['path'], rule: TextRule): FieldResult<string> {
  if (typeof value !== 'string') return { value: '', issues: [wrongType('string', value, path), ...arrayLength(value, path, rule)] };
  const text = rule.trim ? value.trim() : value;
  const length = codePoints(text);
  const issues: Issue[] = [];
  if (rule.min !== undefined && length < rule.min)
    issues.push({ path, message: rule.minMessage ?? `Too small: expected string to have >=${rule.min} characters` });
  if (rule.max !== undefined && length > rule.max)
    issues.push({ path, message: rule.maxMessage ?? `Too big: expected string to have <=${rule.max} characters` });
  if (rule.pattern && !rule.pattern.regex.test(text)) issues.push({ path, message: rule.pattern.message });
  return { value: text, issues };
}

/** zod still measures a list given where text belongs, and says so: kept for the same messages. */
function arrayLength(value: unknown, path: Issue['path'], rule: TextRule): Issue[] {
  if (!Array.isArray(value)) return [];
  const issues: Issue[] = [];
  if (rule.min !== undefined && value.length < rule.min)
    issues.push({ path, message: rule.minMessage ?? `Too small: expected array to have >=${rule.min} items` });
  if (rule.max !== undefined && value.length > rule.max)
    issues.push({ path, message: rule.maxMessage ?? `Too big: expected array to have <=${rule.max} items` });
  return issues;
}

/** `checkText`'s length rule alone, for a value that is known to be a string when it passes. */
export function isTextOfLength(value: unknown, min: number, max: number): value is string {
  if (typeof value !== 'string') return false;
  const length = codePoints(value);
  return length >= min && length <= max;
}

export interface NumberRule {
  min?: number;
  max?: number;
  /** A whole number within ±(2⁵³ − 1) (zod's `.int()`): true for zod's messages, or the message to give. */
  int?: true | string;
}

/** A finite number (NaN and ±Infinity fail, as in zod 4) within `min`–`max`. */
export function checkNumber(value: unknown, path: Issue['path'], rule: NumberRule): FieldResult<number> {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { value: 0, issues: [wrongType('number', value, path)] };
  const issues: Issue[] = [];
  if (rule.int !== undefined) {
    // As zod: a number that is not whole stops there; a whole one past ±(2⁵³ − 1) is one more
    // issue, worded by the rule's message when it has one.
    const custom = rule.int === true ? undefined : rule.int;
    if (!Number.isInteger(value)) return { value, issues: [{ path, message: custom ?? 'Invalid input: expected int, received number' }] };
    if (value > Number.MAX_SAFE_INTEGER)
      issues.push({ path, message: custom ?? `Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}` });
    if (value < Number.MIN_SAFE_INTEGER)
      issues.push({ path, message: custom ?? `Too small: expected int to be >=${Number.MIN_SAFE_INTEGER}` });
  }
  if (rule.min !== undefined && value < rule.min) issues.push({ path, message: `Too small: expected number to be >=${rule.min}` });
  if (rule.max !== undefined && value > rule.max) issues.push({ path, message: `Too big: expected number to be <=${rule.max}` });
  return { value, issues };
}

/** One of `values`. */
export function checkOneOf<T extends string>(value: unknown, path: Issue['path'], values: readonly T[]): FieldResult<T> {
  if ((values as readonly unknown[]).includes(value)) return { value: value as T, issues: [] };
  const expected = values.map((v) => `"${v}"`).join('|');
  return { value: values[0] as T, issues: [{ path, message: `Invalid option: expected one of ${expected}` }] };
}

/** A plain object (anything typeof "object" but null or an array, as zod's z.object takes). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The issue for a value that is not an object, at `path`. */
export function notAnObject(value: unknown, path: Issue['path'] = []): Issue {
  return wrongType('object', value, path);
}

/** Gathers field results into a Checked value. */
export function checkedFrom<T>(value: T, results: readonly { issues: Issue[] }[]): Checked<T> {
  const issues = results.flatMap((r) => r.issues);
  return issues.length === 0 ? { ok: true, value } : { ok: false, issues };
}

/** One field's result as a Checked value. */
export function checkedField<T>(field: FieldResult<T>): Checked<T> {
  return checkedFrom(field.value, [field]);
}

/** The value, or null when it fails: for reading what peers wrote. */
export function valueOrNull<T>(checked: Checked<T>): T | null {
  return checked.ok ? checked.value : null;
}

/**
 * The value, or throws VALIDATION_FAILED naming the first five problems by path, worded as
 * `restore` (validation.ts) words them.
 */
export function restoreChecked<T>(checked: Checked<T>): T {
  if (checked.ok) return checked.value;
  const detail = checked.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : 'body'}: ${i.message}`)
    .join('; ');
  throw new AppError('VALIDATION_FAILED', detail);
}
