import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Noto Emoji (monochrome, SIL OFL 1.1), shipped in the npm package @expo-google-fonts/noto-emoji:
 * installed with the app, never downloaded at run time. Monochrome because pdfkit cannot draw
 * colour emoji fonts; resvg reads it as well, so PDFs and PNG map pictures draw emoji alike.
 */
export const emojiFontFile: string = require.resolve('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf');

/**
 * DejaVu Sans (Bitstream Vera licence, permissive), shipped in the npm package
 * dejavu-fonts-ttf: wide Unicode coverage (Greek, Cyrillic, Arabic, Hebrew, many symbols) for
 * characters the report's main font lacks, and the main font itself where the system has
 * none. Installed with the app, never downloaded, never looked for on the system.
 */
const dejavu = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
const wideCoverage = { regular: dejavu('DejaVuSans.ttf'), bold: dejavu('DejaVuSans-Bold.ttf'), italic: dejavu('DejaVuSans-Oblique.ttf') };

/** DejaVu Sans in its three styles, as shipped with the app. */
export function wideCoverageFonts(): { regular: string; bold: string; italic: string } {
  return wideCoverage;
}
