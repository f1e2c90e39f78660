// Pictures of boards (DESIGN.md "After the workshop"): an ecosystem map as SVG. Pure, like all of src/domain.
export { mapSvg } from './mapSvg.js';
export type { MapSvgOptions } from './mapSvg.js';
export { englishPictureWords } from './pictureWords.js';
export type { PictureCounts, PictureWords } from './pictureWords.js';
export { layoutActors } from './layout.js';
export type { Rect } from './layout.js';
export { escapeXml } from './xml.js';
export { actorTypeStyles, flowStyles, noteStyles, roleColours, ink, mutedInk, paper, fontFamily, plainBelowScale } from './pictureStyle.js';
export type { TypeStyle, FlowStyle, NoteStyle } from './pictureStyle.js';
// The one flow geometry of the editor and the pictures (issue 12).
export {
  arrowHead,
  boundaryPoint,
  curveOf,
  flowCurve,
  flowGeometryConstants,
  lanesOf,
  loopCurve,
  normalAt,
  pointAt,
  samplePoints,
} from './flowGeometry.js';
export type { FlowCurve, Point } from './flowGeometry.js';
export { avoidActors, avoidActorsLimit, flowLanes, typicalFlowLabel } from './flowLanes.js';
export { labelCentre, labelMargin, placeFlowLabels } from './placeFlowLabels.js';
export type { LabelPlace } from './placeFlowLabels.js';
export { drawnFlows } from './drawnFlows.js';
export type { DrawnFlow } from './drawnFlows.js';
