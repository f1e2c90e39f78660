import type { EcosystemMap, FlowKind } from '../map/index.js';
import { fullSearchLimit, placeFlowLabels } from './placeFlowLabels.js';
import { actorBox } from './actorBox.js';
import { drawActor } from './drawActor.js';
import { arrowMarkers, drawFlowLabel, drawFlowLine } from './drawFlow.js';
import { drawLegend, legendSize } from './drawLegend.js';
import { drawNote, drawNoteLink } from './drawNote.js';
import { drawnFlows } from './drawnFlows.js';
import { flowLabelBox } from './flowLabel.js';
import type { FlowLabelBox } from './flowLabel.js';
import type { Rect } from './layout.js';
import { layoutActors, spreadFactor } from './layout.js';
import { fontFamily, ink, mutedInk, paper, plainBelowScale, sizes } from './pictureStyle.js';
import { noteSize, placeNotes } from './placeNotes.js';
import { charsIn, wrapText } from './textWrap.js';
import { englishPictureWords, type PictureWords } from './pictureWords.js';
import { attrs, escapeXml, num } from './xml.js';
import { minOf, maxOf } from '../../shared/index.js';

export interface MapSvgOptions {
  /** The map's title, counts and description above the picture (default true). A report that has its own heading leaves it out. */
  header?: boolean;
  /**
   * The scale the picture will be shown at, told its size (a PNG's pixels per unit). Below
   * plainBelowScale the flows' labels are left out, as the zoomed-out editor leaves them: their
   * words would be a few pixels high, and drawing them is most of a giant map's PNG time.
   */
  scaleFor?: (size: { width: number; height: number }) => number;
  /** The words it draws and says that are not the map's own (English by default). */
  words?: PictureWords;
}

/** Gap between the map and the legend, and above an empty map's message. */
const sectionGap = 40;
const minWidth = 640;

function union(rects: Rect[]): Rect | null {
  if (rects.length === 0) return null;
  const x = minOf(rects.map((r) => r.x));
  const y = minOf(rects.map((r) => r.y));
  return { x, y, width: maxOf(rects.map((r) => r.x + r.width)) - x, height: maxOf(rects.map((r) => r.y + r.height)) - y };
}

/**
 * An ecosystem map as a standalone SVG document that looks like the editor: actor cards
 * shaped and coloured by organisation type with their roles, flows as arrows coloured and
 * patterned by kind with their labels, notes as small sticky notes, and a legend. Actors
 * without a position are laid out (layout.ts). All user text is escaped, so the result is
 * well-formed XML that shows labels as written. Pure and deterministic: the same map gives
 * the same string, byte for byte.
 */
