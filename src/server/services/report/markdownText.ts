import { plural } from '../../../shared/index.js';

/**
 * User text inside one line of Markdown: line breaks become spaces, and characters Markdown
 * or HTML would read as markup are backslash-escaped, so `<script>` prints as the characters
 * `<script>` (no renderer sees a tag) and "*urgent*" or "1. first" print as written. The same
 * rule as the canvas's Markdown export (src/domain/canvas/canvasToMarkdown.ts), which does not
 * export its helper. Brackets are escaped, so user text can neither open nor close a link.
 */
export function mdText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>#|~!&]/g, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+=])/, '\\$1');
}

/** "3 notes", "1 note" (the shared plural helper). */
export function count(n: number, word: string, many = `${word}s`): string {
  return plural(n, { one: word, other: many });
}

/**
 * A board's heading: "Ecosystem map: Air quality (Group 1)". The kind is left out when the
 * title starts with it, the group when the title names it already ("Data ethics canvas —
 * Group 1" stays as it is).
 */
export function boardHeading(kind: string, board: { title: string; group: string | null }): string {
  const group = board.group === null || board.title.includes(board.group) ? '' : ` (${board.group})`;
  const named = board.title.toLowerCase().startsWith(kind.toLowerCase()) ? board.title : `${kind}: ${board.title}`;
  return `${named}${group}`;
}

/** "5 people from 3 organisations": how many people a list of organisations holds. */
export function peopleFrom(organisations: readonly { count: number }[]): string {
  const people = organisations.reduce((n, o) => n + o.count, 0);
  return `${count(people, 'person', 'people')} from ${count(organisations.length, 'organisation')}`;
}
