import type { FindingsDocument } from '../../../domain/analysis/index.js';
import type { Canvas, CanvasNote, CanvasProgress, ListedAction, SectionId } from '../../../domain/canvas/index.js';
import type { Reflection, VoteResult } from '../../../domain/facilitation/index.js';
import type { BoardKind, WorkshopLanguage } from '../../../domain/index.js';
import type { EcosystemMap } from '../../../domain/map/index.js';

/**
 * A workshop report as data (DESIGN.md "After the workshop"): what `reportMarkdown` and
 * `reportPdf` print. Built from the boards' live state. A reflection is here only when the
 * facilitator asked for it, and then with every author removed.
 */
export interface Report {
  workshop: { id: string; title: string; description: string };
  /** What the report is written in: the workshop's language (SPEC F6, F10); English when absent. */
  language?: WorkshopLanguage;
  /** ISO 8601, from the caller's clock. */
  generatedAt: string;
  includeReflection: boolean;
  /**
   * Who took part, by organisation: participants and facilitators who joined by invite (a
   * facilitator account is no person of the workshop). Observers are in `observers`.
   */
  organisations: ReportOrganisation[];
  /** Who watched (observers), by organisation: they took no part in the boards. */
  observers: ReportOrganisation[];
  /** One per project, in the workshop's order, then one for boards not linked to a project (`project: null`). Empty ones are left out. */
  sections: ReportSection[];
}

export interface ReportOrganisation {
  /** As the first person of it typed it; "No organisation given" (in the report's language) for people who left it empty. */
  name: string;
  count: number;
  /** People's names: only when the facilitator asked for them (`includeNames`), else absent. */
  names?: string[];
}

export interface ReportSection {
  project: { id: string; title: string } | null;
  maps: ReportMap[];
  canvases: ReportCanvas[];
  /** Empty unless the reflection was included. */
  reflections: ReportReflection[];
  /** The voting rounds held on this project's boards (a reflection's only when it is included). */
  votes: ReportBoardVotes[];
}

export interface ReportBoard {
  boardId: string;
  title: string;
  /** The group's name, when the board belongs to a group. */
  group: string | null;
}

export interface ReportMap extends ReportBoard {
  map: EcosystemMap;
  /** The map's picture (mapSvg, without its own title: the report has headings). */
  svg: string;
  findings: FindingsDocument | null;
}

export interface ReportCanvas extends ReportBoard {
  canvas: Canvas;
  progress: CanvasProgress;
  /** Most urgent first (listActions). */
  actions: ListedAction[];
  /** Notes with at least one vote, most votes first, at most `topNotesCount`. */
  topNotes: { section: SectionId; note: CanvasNote }[];
}

export interface ReportReflection extends ReportBoard {
  /** Anonymised: no note has an author. */
  reflection: Reflection;
}

export interface ReportVotes {
  kind: BoardKind;
  /** Every round held on the board. */
  rounds: ReportVotingRound[];
}

export interface ReportVotingRound {
  votesPerPerson: number;
  /** Still open when the report was made: the results may change. */
  open: boolean;
  /** The items with votes, most first. */
  results: VoteResult[];
}

export interface ReportBoardVotes extends ReportBoard, ReportVotes {}

/** Findings of one map; the analysis rules (src/domain/analysis) unless a caller passes its own. */
export type FindingsFor = (map: EcosystemMap) => FindingsDocument | null;

export const topNotesCount = 5;
