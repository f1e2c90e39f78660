import { cityKey } from '../../domain/index.js';
import type { FileJobs } from '../workers/FileJobs.js';
import type { BuiltAtlas } from '../workers/fileJobMessages.js';
import type { ExportedFile } from './boardFiles.js';
import { citySources, citySourcesVersion, type CitySources } from './cityAtlas.js';
import { keptJson, type KeptJson } from './keptJson.js';

type AtlasStore = Parameters<typeof citySources>[0];

/** How many cities' atlases are kept built (each holds its answer and its JSON: megabytes for a large city). */
export const cachedCities = 4;

interface Cached {
  version: string;
  city: string;
  built: Promise<BuiltAtlas>;
  /** The answer with its gzip, which GET /api/atlas sends to a browser that takes it. */
  answer: Promise<KeptJson>;
  /** The first picture with its gzip (GET /api/atlas/picture). */
  picture: Promise<KeptJson>;
}

/**
 * The city atlases of the HTTP API (SPEC T14): built on the file worker threads, never on the
 * server's main thread, and kept per city under the version of what they were built from
 * (`citySourcesVersion`: the maps' logs, titles and the decisions). Opening an atlas again, or
 * downloading it, reads the store to work out that version (a few queries) and builds nothing
 * while nothing changed; an edit to any map of the city, or a decision, makes the next request
 * build again. Requests for the same city and version while a build runs share it. The least
 * recently used city goes past `cachedCities`; a failed build is not kept.
 */
export class CityAtlases {
  private readonly cache = new Map<string, Cached>();

  constructor(
    private readonly store: AtlasStore,
    private readonly files: FileJobs,
  ) {}

  /** The GET /api/atlas answer (JSON text, and its gzip). */
  async answer(typed: string): Promise<KeptJson> {
    return (await this.built(typed)).answer;
  }

  /** The GET /api/atlas/picture answer (JSON text, and its gzip): the atlas's first picture (SPEC T15). */
  async picture(typed: string): Promise<KeptJson> {
    return (await this.built(typed)).picture;
  }

  /** The atlas in one of `atlasFormats`, written on a worker thread from the built atlas. */
  async export(typed: string, format: string): Promise<{ city: string; file: ExportedFile }> {
    const { city, built } = await this.built(typed);
    return { city, file: await this.files.exportAtlas((await built).atlas, format) };
  }

  private async built(typed: string): Promise<Cached> {
    const key = cityKey(typed);
    const sources = await citySources(this.store, typed);
    const version = citySourcesVersion(sources);
    const cached = this.cache.get(key);
    this.cache.delete(key);
    if (cached?.version === version) {
      this.cache.set(key, cached);
      return cached;
    }
    return this.build(key, version, sources);
  }

  private build(key: string, version: string, sources: CitySources): Cached {
    const built = this.files.atlas(sources, version);
    // Compressed once, off this thread: a large city's answer is megabytes of JSON.
    const entry: Cached = {
      version,
      city: sources.city,
      built,
      answer: built.then((b) => keptJson(b.answer)),
      picture: built.then((b) => keptJson(b.picture)),
    };
    this.cache.set(key, entry);
    for (const oldest of this.cache.keys()) {
      if (this.cache.size <= cachedCities) break;
      this.cache.delete(oldest);
    }
    const forget = () => {
      if (this.cache.get(key) === entry) this.cache.delete(key);
    };
    entry.answer.catch(forget);
    entry.picture.catch(forget);
    return entry;
  }
}
