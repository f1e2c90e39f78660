import { describe, expect, it } from 'vitest';
import { placeLabel } from '../../../src/web/atlas/atlasLabels.js';

// A text 6 px a character: enough to reason about where a label goes.
const measure = (text: string) => [...text].length * 6;

describe('an atlas label stays inside the graph’s box', () => {
  it('goes right of its node when it fits there, as sigma draws it', () => {
    expect(placeLabel({ x: 50, y: 0, size: 5, label: 'Sensor Co' }, 390, measure)).toEqual({ text: 'Sensor Co', x: 58 });
  });

  it('goes left of a node at the right edge', () => {
    const place = placeLabel({ x: 350, y: 0, size: 5, label: 'Clean Air Trust' }, 390, measure)!;
    expect(place).toEqual({ text: 'Clean Air Trust', x: 342 - 90 });
  });

  it('is shortened with an ellipsis, whole characters, when neither side has room', () => {
    const label = 'Coventry and Warwickshire Local Enterprise Partnership 👩‍🔬';
    const place = placeLabel({ x: 150, y: 0, size: 5, label }, 340, measure)!;
    expect(place.text.endsWith('…')).toBe(true);
    expect(place.x + measure(place.text)).toBeLessThanOrEqual(340 - 8);
    expect(place.x).toBeGreaterThanOrEqual(8);
    expect(label.startsWith(place.text.slice(0, -1))).toBe(true);
  });
});
