import { actorRoles, actorTypes, flowKinds, noteKinds } from '../map/index.js';
import { actorOutline } from './actorOutline.js';
import { flowStroke } from './drawFlow.js';
import { flowIconPaths, icon, noteIconPaths, roleMarkPaths, typeIconPaths } from './icons.js';
import { actorTypeStyles, flowStyles, ink, noteStyles, paper, roleColours, rule, sizes } from './pictureStyle.js';
import { englishPictureWords, type PictureWords } from './pictureWords.js';
import { textWidth } from './textWrap.js';
import { attrs, escapeXml, num } from './xml.js';
import { maxOf } from '../../shared/index.js';

interface Entry {
  /** The sample drawn in a `sampleWidth` × 22 slot whose top-left is (x, y). */
  sample: (x: number, y: number) => string;
  label: string;
}

interface Column {
  heading: string;
  sampleWidth: number;
  entries: Entry[];
}

const rowHeight = 28;
const columnGap = 36;
const pad = 18;
const headingHeight = 30;

/** The legend's columns, in `words`. */
const columnsIn = (words: PictureWords): Column[] => [
  {
    heading: words.legend.types,
    sampleWidth: 40,
    entries: [...actorTypes, 'unset' as const].map((type) => ({
      label: words.actorType(type === 'unset' ? undefined : type),
      sample: (x, y) =>
        actorOutline({ x, y: y + 1, width: 40, height: 20 }, actorTypeStyles[type], 2) +
        icon(typeIconPaths[type], x + 13, y + 4, 14, actorTypeStyles[type].colour),
    })),
  },
  {
    heading: words.legend.roles,
    sampleWidth: 14,
    entries: actorRoles.map((role) => ({
      label: words.role(role),
      sample: (x, y) => icon(roleMarkPaths[role], x, y + 4, 13, roleColours[role], 12),
    })),
  },
  {
    heading: words.legend.flows,
    sampleWidth: 76,
    entries: flowKinds.map((kind) => ({
      label: words.flowKind(kind),
      sample: (x, y) => {
        const d = `M${num(x)} ${num(y + 11)}L${num(x + 54)} ${num(y + 11)}`;
        const core = flowStyles[kind].double
          ? `<path ${attrs({ d: `M${num(x)} ${num(y + 11)}L${num(x + 44)} ${num(y + 11)}`, stroke: paper, 'stroke-width': 2 })}/>`
          : '';
        return `<path ${attrs({ d, ...flowStroke(kind) })}/>${core}${icon(flowIconPaths[kind], x + 60, y + 4, 15, flowStyles[kind].colour)}`;
      },
    })),
  },
  {
    heading: words.legend.notes,
    sampleWidth: 24,
    entries: noteKinds.map((kind) => ({
      label: words.noteKind(kind),
      sample: (x, y) =>
        `<rect ${attrs({ x, y: y + 1, width: 24, height: 20, rx: 2, fill: noteStyles[kind].tint, stroke: noteStyles[kind].ink, 'stroke-opacity': '0.45' })}/>` +
        icon(noteIconPaths[kind], x + 5, y + 4, 14, noteStyles[kind].ink),
    })),
  },
];

const columnWidth = (c: Column) =>
  Math.max(
    textWidth(c.heading, sizes.legendText, 'bold'),
    c.sampleWidth + 10 + maxOf(c.entries.map((e) => textWidth(e.label, sizes.legendText))),
  );

/** The legend's size, for the picture's layout. */
export function legendSize(words: PictureWords = englishPictureWords): { width: number; height: number } {
  const columns = columnsIn(words);
  const width = 2 * pad + columns.reduce((sum, c) => sum + columnWidth(c), 0) + columnGap * (columns.length - 1);
  const rows = maxOf(columns.map((c) => c.entries.length));
  return { width, height: 2 * pad + 24 + headingHeight + rows * rowHeight };
}

/**
 * The legend: every organisation type, role, flow kind and note kind with the sample that
 * stands for it on the map. All of them, not only those used, so legends of different maps
 * compare at a glance.
 */
export function drawLegend(x: number, y: number, words: PictureWords = englishPictureWords): string {
  const { width, height } = legendSize(words);
  const columns = columnsIn(words);
  const parts = [
    `<rect ${attrs({ x, y, width, height, rx: 6, fill: '#fafbfb', stroke: rule, 'stroke-width': 1 })}/>`,
    `<text ${attrs({ x: x + pad, y: y + pad + 14, 'font-size': 16, 'font-weight': 700, fill: ink })}>${escapeXml(words.legend.title)}</text>`,
  ];
  let left = x + pad;
  const top = y + pad + 24;
  for (const column of columns) {
    parts.push(
      `<text ${attrs({ x: left, y: top + 18, 'font-size': sizes.legendText, 'font-weight': 700, fill: ink })}>${escapeXml(column.heading)}</text>`,
    );
    column.entries.forEach((entry, i) => {
      const rowTop = top + headingHeight + i * rowHeight;
      parts.push(entry.sample(left, rowTop));
      parts.push(
        `<text ${attrs({ x: left + column.sampleWidth + 10, y: rowTop + 16, 'font-size': sizes.legendText, fill: ink })}>${escapeXml(entry.label)}</text>`,
      );
    });
    left += columnWidth(column) + columnGap;
  }
  return `<g class="legend">${parts.join('')}</g>`;
}
