import { describe, expect, it } from 'vitest';
import { labelNearView } from '../../../src/web/map/flow/labelNearView.js';

// A pane of 1000 × 800 px. A label reaches 110 board units left and right of its centre and 90
// up and down; it is drawn when that box comes within 120 screen px of the pane.
const pane = { width: 1000, height: 800 };

describe('a flow label is drawn only near the view', () => {
  it('at zoom 1: inside the pane, and up to its reach plus the margin outside it', () => {
    const s = { ...pane, transform: [0, 0, 1] as [number, number, number] };
    expect(labelNearView({ x: 500, y: 400 }, s)).toBe(true);
    expect(labelNearView({ x: 1000 + 120 + 110, y: 400 }, s)).toBe(true);
    expect(labelNearView({ x: 1000 + 120 + 111, y: 400 }, s)).toBe(false);
    expect(labelNearView({ x: 500, y: -120 - 90 }, s)).toBe(true);
    expect(labelNearView({ x: 500, y: -120 - 91 }, s)).toBe(false);
    expect(labelNearView({ x: 5000, y: 5000 }, s)).toBe(false);
  });

  it('zoomed out and moved: the margin is in screen px, so it covers more of the board', () => {
    // At zoom 0.5 moved by (-1000, -500) px the pane shows board x 2000–4000, y 1000–2600; 120 px is 240 units.
    const s = { ...pane, transform: [-1000, -500, 0.5] as [number, number, number] };
    expect(labelNearView({ x: 4000 + 240 + 110, y: 1500 }, s)).toBe(true);
    expect(labelNearView({ x: 4000 + 240 + 111, y: 1500 }, s)).toBe(false);
    expect(labelNearView({ x: 2000 - 240 - 110, y: 1500 }, s)).toBe(true);
    expect(labelNearView({ x: 2000 - 240 - 111, y: 1500 }, s)).toBe(false);
    expect(labelNearView({ x: 3000, y: 2600 + 240 + 91 }, s)).toBe(false);
  });
});
