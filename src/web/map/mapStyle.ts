import type { FlowKind, NoteKind } from '../../domain/map/index.js';
import { flowStyles as pictureFlowStyles, type FlowStyle as PictureFlowStyle } from '../../domain/render/index.js';

/**
 * How the map shows meaning. Every meaning has a colour and something that is not colour (a
 * shape, a line pattern, an icon and always a text label), so no one needs to tell colours
 * apart (STYLE.md). Colours are deep: each is at least 4.5:1 against white and its own tint,
 * so they serve as text as well as lines; tints carry dark ink (#1a1d1f) at 13:1 or more.
 * The measured ratios are in map/README.md; change a colour, measure it again.
 *
 * The colours, shapes and line patterns are the ones the server's pictures use
 * (src/domain/render/pictureStyle.ts), so the editor and an exported picture look alike.
 */
export { actorTypeStyles, noteStyles, roleColours } from '../../domain/render/index.js';
export type { TypeStyle, NoteStyle } from '../../domain/render/index.js';

export interface FlowStyle extends PictureFlowStyle {
  /** The CSS border style of the flow's label, echoing the line. */
  border: 'solid' | 'dashed' | 'dotted' | 'double';
}

const borders: Record<FlowKind, FlowStyle['border']> = {
  data: 'solid',
  money: 'dashed',
  service: 'dotted',
  value: 'dashed',
  oversight: 'double',
};

export const flowStyles = Object.fromEntries(
  (Object.keys(pictureFlowStyles) as FlowKind[]).map((kind) => [kind, { ...pictureFlowStyles[kind], border: borders[kind] }]),
) as Record<FlowKind, FlowStyle>;

/** The note kinds offered first when adding a note; `comment` comes last. */
export const offeredNoteKinds: NoteKind[] = ['issue', 'opportunity', 'question', 'insight', 'comment'];

/**
 * The minimap's size on screen (canvas/MapOverview.tsx). The board's notices keep clear of it:
 * MapEditor hands it to their CSS as --overview-width and --overview-height (map.css).
 */
export const overviewSize = { width: 168, height: 116 } as const;

/** Board units (px at zoom 1). The layout and the floating flows use these sizes. */
export const actorWidth = 240;
export const noteWidth = 200;
/** Pinned notes hang to the right of their actor; the layout leaves room for them. */
export const pinnedNoteGap = 16;

/**
 * Zoom to fit never goes below this: at 0.75 an actor's name (19px) still reads at 14px and
 * its roles and the flows' labels (15px) at 11px on a projector. Zooming out further by hand
 * is allowed (an overview, with the minimap), but fit stops here and centres the map instead.
 */
export const fitMinZoom = 0.75;
export const fitOptions = { padding: 0.12, minZoom: fitMinZoom, maxZoom: 1.2, duration: 200 } as const;
