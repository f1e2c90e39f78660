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
 * Arial, as the map pictures ask for first), then Arial on macOS and Windows. Without any, the
 * PDF uses DejaVu Sans, shipped with the app (shippedFonts.ts), which is also the fallback for
 * the scripts the main font lacks, before Noto Emoji.
 */
const candidates: Omit<PdfFontSet, 'fallbacks'>[] = [
  ...['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation', '/usr/share/fonts/liberation-sans'].map((dir) => ({
    regular: `${dir}/LiberationSans-Regular.ttf`,
    bold: `${dir}/LiberationSans-Bold.ttf`,
    italic: `${dir}/LiberationSans-Italic.ttf`,
  })),
  {
    regular: '/System/Library/Fonts/Supplemental/Arial.ttf',
    bold: '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
    italic: '/System/Library/Fonts/Supplemental/Arial Italic.ttf',
  },
  { regular: 'C:\\Windows\\Fonts\\arial.ttf', bold: 'C:\\Windows\\Fonts\\arialbd.ttf', italic: 'C:\\Windows\\Fonts\\ariali.ttf' },
];

const emoji = { regular: emojiFontFile, bold: emojiFontFile, italic: emojiFontFile };

let found: PdfFontSet | undefined;

/** Font files (or built-in names) for the PDF's three styles; looked up once per process. */
export function pdfFonts(): PdfFontSet {
  if (found) return found;
  const wide = wideCoverageFonts();
  const main = candidates.find((set) => existsSync(set.regular) && existsSync(set.bold) && existsSync(set.italic));
  // No system font: the shipped DejaVu Sans is the text font, so no machine gets boxes.
  found = main ? { ...main, fallbacks: [wide, emoji] } : { ...wide, fallbacks: [emoji] };
  return found;
}
