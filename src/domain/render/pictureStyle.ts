import type { ActorRole, ActorType, FlowKind, NoteKind } from '../map/index.js';

/**
 * How a map picture shows meaning: the same colours, outlines and line patterns as the
 * editor (src/web/map/mapStyle.ts), so a picture in a report reads like the board people
 * made. Every meaning also has a shape or pattern and a text label, never colour alone
 * (STYLE.md). The deep colours reach at least 4.5:1 against white and their own tint, so
 * they serve as text; tints carry `ink` at 13:1 or more (ratios checked in
 * test/unit/render/contrast.test.ts). Kept here, in the pure domain, because pictures are
 * drawn on the server too; the editor's copy should import these once it settles.
 */

export const ink = '#1a1d1f';
/** Secondary text on white: 7.5:1. */
export const mutedInk = '#4a5559';
export const paper = '#ffffff';
export const rule = '#c9d0d2';

/**
 * Below this scale (screen or picture pixels per board unit) a map is drawn plain: an actor's
 * 14 px name is then about 6 px high, below what anyone reads. The editor draws its plain
 * version below this zoom (src/web/map/detail/levelOfDetail.ts); a PNG drawn this small (a
 * giant map fitted into maxPngSide) leaves the flows' labels out, as the editor does.
 */
export const plainBelowScale = 0.45;

/** System families only (no web fonts): whatever the viewer, or the PNG renderer, has. */
export const fontFamily = "'Liberation Sans', Arial, Helvetica, 'DejaVu Sans', system-ui, sans-serif";

export type ActorShape = 'rectangle' | 'rounded' | 'hexagon' | 'octagon' | 'capsule' | 'dashed';

export interface TypeStyle {
  colour: string;
  tint: string;
  shape: ActorShape;
}

export const actorTypeStyles: Record<ActorType | 'unset', TypeStyle> = {
  public: { colour: '#1d5fa8', tint: '#e8f1fb', shape: 'rectangle' },
  private: { colour: '#6b3fa0', tint: '#f3eefa', shape: 'rounded' },
  'third-sector': { colour: '#3d6b1f', tint: '#eef6e8', shape: 'hexagon' },
  academia: { colour: '#8a4b12', tint: '#fbf1e6', shape: 'octagon' },
  individuals: { colour: '#9b2c5a', tint: '#fbedf3', shape: 'capsule' },
  unset: { colour: '#4a5559', tint: '#f3f5f5', shape: 'dashed' },
};

export const roleColours: Record<ActorRole, string> = {
  steward: '#0b6e69',
  contributor: '#1d5fa8',
  reuser: '#6b3fa0',
  beneficiary: '#9b2c5a',
  intermediary: '#8a4b12',
  user: '#4a5559',
  regulator: '#b3261e',
  funder: '#3d6b1f',
};

export interface FlowStyle {
  colour: string;
  /** SVG stroke-dasharray; absent is a solid line. */
  dash?: string;
  width: number;
  /** Drawn as a wide stroke with a white core: a double line. */
  double?: boolean;
}

export const flowStyles: Record<FlowKind, FlowStyle> = {
  data: { colour: '#0b6e69', width: 3 },
  money: { colour: '#3d6b1f', dash: '12 7', width: 3 },
  service: { colour: '#1d5fa8', dash: '1 7', width: 4 },
  value: { colour: '#6b3fa0', dash: '16 6 3 6', width: 3 },
  oversight: { colour: '#b3261e', width: 6, double: true },
};

export interface NoteStyle {
  /** The kind's heading and icon, on `tint`. */
  ink: string;
  tint: string;
}

export const noteStyles: Record<NoteKind | 'unset', NoteStyle> = {
  issue: { ink: '#8a1c14', tint: '#fdecea' },
  opportunity: { ink: '#2f5418', tint: '#e9f4e1' },
  question: { ink: '#123e6e', tint: '#e8f1fb' },
  insight: { ink: '#5a2f8c', tint: '#f3eefa' },
  comment: { ink: '#1a1d1f', tint: '#eef1f0' },
  unset: { ink: '#1a1d1f', tint: '#eef1f0' },
};

/**
 * Sizes in picture units (1 unit = 1 CSS px at 100%), the editor's board units: an actor is
 * 240 wide there too, so positions people dragged keep their spacing, and names (19) and
 * roles (14) are the editor's sizes, so a picture scaled to a page stays legible.
 */
export const sizes = {
  actorWidth: 240,
  actorPadX: 18,
  actorPadY: 12,
  typeText: 13,
  nameText: 19,
  nameLine: 23,
  nameMaxLines: 3,
  roleText: 14,
  roleLine: 20,
  flowText: 14,
  flowLine: 17,
  flowLabelMaxChars: 28,
  noteWidth: 190,
  noteText: 14,
  noteLine: 18,
  noteMaxLines: 6,
  legendText: 14,
  titleText: 24,
  descriptionText: 14,
  margin: 32,
} as const;
