import { createHash } from 'node:crypto';
import {
  atlasPicture,
  buildAtlas,
  registerToCsv,
  registerToDcat,
  type Atlas,
  type AtlasDecision,
  type AtlasMapInput,
} from '../../domain/atlas/index.js';
import { cityKey, type Board, type Workshop } from '../../domain/index.js';
import { writeGraphml, writeMermaid } from '../../domain/formats/index.js';
import { mapToJson, writeMapFile } from '../../domain/map/index.js';
import { AppError } from '../../shared/index.js';
import type { BoardLog, BoardState, WorkshopRecords } from '../store/Store.js';
import type { ExportedFile } from './boardFiles.js';
import { writeKumuXlsx } from './kumuXlsxWriter.js';
import { loadMap } from './report/boardContent.js';

type AtlasStore = Pick<WorkshopRecords, 'listWorkshops' | 'listBoards' | 'listProjects' | 'listAtlasDecisions'> &
  Pick<BoardLog, 'loadBoardState'>;

/** A map board the atlas could not read (T13): named, left out; the others still merge. */
export interface LeftOutMap {
  workshop: string;
  board: string;
  title: string;
  reason: string;
}

export interface CityAtlas {
  atlas: Atlas;
  leftOut: LeftOutMap[];
}

/** One map board of the city and its stored state, as read from the store (nothing decoded yet). */
export interface CityBoard {
  workshop: { id: string; title: string };
  project: { id: string; title: string } | null;
  board: Board;
  /** Null when the store could not give it; `unreadable` says why. */
  state: BoardState | null;
  unreadable?: string;
}

/**
 * What a city's atlas is built from, read on the main thread (a few queries, no decoding) and
 * sent as it is to a worker thread, which builds the atlas (`buildCityAtlas`).
 */
export interface CitySources {
  /** The city as its oldest workshop typed it (as asked when it has none). */
  city: string;
  /** How many workshops the city has, map boards or not (what an empty atlas's message says). */
  workshops: number;
  boards: CityBoard[];
  decisions: AtlasDecision[];
}

/** The workshops of a city (by cityKey), oldest first. */
export async function workshopsOfCity(store: Pick<WorkshopRecords, 'listWorkshops'>, city: string): Promise<Workshop[]> {
  const key = cityKey(city);
  return (await store.listWorkshops()).filter((w) => w.city !== undefined && cityKey(w.city) === key).reverse();
}

/** Reads every map board of a city's workshops with its stored state, and the city's decisions (SPEC T). */
export async function citySources(store: AtlasStore, city: string): Promise<CitySources> {
  const trimmed = city.trim();
  if (trimmed === '') throw new AppError('VALIDATION_FAILED', 'city: name the city, e.g. "Coventry"');
  const workshops = await workshopsOfCity(store, trimmed);
  const boards: CityBoard[] = [];
  for (const workshop of workshops) {
    const [all, projects] = await Promise.all([store.listBoards(workshop.id), store.listProjects(workshop.id)]);
    for (const board of all.filter((b) => b.kind === 'ecosystem-map')) {
      const project = projects.find((p) => p.id === board.projectId);
      const place = {
        workshop: { id: workshop.id, title: workshop.title },
        project: project ? { id: project.id, title: project.title } : null,
        board,
      };
      try {
        boards.push({ ...place, state: await store.loadBoardState(board.id) });
      } catch (e) {
        boards.push({ ...place, state: null, unreadable: (e as Error).message });
      }
    }
  }
  return {
    city: workshops[0]?.city ?? trimmed,
    workshops: workshops.length,
    boards,
    decisions: await store.listAtlasDecisions(cityKey(trimmed)),
  };
}

/**
 * A key that changes whenever the atlas could: the city as shown, each map board's place and
 * titles and the last seq of its log (seqs are never reused, so any edit moves it), and the
 * decisions. Equal keys, equal atlases: the cache of the HTTP API is keyed by it.
 */
