/**
 * What a file held where something else was expected, as data: its kind, and for a text, a
 * number, true/false or null the value as the file writes it (`"goverment"`, `7`, `true`), so each
 * language can say "found a list" in its own words (`fileProblem.found.<kind>`).
 */
export type FoundKind = 'text' | 'number' | 'boolean' | 'null' | 'nothing' | 'list' | 'object' | 'other';

export interface Found {
  found: FoundKind;
  /** The value as the file writes it (text quoted, cut at 40 characters; `null`); the type's name for `other`; else empty. */
  text: string;
}

export function found(value: unknown): Found {
  if (typeof value === 'string') return { found: 'text', text: JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) };
  if (value === null) return { found: 'null', text: 'null' };
  if (value === undefined) return { found: 'nothing', text: '' };
  if (Array.isArray(value)) return { found: 'list', text: '' };
  if (typeof value === 'object') return { found: 'object', text: '' };
  if (typeof value === 'number') return { found: 'number', text: String(value) };
  if (typeof value === 'boolean') return { found: 'boolean', text: String(value) };
  return { found: 'other', text: typeof value };
}

/** In English, as the readers have always said it: `"goverment"`, `a number`, `a list`. */
export function foundText({ found: kind, text }: Found): string {
  switch (kind) {
    case 'text':
    case 'boolean':
    case 'null':
      return text;
    case 'number':
      return `the number ${text}`;
    case 'nothing':
      return 'nothing';
    case 'list':
      return 'a list';
    case 'object':
      return 'an object';
    case 'other':
      return `a ${text}`;
  }
}

export function isFound(value: unknown): value is Found {
  return typeof value === 'object' && value !== null && typeof (value as Found).found === 'string';
}
