import { placed, withField, type FilePlace } from '../fileProblems/index.js';
import type { MapIssue } from '../map/index.js';

/**
 * Where each element of an imported map came from in the outside file, so that a problem the
 * map reader finds (`flows[3].access`) is reported at the place the user can fix
 * (`Connections row 5, Access`, `edge "f3", access`), in words and as data (fileProblems/placeWords.ts).
 */
export interface Origin {
  /** The place of the element: `Elements row 4`, `node "council"`. */
  place: FilePlace;
  /** Field → how the file names it (a column heading, a key name). */
  fields: Record<string, string>;
  line?: number;
}

export type Origins = Record<'actors' | 'datasets' | 'flows' | 'notes', Origin[]> & { map?: Origin };

export function emptyOrigins(): Origins {
  return { actors: [], datasets: [], flows: [], notes: [] };
}

/** The map reader's issue (a path by index) at its place in the outside file. */
export function placeIssue(issue: MapIssue, origins: Origins): MapIssue {
  const element = /^(actors|datasets|flows|notes)\[(\d+)\](?:\.([A-Za-z]+))?(.*)$/.exec(issue.path);
  if (element) {
    const [, list, index, field, rest] = element as unknown as [string, keyof Omit<Origins, 'map'>, string, string | undefined, string];
    const origin = origins[list][Number(index)];
    if (origin)
      return withLine(
        { ...issue, ...placed(withField(origin.place, field === undefined ? undefined : `${origin.fields[field] ?? field}${rest}`)) },
        origin.line,
      );
  }
  const top = /^([A-Za-z]+)$/.exec(issue.path);
  if (top && origins.map) {
    const field = top[1] ?? '';
    return withLine({ ...issue, ...placed(withField(origins.map.place, origins.map.fields[field] ?? field)) }, origins.map.line);
  }
  return issue;
}

function withLine(issue: MapIssue, line: number | undefined): MapIssue {
  return line === undefined ? issue : { ...issue, line };
}
