import { describe, expect, it } from 'vitest';
import { actorTypeStyles, ink, mutedInk, noteStyles, paper } from '../../../src/domain/render/index.js';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('map picture colours (WCAG AA for text: 4.5:1)', () => {
  it('ink and muted ink on white', () => {
    expect(contrast(ink, paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(mutedInk, paper)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(actorTypeStyles))('actor type %s: its label on its tint, names on its tint', (_, style) => {
    expect(contrast(style.colour, style.tint)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(style.colour, paper)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(ink, style.tint)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(noteStyles))('note kind %s: heading and text on its tint', (_, style) => {
    expect(contrast(style.ink, style.tint)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(ink, style.tint)).toBeGreaterThanOrEqual(4.5);
  });
});
