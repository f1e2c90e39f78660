import type { EcosystemMap } from '../map/index.js';

/** One project map of the city, with where it came from (titles for people, ids for sources). */
export interface AtlasMapInput {
  workshop: { id: string; title: string };
  /** The board's project; null for a board of no project. */
  project: { id: string; title: string } | null;
  board: { id: string; title: string };
  map: EcosystemMap;
}

/**
 * Where an atlas element came from: the file's `sources` on actors, flows and datasets
 * (docs/formats.md). Ids only: titles are looked up in the atlas's `places`.
 */
export interface AtlasSource {
  workshop: string;
  project: string | null;
  board: string;
  element: string;
}

/** The titles behind the ids of sources, for people to read. */
export interface AtlasPlaces {
  workshops: Record<string, string>;
  projects: Record<string, string>;
  boards: Record<string, string>;
}

/** `<board id>/<element id>`: a source element's key, as a split decision names it. */
export function sourceKey(source: { board: string; element: string }): string {
  return `${source.board}/${source.element}`;
}

/**
 * The project a source counts for: its project, or (a board of no project) the board itself,
 * so two boards without a project are not taken for one project.
 */
export function projectOf(source: AtlasSource): string {
  return source.project ?? `board:${source.board}`;
}
