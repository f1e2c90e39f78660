import { existsSync } from 'node:fs';
import { emojiFontFile, wideCoverageFonts } from '../shippedFonts.js';

export interface PdfFontSet {
  regular: string;
  bold: string;
  italic: string;
  /**
   * Font files tried in order, character by character, for what the style's font cannot
   * draw (PdfWriter splits text into runs): wide-coverage text fonts, then Noto Emoji, which
   * ships with the app.
   */
  fallbacks: { regular: string; bold: string; italic: string }[];
}

/**
 * TrueType families the PDF embeds when the system has them: Liberation Sans (metric twin of
 * Arial, as the map pictures ask for first), then DejaVu Sans (wider Unicode coverage), then
 * Arial on macOS and Windows. Embedded fonts carry accents, quotes and most scripts that
 * people type into boards. Without any, the PDF falls back to the built-in Helvetica, which
 * only knows Western European characters.
 */
const candidates: Omit<PdfFontSet, 'fallbacks'>[] = [
  ...['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation', '/usr/share/fonts/liberation-sans'].map((dir) => ({
    regular: `${dir}/LiberationSans-Regular.ttf`,
    bold: `${dir}/LiberationSans-Bold.ttf`,
    italic: `${dir}/LiberationSans-Italic.ttf`,
  })),
  ...['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/share/fonts/TTF'].map((dir) => ({
    regular: `${dir}/DejaVuSans.ttf`,
    bold: `${dir}/DejaVuSans-Bold.ttf`,
    italic: `${dir}/DejaVuSans-Oblique.ttf`,
  })),
  {
    regular: '/System/Library/Fonts/Supplemental/Arial.ttf',
    bold: '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
    italic: '/System/Library/Fonts/Supplemental/Arial Italic.ttf',
  },
  { regular: 'C:\\Windows\\Fonts\\arial.ttf', bold: 'C:\\Windows\\Fonts\\arialbd.ttf', italic: 'C:\\Windows\\Fonts\\ariali.ttf' },
];

const builtIn = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };
const emoji = { regular: emojiFontFile, bold: emojiFontFile, italic: emojiFontFile };

let found: PdfFontSet | undefined;

/** Font files (or built-in names) for the PDF's three styles; looked up once per process. */
export function pdfFonts(): PdfFontSet {
  if (found) return found;
  const main = candidates.find((set) => existsSync(set.regular) && existsSync(set.bold) && existsSync(set.italic));
  const wide = wideCoverageFonts();
  found = main
    ? { ...main, fallbacks: [...(wide && wide.regular !== main.regular ? [wide] : []), emoji] }
    : // No system font at all: the shipped emoji font is still better than boxes, and Helvetica the text.
      { ...builtIn, fallbacks: [emoji] };
  return found;
}
