/**
 * Text cut by what a person sees as one character (a grapheme: "é", "👩‍🔬", a flag), never
 * inside one. `String.prototype.slice` counts UTF-16 units and cuts an emoji in half ("Z�");
 * `Array.from` counts code points and still splits a family emoji or a flag. Intl.Segmenter
 * is in every browser we support and in Node 20.
 */
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Text for one line: control characters (line breaks among them) and runs of spaces become one space; trimmed. */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
}

/** The graphemes of `text`, in order. */
export function graphemes(text: string): string[] {
  // Printable ASCII is one grapheme per character; the segmenter is slow on a picture's thousands of words.
  if (printableAscii.test(text)) return text.split('');
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

const printableAscii = /^[\x20-\x7e]*$/;

/** How many graphemes `text` has: the length a person would count. */
export function graphemeLength(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/**
 * `text` cut to at most `max` graphemes; when cut, the last one kept is `ellipsis` (so the
 * result is still at most `max` long) and trailing spaces before it are dropped.
 */
export function truncateText(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text; // UTF-16 units are never fewer than graphemes
  const parts = graphemes(text);
  if (parts.length <= max) return text;
  const room = Math.max(0, max - graphemeLength(ellipsis));
  return parts.slice(0, room).join('').trimEnd() + ellipsis;
}
