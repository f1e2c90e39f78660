import type { ActorRole, ActorType, FlowKind, NoteKind } from '../../domain/map/index.js';

/**
 * How the map shows meaning. Every meaning has a colour and something that is not colour (a
 * shape, a line pattern, an icon and always a text label), so no one needs to tell colours
 * apart (STYLE.md). Colours are deep: each is at least 4.5:1 against white and its own tint,
 * so they serve as text as well as lines; tints carry dark ink (#1a1d1f) at 13:1 or more.
 * The measured ratios are in map/README.md; change a colour, measure it again.
 */

export interface TypeStyle {
  colour: string;
  tint: string;
  /** The node's outline: a different shape for each organisation type. */
  shape: 'rectangle' | 'rounded' | 'hexagon' | 'octagon' | 'capsule' | 'dashed';
}

export const actorTypeStyles: Record<ActorType | 'unset', TypeStyle> = {
  public: { colour: '#1d5fa8', tint: '#e8f1fb', shape: 'rectangle' },
  private: { colour: '#6b3fa0', tint: '#f3eefa', shape: 'rounded' },
  'third-sector': { colour: '#3d6b1f', tint: '#eef6e8', shape: 'hexagon' },
  academia: { colour: '#8a4b12', tint: '#fbf1e6', shape: 'octagon' },
  individuals: { colour: '#9b2c5a', tint: '#fbedf3', shape: 'capsule' },
  unset: { colour: '#4a5559', tint: '#f3f5f5', shape: 'dashed' },
};

/** One colour per role, drawn with a shape of its own beside the role's name. */
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
  /** SVG stroke-dasharray; undefined is a solid line. */
  dash?: string;
  width: number;
  /** Oversight is drawn as a double line (a wide stroke with a white core). */
  double?: boolean;
  /** The CSS border style of the flow's label, echoing the line. */
  border: 'solid' | 'dashed' | 'dotted' | 'double';
}

export const flowStyles: Record<FlowKind, FlowStyle> = {
  data: { colour: '#0b6e69', width: 3, border: 'solid' },
  money: { colour: '#3d6b1f', dash: '12 7', width: 3, border: 'dashed' },
  service: { colour: '#1d5fa8', dash: '1 7', width: 4, border: 'dotted' },
  value: { colour: '#6b3fa0', dash: '16 6 3 6', width: 3, border: 'dashed' },
  oversight: { colour: '#b3261e', width: 6, double: true, border: 'double' },
};

export interface NoteStyle {
  /** Text colour of the note's kind heading (on `tint`). */
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

/** The note kinds offered first when adding a note; `comment` comes last. */
export const offeredNoteKinds: NoteKind[] = ['issue', 'opportunity', 'question', 'insight', 'comment'];

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