export function citySourcesVersion(sources: CitySources): string {
  const lastSeq = (state: BoardState | null) => (state ? (state.updates.at(-1)?.seq ?? state.compactedSeq) : null); // updates come in append order
  const parts = {
    city: sources.city,
    workshops: sources.workshops,
    boards: sources.boards.map((b) => [
      b.workshop.id,
      b.workshop.title,
      b.project?.id,
      b.project?.title,
      b.board.id,
      b.board.title,
      lastSeq(b.state),
    ]),
    decisions: sources.decisions.map((d) => [d.id, d.kind, d.a, d.b]),
  };
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * Builds a city's atlas from the stored state of its map boards (empty maps add nothing and are
 * skipped) and its decisions. A board that cannot be read is named in `leftOut`, and the rest
 * still merge. Decodes every board: seconds for a large city, so the server runs it on a worker thread.
 */
export async function buildCityAtlas(sources: CitySources, log: (line: string) => void): Promise<CityAtlas> {
  const inputs: AtlasMapInput[] = [];
  const leftOut: LeftOutMap[] = [];
  for (const { workshop, project, board, state, unreadable } of sources.boards) {
    try {
      if (!state) throw new Error(unreadable ?? 'the store did not give it');
      const map = await loadMap({ loadBoardState: async () => state }, board, log);
      if (map.actors.length > 0) inputs.push({ workshop, project, board: { id: board.id, title: board.title }, map });
    } catch (e) {
      leftOut.push({ workshop: workshop.title, board: board.id, title: board.title, reason: (e as Error).message });
    }
  }
  const holdings = { workshops: sources.workshops, mapBoards: sources.boards.length };
  return { atlas: buildAtlas(sources.city, inputs, sources.decisions, holdings), leftOut };
}

/** Reads and builds a city's atlas on this thread (what `opencities atlas` runs). */
export async function loadCityAtlas(store: AtlasStore, city: string, log: (line: string) => void): Promise<CityAtlas> {
  return buildCityAtlas(await citySources(store, city), log);
}

/**
 * The answer of GET /api/atlas: the atlas with its map as its file writes it (`sources` beside
 * the other fields), what was left out, every decision the city keeps (applied or stale), and
 * the version of what it was built from (`citySourcesVersion`), which its picture carries too.
 */
export function atlasAnswer({ atlas, leftOut }: CityAtlas, decisions: AtlasDecision[], version: string): string {
  return JSON.stringify({ ...atlas, map: mapToJson(atlas.map), leftOut, decisions, version });
}

/** The answer of GET /api/atlas/picture (SPEC T15): the atlas's first picture, what was left out, and the version. */
export function atlasPictureAnswer({ atlas, leftOut }: CityAtlas, version: string): string {
  return JSON.stringify({ ...atlasPicture(atlas), leftOut, version });
}

/** What `opencities atlas --format` and GET /api/atlas/export?format= write. */
export const atlasFormats = ['json', 'graphml', 'kumu-xlsx', 'mermaid', 'csv', 'dcat'] as const;

/** The atlas in one of `atlasFormats`: the map's own exporters for the map, the register for csv and dcat. */
export async function exportAtlas(atlas: Atlas, format: string): Promise<ExportedFile> {
  switch (format) {
    case 'json':
      return { body: writeMapFile(atlas.map), contentType: 'application/json', extension: 'json' };
    case 'graphml':
      return { body: writeGraphml(atlas.map), contentType: 'application/graphml+xml', extension: 'graphml' };
    case 'kumu-xlsx':
      return {
        body: await writeKumuXlsx(atlas.map),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    case 'mermaid':
      return { body: writeMermaid(atlas.map), contentType: 'text/vnd.mermaid', extension: 'mmd' };
    case 'csv':
      return { body: registerToCsv(atlas.register), contentType: 'text/csv', extension: 'csv' };
    case 'dcat':
      return {
        body: `${JSON.stringify(registerToDcat(`${atlas.city}: datasets`, atlas.cityKey, atlas.register), null, 2)}\n`,
        contentType: 'application/ld+json',
        extension: 'jsonld',
      };
    default:
      throw new AppError('EXPORT_FORMAT_UNKNOWN', `an atlas exports as ${atlasFormats.join(', ')}, not "${format}"`);
  }
}
