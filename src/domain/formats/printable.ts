/**
 * Characters no export should carry: C0 controls but tab and line feed (NUL, BEL, escape…),
 * DEL, C1 controls (among them NEL, a line break to some readers), and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make text display
 * in another order than it is read ("Trojan Source"). The marks U+200E/U+200F stay: right-to-
 * left writing needs them and they reorder nothing.
 */
const unprintable = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
/** Line and paragraph separators, which some renderers and parsers take for line breaks. */
const separators = /[\u2028\u2029]/g;

/**
 * Text for a Markdown or Mermaid document: the characters above removed, U+2028/U+2029 made
 * spaces. Line feeds and tabs stay, so it applies to a whole document as well as to a line.
 */
export function printable(text: string): string {
  return text.replace(separators, ' ').replace(unprintable, '');
}
