import { found, foundText, sayMap as say, type Said } from '../fileProblems/index.js';
import type { Extra, MapIssue, Position } from './types.js';

/**
 * Reads the fields of one JSON object (a file element, or a board element's fields) and
 * restores each into a trusted value. Every problem is reported as an issue at the field's
 * path and the field falls back: optional → absent, list item → left out, duplicate → kept
 * once, too long → cut to the limit. A file reader refuses the file when there is any issue;
 * the board reader keeps the fallback (a bad peer's value is dropped or defaulted, never
 * thrown). `null` reads as absent for every optional field.
 *
 * Every field read is remembered, so `extra()` returns exactly the fields nobody asked for.
 */
export class FieldReader {
  private readonly read = new Set<string>();

  constructor(
    private readonly raw: Record<string, unknown>,
    readonly path: string,
    private readonly issues: MapIssue[],
  ) {}

  /** A reader for `raw` if it is a JSON object, else an issue and undefined. */
  static of(raw: unknown, path: string, issues: MapIssue[]): FieldReader | undefined {
    if (isRecord(raw)) return new FieldReader(raw, path, issues);
    issues.push({ path, ...say('notObject', { found: found(raw) }) });
    return undefined;
  }

  report(key: string, said: Said): void {
    this.issues.push({ path: join(this.path, key), ...said });
  }

  /** The raw value; absent and null both give undefined. */
  take(key: string): unknown {
    this.read.add(key);
    const value = Object.hasOwn(this.raw, key) ? this.raw[key] : undefined;
    return value === null ? undefined : value;
  }

  /** An id: a non-empty string. Required when `required`. */
  id(key: string, required: boolean): string | undefined {
    const value = this.take(key);
    if (value === undefined) {
      if (required) this.report(key, say('required'));
      return undefined;
    }
    if (typeof value === 'string' && value !== '') return value;
    this.report(key, say('notId', { found: found(value) }));
    return undefined;
  }

  text(key: string, max: number, required = false): string | undefined {
    const value = this.take(key);
    if (value === undefined) {
      if (required) this.report(key, say('required'));
      return undefined;
    }
    if (typeof value !== 'string') {
      this.report(key, say('notText', { found: found(value) }));
      return undefined;
    }
    if (fits(value, max)) return value;
    this.report(key, say('tooLong', { max }));
    // By code points, so a cut never splits an emoji into half a surrogate pair.
    return [...value].slice(0, max).join('');
  }

  choice<T extends string>(key: string, values: readonly T[], required = false): T | undefined {
    const value = this.take(key);
    if (value === undefined) {
      if (required) this.report(key, say('requiredOneOf', { values: values.join(', ') }));
      return undefined;
    }
    if (isOneOf(value, values)) return value;
    this.report(key, say('notOneOf', { found: found(value), values: values.join(', ') }));
    return undefined;
  }

  /**
   * A list of strings, each kept by `accept` (which reports why not, at the item's path).
   * Lists are sets: a repeated item is reported and kept once. Absent reads as empty.
   */
  list<T extends string>(key: string, maxItems: number, accept: (item: unknown, path: string) => item is T): T[] {
    const value = this.take(key);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.report(key, say('notList', { found: found(value) }));
      return [];
    }
    const out: T[] = [];
    value.forEach((item: unknown, index) => {
      const path = `${join(this.path, key)}[${index}]`;
      if (!accept(item, path)) return;
      if (out.includes(item)) this.issues.push({ path, ...say('listedTwice', { found: found(item) }) });
      else if (out.length >= maxItems) this.issues.push({ path, ...say('tooManyItems', { max: maxItems }) });
      else out.push(item);
    });
    return out;
  }

  /** An item check for `list` that accepts only the given values. */
  oneOf<T extends string>(values: readonly T[]): (item: unknown, path: string) => item is T {
    return (item, path): item is T => {
      if (isOneOf(item, values)) return true;
      this.issues.push({ path, ...say('notOneOf', { found: found(item), values: values.join(', ') }) });
      return false;
    };
  }

  /** An item check for `list` that accepts strings, non-empty when `nonEmpty`, up to `max` long. */
  texts(max: number, nonEmpty: boolean): (item: unknown, path: string) => item is string {
    return (item, path): item is string => {
      const ok = typeof item === 'string' && fits(item, max) && (!nonEmpty || item !== '');
      if (!ok) {
        const said = nonEmpty ? say('notId', { found: found(item) }) : say('notShortText', { max, found: found(item) });
        this.issues.push({ path, ...said });
      }
      return ok;
    };
  }

  /**
   * `{ x, y }` with finite numbers; anything else is reported and read as absent. Other fields
   * inside are reported (a position is not a place to keep unknown fields) and left out.
   */
  position(key: string): Position | undefined {
    const value = this.take(key);
    if (value === undefined) return undefined;
    if (!isRecord(value) || !isFiniteNumber(value['x']) || !isFiniteNumber(value['y'])) {
      this.report(key, say('notPosition', { found: found(value) }));
      return undefined;
    }
    const others = Object.keys(value).filter((k) => k !== 'x' && k !== 'y');
    if (others.length > 0) this.report(key, say('positionFields', { fields: others.join(', ') }));
    return { x: value['x'], y: value['y'] };
  }

  /** The fields nobody read, as found (kept on round trip); undefined when there are none. */
  extra(): Extra | undefined {
    // fromEntries defines own properties, so a "__proto__" field stays a field.
    const rest = Object.entries(this.raw).filter(([key]) => !this.read.has(key));
    return rest.length > 0 ? Object.fromEntries(rest) : undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(value: unknown, values: readonly T[]): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Whether text has at most `max` Unicode code points, as JSON Schema's maxLength counts.
 * n UTF-16 code units hold between n/2 and n code points, so most text needs no counting.
 */
function fits(text: string, max: number): boolean {
  return text.length <= max || (text.length <= 2 * max && [...text].length <= max);
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** A short description of a value for messages: `"goverment"`, `a number`, `a list`. */
export function describe(value: unknown): string {
  return foundText(found(value));
}