export function mapSvg(map: EcosystemMap, options: MapSvgOptions = {}): string {
  const words = options.words ?? englishPictureWords;
  const boxes = new Map(map.actors.map((a) => [a.id, actorBox(a, words)]));
  const sizeOf = (id: string) => boxes.get(id) ?? { width: sizes.actorWidth, height: 80 };
  const labelBoxes = new Map(map.flows.map((f) => [f.id, flowLabelBox(map, f, words)]));
  // As people placed it when every label finds a clear place there; else with the distances
  // stretched (spreadFactor). A giant map is stretched at once: drawing it twice would take long.
  const stretched = spreadFactor(map, sizeOf);
  const asPlaced = stretched === 1 || map.flows.length <= fullSearchLimit ? drawAt(map, sizeOf, labelBoxes, 1) : undefined;
  const { spread, rects, curves, labelPlaces } =
    asPlaced && (asPlaced.allClear || stretched === 1) ? asPlaced : drawAt(map, sizeOf, labelBoxes, stretched);
  const labelRects = new Map([...labelPlaces].map(([id, place]) => [id, place.rect]));
  const notes = placeNotes(map, rects, curves, labelRects, spread, words);

  const content = union([...rects.values(), ...labelRects.values(), ...curves.map((c) => c.extent), ...notes.map((n) => n.rect)]);
  const legend = legendSize(words);
  const mapArea = content ?? { x: 0, y: 0, width: minWidth, height: 40 };
  const innerWidth = Math.max(minWidth, mapArea.width, legend.width);
  const width = innerWidth + 2 * sizes.margin;

  const header = options.header === false ? { svg: '', height: sizes.margin } : drawHeader(map, innerWidth, words);
  const mapTop = header.height;
  const legendTop = mapTop + mapArea.height + sectionGap;
  const height = legendTop + legend.height + sizes.margin;

  const dx = sizes.margin - mapArea.x;
  const dy = mapTop - mapArea.y;
  // Told the size as written in the SVG, which is what a PNG's scale is worked out from.
  const plain = (options.scaleFor?.({ width: Number(num(width)), height: Number(num(height)) }) ?? 1) < plainBelowScale;
  const flowLabels = plain
    ? ''
    : curves.map((c) => drawLabelOf(c.flow.kind, labelBoxes.get(c.flow.id), labelRects.get(c.flow.id))).join('');
  const body = content
    ? [
        `<g class="note-links">${notes.map(drawNoteLink).join('')}</g>`,
        `<g class="flows">${curves.map(drawFlowLine).join('')}</g>`,
        `<g class="actors">${map.actors.map((a) => drawActor(a, rects.get(a.id) ?? { x: 0, y: 0, width: 0, height: 0 }, boxes.get(a.id) ?? actorBox(a, words), words)).join('')}</g>`,
        `<g class="flow-labels">${flowLabels}</g>`,
        `<g class="notes">${notes.map(drawNote).join('')}</g>`,
      ].join('')
    : `<text ${attrs({ x: mapArea.x, y: mapArea.y + 24, 'font-size': 16, fill: mutedInk })}>${escapeXml(words.empty)}</text>`;

  const counts = { actors: map.actors.length, flows: map.flows.length, notes: map.notes.length };
  const title = words.title(map.title);
  const summary = words.summary(counts);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg ${attrs({ xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${num(width)} ${num(height)}`, role: 'img', 'aria-labelledby': 'map-title map-desc', 'font-family': fontFamily })}>`,
    `<title id="map-title">${escapeXml(title)}</title>`,
    `<desc id="map-desc">${escapeXml(summary)}</desc>`,
    `<defs>${arrowMarkers()}</defs>`,
    `<rect ${attrs({ width, height, fill: paper })}/>`,
    header.svg,
    `<g transform="translate(${num(dx)} ${num(dy)})">${body}</g>`,
    drawLegend(sizes.margin, legendTop, words),
    '</svg>\n',
  ].join('');
}

/** Cards, flows and flow labels with positioned actors' distances stretched by `spread`. */
function drawAt(
  map: EcosystemMap,
  sizeOf: (actorId: string) => { width: number; height: number },
  labelBoxes: Map<string, FlowLabelBox>,
  spread: number,
) {
  const rects = layoutActors(map, sizeOf, spread);
  const curves = drawnFlows(map, rects);
  // Notes with a position stay there (placeNotes): labels keep clear of them, as in the editor.
  const fixedNotes = map.notes.flatMap((n) =>
    n.position ? [{ x: n.position.x * spread, y: n.position.y * spread, width: noteSize(n).width, height: noteSize(n).height }] : [],
  );
  const labelPlaces = placeFlowLabels(
    curves.map((c) => ({ id: c.flow.id, points: c.points })),
    (id) => labelBoxes.get(id) ?? { width: 0, height: 0 },
    [...rects.values(), ...fixedNotes],
  );
  const allClear = [...labelPlaces.values()].every((place) => place.clear);
  return { spread, rects, curves, labelPlaces, allClear };
}

function drawLabelOf(kind: FlowKind, box: FlowLabelBox | undefined, rect: Rect | undefined): string {
  return box && rect ? drawFlowLabel(kind, box, rect) : '';
}

/** Title, counts and description, wrapped to the picture's width. */
function drawHeader(map: EcosystemMap, innerWidth: number, words: PictureWords): { svg: string; height: number } {
  const x = sizes.margin;
  let y = sizes.margin;
  const parts: string[] = [];
  for (const line of wrapText(map.title.trim() || words.untitled, charsIn(innerWidth, sizes.titleText, 'bold'), 2)) {
    y += 28;
    parts.push(`<text ${attrs({ x, y, 'font-size': sizes.titleText, 'font-weight': 700, fill: ink })}>${escapeXml(line)}</text>`);
  }
  y += 24;
  const counts = words.counts({ actors: map.actors.length, flows: map.flows.length, notes: map.notes.length });
  parts.push(`<text ${attrs({ x, y, 'font-size': sizes.descriptionText, fill: mutedInk })}>${escapeXml(counts)}</text>`);
  for (const line of wrapText(map.description ?? '', charsIn(innerWidth, sizes.descriptionText), 3)) {
    y += 20;
    parts.push(`<text ${attrs({ x, y, 'font-size': sizes.descriptionText, fill: ink })}>${escapeXml(line)}</text>`);
  }
  return { svg: `<g class="header">${parts.join('')}</g>`, height: y + sectionGap };
}
