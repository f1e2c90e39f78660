import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfFonts } from '../../../src/server/services/report/pdfFonts.js';
import { emojiFontFile, wideCoverageFonts } from '../../../src/server/services/shippedFonts.js';

describe('report and picture fonts ship with the app (nothing fetched, nothing assumed of the system)', () => {
  it('DejaVu Sans and Noto Emoji come from installed npm packages', () => {
    const wide = wideCoverageFonts();
    for (const file of [wide.regular, wide.bold, wide.italic, emojiFontFile]) {
      expect(file).toMatch(/node_modules\/(dejavu-fonts-ttf|@expo-google-fonts\/noto-emoji)\//);
      expect(existsSync(file)).toBe(true);
    }
  });

  it('the PDF falls back to the shipped DejaVu Sans for scripts its main font lacks, then to the emoji font', () => {
    const fonts = pdfFonts();
    const chain = [fonts.regular, ...fonts.fallbacks.map((f) => f.regular)];
    expect(chain).toContain(wideCoverageFonts().regular);
    expect(chain.at(-1)).toBe(emojiFontFile);
  });
});
