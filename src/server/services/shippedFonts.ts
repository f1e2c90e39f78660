import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Noto Emoji (monochrome, SIL OFL 1.1), shipped in the npm package @expo-google-fonts/noto-emoji:
 * installed with the app, never downloaded at run time. Monochrome because pdfkit cannot draw
 * colour emoji fonts; resvg reads it as well, so PDFs and PNG map pictures draw emoji alike.
 */
export const emojiFontFile: string = require.resolve('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf');

/**
 * Fonts with wide Unicode coverage (Greek, Cyrillic, Arabic, Hebrew, many symbols) that most
 * Linux servers have: DejaVu Sans, used for characters the report's main font lacks.
 */
const wideCoverage = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/share/fonts/TTF'].map((dir) => ({
  regular: `${dir}/DejaVuSans.ttf`,
  bold: `${dir}/DejaVuSans-Bold.ttf`,
  italic: `${dir}/DejaVuSans-Oblique.ttf`,
}));

/** DejaVu Sans in its three styles when the system has it; null otherwise. */
export function wideCoverageFonts(): { regular: string; bold: string; italic: string } | null {
  return wideCoverage.find((set) => existsSync(set.regular) && existsSync(set.bold) && existsSync(set.italic)) ?? null;
}
