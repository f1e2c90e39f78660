import { icon, noteIconPaths } from './icons.js';
import { ink, mutedInk, noteStyles, sizes } from './pictureStyle.js';
import type { PlacedNote } from './placeNotes.js';
import { notePad } from './placeNotes.js';
import { attrs, escapeXml, num } from './xml.js';

/** The dotted line from a pinned note to what it is pinned to; drawn under cards and labels. */
export function drawNoteLink(placed: PlacedNote): string {
  if (!placed.anchor) return '';
  const { rect, anchor } = placed;
  const d = `M${num(anchor.x)} ${num(anchor.y)}L${num(rect.x + rect.width / 2)} ${num(rect.y + rect.height / 2)}`;
  return `<path ${attrs({ d, fill: 'none', stroke: mutedInk, 'stroke-width': 1.5, 'stroke-dasharray': '2 4', 'stroke-linecap': 'round' })}/>`;
}

/** A small sticky note: tinted paper with a soft shadow, its kind (icon and word) on top, then its text. */
export function drawNote(placed: PlacedNote): string {
  const { rect: r, note } = placed;
  const style = noteStyles[note.kind ?? 'unset'];
  const left = r.x + notePad.x;
  const parts = [
    `<rect ${attrs({ x: r.x + 2, y: r.y + 3, width: r.width, height: r.height, rx: 3, fill: '#000000', 'fill-opacity': '0.12' })}/>`,
    `<rect ${attrs({ x: r.x, y: r.y, width: r.width, height: r.height, rx: 3, fill: style.tint, stroke: style.ink, 'stroke-opacity': '0.45', 'stroke-width': 1 })}/>`,
    icon(noteIconPaths[note.kind ?? 'unset'], left, r.y + notePad.y + 1, 14, style.ink),
    `<text ${attrs({ x: left + 19, y: r.y + notePad.y + 12, 'font-size': sizes.noteText - 0.5, 'font-weight': 700, fill: style.ink })}>${escapeXml(placed.kindLabel)}</text>`,
  ];
  const textTop = r.y + notePad.y + notePad.heading + notePad.gap;
  placed.lines.forEach((line, i) => {
    parts.push(
      `<text ${attrs({ x: left, y: textTop + 13 + i * sizes.noteLine, 'font-size': sizes.noteText, fill: ink })}>${escapeXml(line)}</text>`,
    );
  });
  return `<g class="note">${parts.join('')}</g>`;
}
