import { plural } from '../../shared/index.js';
import { cityKey } from '../workshop.js';
import type { EcosystemMap } from '../map/index.js';
import { actorMetrics, type ActorMetrics } from './actorMetrics.js';
import { cityFindings, type CityFinding } from './cityFindings.js';
import { datasetRegister, type RegisterEntry } from './datasetRegister.js';
import type { AtlasDecision } from './decisions.js';
import { mergeAtlas } from './mergeAtlas.js';
import { suggestMerges, type AtlasSuggestion } from './suggestions.js';
import type { AtlasMapInput, AtlasPlaces } from './types.js';

/** Everything the atlas of a city is (SPEC T): the merged map and what is worked out from it. */
export interface Atlas {
  /** The city as the first of its workshops typed it. */
  city: string;
  cityKey: string;
  /** A valid ecosystem map (`extra.sources` on actors, datasets and flows). */
  map: EcosystemMap;
  places: AtlasPlaces;
  metrics: Record<string, ActorMetrics>;
  findings: CityFinding[];
  suggestions: AtlasSuggestion[];
  /** Kept decisions whose elements are on no map now (T5). */
  staleDecisions: AtlasDecision[];
  register: RegisterEntry[];
  /** Element id → the element keys merged into it, for elements made of more than one (what a split or a decision names). */
  mergedKeys: Record<string, string[]>;
  /** Set when the atlas is empty: how to fill it, and what the city holds (for an interface to say it in its language). */
  message?: string;
  holdings?: CityHoldings;
}

/** What the city has that could fill its atlas, counted before empty maps are skipped: what the empty atlas's message says. */
export interface CityHoldings {
  workshops: number;
  /** Map boards of those workshops, empty ones included. */
  mapBoards: number;
}

/**
 * Builds a city's atlas from its project maps and its decisions. Pure: no store, no clock.
 * `holdings` (default: what `maps` shows) lets the message of an empty atlas say what is missing.
 */
export function buildAtlas(
  city: string,
  maps: readonly AtlasMapInput[],
  decisions: readonly AtlasDecision[],
  holdings: CityHoldings = { workshops: new Set(maps.map((m) => m.workshop.id)).size, mapBoards: maps.length },
): Atlas {
  const key = cityKey(city);
  const { map, elements, stale } = mergeAtlas(`${city} — city atlas`, maps, decisions);
  const places: AtlasPlaces = { workshops: {}, projects: {}, boards: {} };
  for (const m of maps) {
    places.workshops[m.workshop.id] = m.workshop.title;
    if (m.project) places.projects[m.project.id] = m.project.title;
    places.boards[m.board.id] = m.board.title;
  }
  const mergedKeys: Record<string, string[]> = {};
  for (const [id, e] of elements) if (e.keys.length > 1) mergedKeys[id] = e.keys;
  return {
    city,
    cityKey: key,
    map,
    places,
    metrics: Object.fromEntries(actorMetrics(map, elements)),
    findings: cityFindings(map, elements, places),
    suggestions: suggestMerges(map, elements, decisions),
    staleDecisions: stale,
    register: datasetRegister(map, elements, places),
    mergedKeys,
    ...(maps.length === 0 ? { message: emptyAtlasMessage(city, holdings), holdings } : {}),
  };
}

/** What an empty atlas says (T13): what the city lacks (workshops, map boards, or actors on them) and how to fill it. */
export function emptyAtlasMessage(city: string, holdings: CityHoldings): string {
  const merges = "the atlas merges every map of the city's workshops";
  if (holdings.workshops === 0)
    return `${city} has no workshops yet. Set a workshop's city to "${city}" (its details on the workshop home, or opencities admin set-city WORKSHOP "${city}"), then map its projects; ${merges}.`;
  const workshops = plural(holdings.workshops, 'workshop');
  if (holdings.mapBoards === 0)
    return `${city} has ${workshops}, but no ecosystem map board in them yet. Add a map board on a workshop's home, then map its projects; ${merges}.`;
  const boards = plural(holdings.mapBoards, 'map board');
  return `${city} has ${workshops} with ${boards}, but no actors on ${holdings.mapBoards === 1 ? 'it' : 'them'} yet. Put the projects' actors on the map boards; ${merges}.`;
}
