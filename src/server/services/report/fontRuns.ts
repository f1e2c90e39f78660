/** Whether a font can draw a code point; null when it cannot say (pdfkit's built-in fonts). */
export type Coverage = (codePoint: number) => boolean;

/** Marks that belong to the character before them and never choose a font of their own. */
const joiners = /^[\u200c\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u0300-\u036f]$/u;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Text cut into runs, each with the index of the first font in `fonts` that draws the run's
 * characters (0, the main font, when none does: its missing-glyph box is the honest answer).
 * Whole grapheme clusters stay together, so an emoji with its variation selector or skin tone
 * or an accented letter never splits between fonts. Neighbouring characters of one font
 * share a run, so Latin text is one run as before.
 */
export function fontRuns(text: string, fonts: Coverage[]): { text: string; font: number }[] {
  const runs: { text: string; font: number }[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const points = [...segment].map((c) => c.codePointAt(0) ?? 0);
    const base = points.filter((p) => !joiners.test(String.fromCodePoint(p)));
    const needed = base.length === 0 ? points : base;
    const last = runs[runs.length - 1];
    // Spaces and line breaks go with the run they are in: every font has them.
    const font =
      last && /^\s+$/u.test(segment)
        ? last.font
        : Math.max(
            0,
            fonts.findIndex((covers) => needed.every((p) => covers(p))),
          );
    if (last && last.font === font) last.text += segment;
    else runs.push({ text: segment, font });
  }
  return runs;
}

/** Letters of right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms. */
const rtlLetter = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

/**
 * Words of a right-to-left script put in the order they are seen. pdfkit lays out words left
 * to right, while its font engine (fontkit) shapes and orders the letters of each word; so a
 * phrase in Arabic would print with its words backwards. Each stretch of consecutive RTL
 * words is reversed. A basic step, not the full Unicode bidirectional algorithm: a long RTL
 * paragraph that wraps keeps its lines in reading order but right-aligned text is not.
 */
export function visualOrder(text: string): string {
  if (!rtlLetter.test(text)) return text;
  const words = text.split(/(\s+)/u);
  const out: string[] = [];
  let stretch: string[] = [];
  const flush = () => {
    // Spaces after the stretch stay after it; those between its words reverse with them.
    const trailing: string[] = [];
    while (stretch.length > 0 && /^\s+$/u.test(stretch[stretch.length - 1]!)) trailing.unshift(stretch.pop()!);
    out.push(...stretch.reverse(), ...trailing);
    stretch = [];
  };
  for (const word of words) {
    if (rtlLetter.test(word) || (stretch.length > 0 && /^\s+$/u.test(word))) stretch.push(word);
    else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out.join('');
}
