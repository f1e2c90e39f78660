import { describe, expect, it } from 'vitest';
import { fontRuns, visualOrder } from '../../../src/server/services/report/fontRuns.js';

const latin = (p: number) => p < 0x250;
const greek = (p: number) => p < 0x80 || (p >= 0x370 && p < 0x400);
const everything = () => true;

describe('fontRuns', () => {
  it('gives each character the first font that has it, keeping neighbours of one font in one run', () => {
    expect(fontRuns('Café Δήμος 💡!', [latin, greek, everything])).toEqual([
      { text: 'Café ', font: 0 },
      { text: 'Δήμος ', font: 1 },
      { text: '💡', font: 2 },
      { text: '!', font: 0 },
    ]);
  });

  it('keeps an emoji with its variation selector and skin tone, and falls back to the main font when none has it', () => {
    expect(fontRuns('👍🏽✅️', [latin, (p) => p >= 0x2000])).toEqual([{ text: '👍🏽✅️', font: 1 }]);
    expect(fontRuns('a\u{F0000}', [latin, greek])).toEqual([{ text: 'a\u{F0000}', font: 0 }]);
  });
});

describe('visualOrder', () => {
  it('reverses stretches of right-to-left words only, spaces kept', () => {
    expect(visualOrder('Idea مجلس المدينة 2 votes')).toBe('Idea المدينة مجلس 2 votes');
    expect(visualOrder('no change here')).toBe('no change here');
    expect(visualOrder('שלום עולם')).toBe('עולם שלום');
  });
});
