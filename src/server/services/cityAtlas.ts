import { buildAtlas, registerToCsv, registerToDcat, type Atlas, type AtlasMapInput } from '../../domain/atlas/index.js';
import { cityKey, type Workshop } from '../../domain/index.js';
import { writeGraphml, writeMermaid } from '../../domain/formats/index.js';
import { writeMapFile } from '../../domain/map/index.js';
import { AppError } from '../../shared/index.js';
import type { BoardLog, WorkshopRecords } from '../store/Store.js';
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

/** The workshops of a city (by cityKey), oldest first. */
export async function workshopsOfCity(store: Pick<WorkshopRecords, 'listWorkshops'>, city: string): Promise<Workshop[]> {
  const key = cityKey(city);
  return (await store.listWorkshops()).filter((w) => w.city !== undefined && cityKey(w.city) === key).reverse();
}

/**
 * Builds a city's atlas from the live state of every map board of its workshops (empty maps
 * add nothing and are skipped) and the city's decisions (SPEC T). A board that cannot be read
 * is named in `leftOut`, and the rest still merge. The city is shown as its oldest workshop typed it.
 */
export async function loadCityAtlas(store: AtlasStore, city: string, log: (line: string) => void): Promise<CityAtlas> {
  const trimmed = city.trim();
  if (trimmed === '') throw new AppError('VALIDATION_FAILED', 'city: name the city, e.g. "Coventry"');
  const workshops = await workshopsOfCity(store, trimmed);
  const inputs: AtlasMapInput[] = [];
  const leftOut: LeftOutMap[] = [];
  for (const workshop of workshops) {
    const [boards, projects] = await Promise.all([store.listBoards(workshop.id), store.listProjects(workshop.id)]);
    for (const board of boards.filter((b) => b.kind === 'ecosystem-map')) {
      try {
        const map = await loadMap(store, board, log);
        if (map.actors.length === 0) continue;
        const project = projects.find((p) => p.id === board.projectId);
        inputs.push({
          workshop: { id: workshop.id, title: workshop.title },
          project: project ? { id: project.id, title: project.title } : null,
          board: { id: board.id, title: board.title },
          map,
        });
      } catch (e) {
        leftOut.push({ workshop: workshop.title, board: board.id, title: board.title, reason: (e as Error).message });
      }
    }
  }
  const decisions = await store.listAtlasDecisions(cityKey(trimmed));
  return { atlas: buildAtlas(workshops[0]?.city ?? trimmed, inputs, decisions), leftOut };
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
