import { graphemes } from '../../shared/index.js';

/**
 * Line breaking without font metrics. The picture is drawn where no font can be measured
 * (pure domain code, and the viewer picks its own system font), so widths are estimated
 * from character counts: `charWidth` em per character is on the wide side of common sans
 * fonts (Arial/Liberation ≈ 0.5, DejaVu ≈ 0.55 for mixed text), so a line fits in any of them.
 */
export const charWidth = { regular: 0.56, bold: 0.61 } as const;

/** How many characters fit in `width` at `fontSize`. */
export function charsIn(width: number, fontSize: number, weight: keyof typeof charWidth = 'regular'): number {
  return Math.max(1, Math.floor(width / (fontSize * charWidth[weight])));
}

/** Estimated width of a line of text. */
export function textWidth(text: string, fontSize: number, weight: keyof typeof charWidth = 'regular'): number {
  return Array.from(text).length * fontSize * charWidth[weight];
}

/**
 * Breaks `text` into at most `maxLines` lines of at most `maxChars` characters (code points),
 * at spaces where it can and inside a word only when the word alone is too long. Text that
 * does not fit ends with "…". Line breaks and runs of white space in the text become one space.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line: string[] = [];
  const push = () => {
    lines.push(line.join(''));
    line = [];
  };
  for (const word of words) {
    let chars = graphemes(word);
    if (line.length > 0 && line.length + 1 + chars.length <= maxChars) {
      line.push(' ', ...chars);
      continue;
    }
    if (line.length > 0) push();
    while (chars.length > maxChars) {
      lines.push(chars.slice(0, maxChars).join(''));
      chars = chars.slice(maxChars);
    }
    line = chars;
  }
  if (line.length > 0) push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = graphemes(kept[maxLines - 1] ?? '');
  kept[maxLines - 1] = `${last
    .slice(0, Math.max(0, maxChars - 1))
    .join('')
    .trimEnd()}…`;
  return kept;
}
