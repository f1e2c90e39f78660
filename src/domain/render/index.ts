// Pictures of boards (DESIGN.md "After the workshop"): an ecosystem map as SVG. Pure, like all of src/domain.
export { mapSvg } from './mapSvg.js';
export type { MapSvgOptions } from './mapSvg.js';
export { layoutActors } from './layout.js';
export type { Rect } from './layout.js';
export { escapeXml } from './xml.js';
export { actorTypeStyles, flowStyles, noteStyles, roleColours, ink, mutedInk, paper, fontFamily } from './pictureStyle.js';
export type { TypeStyle, FlowStyle, NoteStyle } from './pictureStyle.js';
