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

/** How many people a list of organisations holds, and how many organisations: "5 people from 3 organisations". */
export function peopleFrom(organisations: readonly { count: number }[]): { people: number; organisations: number } {
  return { people: organisations.reduce((n, o) => n + o.count, 0), organisations: organisations.length };
}
