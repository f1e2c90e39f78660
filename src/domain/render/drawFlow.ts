import { flowKinds } from '../map/index.js';
import type { FlowKind } from '../map/index.js';
import type { DrawnFlow } from './drawnFlows.js';
import { arrowHead } from './flowGeometry.js';
import type { FlowLabelBox } from './flowLabel.js';
import { flowLabelPad } from './flowLabel.js';
import { flowIconPaths, icon } from './icons.js';
import type { Rect } from './layout.js';
import { flowStyles, ink, mutedInk, paper, sizes } from './pictureStyle.js';
import { attrs, escapeXml } from './xml.js';

/** Arrowheads, one per flow kind in its colour: the editor's (flowGeometry.ts `arrowHead`). */
export function arrowMarkers(): string {
  return flowKinds
    .map(
      (kind) =>
        `<marker ${attrs({ id: markerId(kind), viewBox: arrowHead.viewBox, refX: arrowHead.refX, refY: arrowHead.refY, markerWidth: arrowHead.size, markerHeight: arrowHead.size, markerUnits: 'userSpaceOnUse', orient: 'auto' })}><path d="${arrowHead.path}" fill="${flowStyles[kind].colour}"/></marker>`,
    )
    .join('');
}

const markerId = (kind: FlowKind) => `arrow-${kind}`;

/** The line's paint: colour, width, dash pattern (dots for service, with round ends), arrowhead. */
export function flowStroke(kind: FlowKind, withArrow = true): Record<string, string | number | undefined> {
  const style = flowStyles[kind];
  return {
    fill: 'none',
    stroke: style.colour,
    'stroke-width': style.width,
    'stroke-dasharray': style.dash,
    'stroke-linecap': kind === 'service' ? 'round' : 'butt',
    'marker-end': withArrow ? `url(#${markerId(kind)})` : undefined,
  };
}

/** A flow's line; oversight gets a white core, which makes it read as a double line. */
export function drawFlowLine(curve: DrawnFlow): string {
  const kind = curve.flow.kind;
  const line = `<path ${attrs({ d: curve.d, ...flowStroke(kind) })}/>`;
  if (!flowStyles[kind].double) return line;
  return `${line}<path ${attrs({ d: curve.core, fill: 'none', stroke: paper, 'stroke-width': 2 })}/>`;
}

/** Border of a label box, echoing its line: solid, dashed or dotted. */
const labelDash: Record<FlowKind, string | undefined> = {
  data: undefined,
  money: '5 3',
  service: '1.5 3',
  value: '6 2 2 2',
  oversight: undefined,
};

/** The label box in the middle of a flow: the kind's icon, the label, and the dataset it carries. */
export function drawFlowLabel(kind: FlowKind, box: FlowLabelBox, at: Rect): string {
  const style = flowStyles[kind];
  const parts = [
    `<rect ${attrs({ x: at.x, y: at.y, width: at.width, height: at.height, rx: 5, fill: paper, stroke: style.colour, 'stroke-width': kind === 'oversight' ? 2.5 : 1.5, 'stroke-dasharray': labelDash[kind] })}/>`,
    icon(flowIconPaths[kind], at.x + flowLabelPad.x, at.y + flowLabelPad.y + 1, flowLabelPad.icon, style.colour),
  ];
  const textX = at.x + flowLabelPad.x + flowLabelPad.icon + flowLabelPad.iconGap;
  const baseline = (i: number) => at.y + flowLabelPad.y + 13 + i * sizes.flowLine;
  box.lines.forEach((line, i) => {
    parts.push(`<text ${attrs({ x: textX, y: baseline(i), 'font-size': sizes.flowText, fill: ink })}>${escapeXml(line)}</text>`);
  });
  if (box.dataset !== undefined) {
    parts.push(
      `<text ${attrs({ x: textX, y: baseline(box.lines.length), 'font-size': sizes.flowText - 1, 'font-style': 'italic', fill: mutedInk })}>${escapeXml(box.dataset)}</text>`,
    );
  }
  return `<g class="flow-label">${parts.join('')}</g>`;
}
