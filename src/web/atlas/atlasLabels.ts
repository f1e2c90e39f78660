import type { Settings } from 'sigma/settings';
import { graphemes } from '../../shared/index.js';

type LabelData = { x: number; y: number; size: number; label?: string | null };

/** Room between a node's edge and its label, px (sigma's own). */
const gap = 3;
/** Room kept between a label and the box's sides, px. */
const margin = 8;

/**
 * Where a node's label goes so that it stays inside the graph's box: to the right of the node
 * as sigma draws it; to the left when the right has no room (a node at the right edge, a phone's
 * narrow box); shortened with an ellipsis when neither side has room; `margin` px from the box's
 * sides. Pure: `measure` gives a text's width in px, `width` is the box's.
 */
export function placeLabel(data: LabelData, width: number, measure: (text: string) => number): { text: string; x: number } | null {
  const label = data.label;
  if (!label) return null;
  const right = data.x + data.size + gap;
  const leftEnd = data.x - data.size - gap;
  const full = measure(label);
  if (right + full <= width - margin) return { text: label, x: right };
  if (full <= leftEnd - margin) return { text: label, x: leftEnd - full };
  const room = Math.max(width - margin - right, leftEnd - margin);
  // The most graphemes that fit with the ellipsis (binary search: measuring is the cost), at least one.
  const parts = graphemes(label);
  const cut = (n: number) => `${parts.slice(0, n).join('').trimEnd()}…`;
  let [fits, over] = [1, parts.length];
  while (over - fits > 1) {
    const mid = (fits + over) >> 1;
    if (measure(cut(mid)) <= room) fits = mid;
    else over = mid;
  }
  const text = cut(fits);
  return room === leftEnd - margin ? { text, x: leftEnd - measure(text) } : { text, x: right };
}

function labelFont(settings: Settings): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

const boxWidth = (context: CanvasRenderingContext2D) => context.canvas.clientWidth || context.canvas.width;

/** sigma's label drawing, with the label kept inside the box (`placeLabel`). */
export function drawAtlasLabel(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  context.font = labelFont(settings);
  const place = placeLabel(data, boxWidth(context), (t) => context.measureText(t).width);
  if (!place) return;
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.fillText(place.text, place.x, data.y + settings.labelSize / 3);
}

/** The hovered node: its label on a white box with a shadow (as sigma's), on whichever side `placeLabel` chose. */
export function drawAtlasHover(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  context.font = labelFont(settings);
  const place = placeLabel(data, boxWidth(context), (t) => context.measureText(t).width);
  const padding = 2;
  context.fillStyle = '#fff';
  context.shadowBlur = 8;
  context.shadowColor = '#000';
  context.beginPath();
  context.arc(data.x, data.y, data.size + padding, 0, Math.PI * 2);
  if (place) {
    const height = settings.labelSize + 2 * padding;
    context.rect(place.x - padding, data.y - height / 2, context.measureText(place.text).width + 2 * padding, height);
  }
  context.fill();
  context.shadowBlur = 0;
  if (!place) return;
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.fillText(place.text, place.x, data.y + settings.labelSize / 3);
}
