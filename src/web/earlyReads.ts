import { api } from './api.js';

/**
 * Reads a page asks for first, started as the app starts instead of once the page's code has
 * arrived and the session was checked, so the answer travels while the code loads. Only reads
 * the server answers without work on its own thread belong here: the city atlas (built on a
 * file worker and kept, SPEC T14). A map board's read was tried and left out: the server reads
 * the board on its one thread and the page's code then waited behind it (docs/benchmarks.md).
 */
const started = new Map<string, Promise<unknown>>();

/** The address of a city's atlas, as the atlas page asks for it. */
export function atlasPath(city: string): string {
  return `/api/atlas?city=${encodeURIComponent(city)}`;
}

/** The city an atlas address names (`/atlas?city=C`), or '' when none. */
export function atlasCityOf(search: string): string {
  return new URLSearchParams(search).get('city')?.trim() ?? '';
}

function firstReadsOf(location: Pick<Location, 'pathname' | 'search'>): string[] {
  const city = location.pathname === '/atlas' ? atlasCityOf(location.search) : '';
  return city ? [atlasPath(city)] : [];
}

/** Starts the first reads of the page at `location`. */
export function startEarlyReads(location: Pick<Location, 'pathname' | 'search'>): void {
  for (const path of firstReadsOf(location)) {
    const read = api.get(path);
    // Nobody may take it (the person is signed out): the page shows a failure when it asks itself.
    read.catch(() => undefined);
    started.set(path, read);
  }
}

/**
 * The read of `path` started early, once: a later ask (a reload) reads afresh. One that failed
 * is read again rather than shown: it was made before the person signed in, say.
 */
export function takeEarlyRead<T>(path: string, signal: AbortSignal): Promise<T> | undefined {
  const read = started.get(path) as Promise<T> | undefined;
  started.delete(path);
  return read?.catch(() => api.get<T>(path, signal));
}
