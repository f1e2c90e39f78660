import { api } from './api.js';
import { messagesFor } from './i18n/index.js';

/**
 * Reads a page asks for first, started as the app starts instead of once the page's code has
 * arrived and the session was checked, so the answer travels while the code loads. Only reads
 * the server answers without long work on its own thread belong here: the city atlas's picture (built
 * on a file worker and kept, SPEC T14, T15) and a map board's map (kept per version of the board,
 * server/services/mapReads.ts: read once, then answered at once until the board changes), with
 * the session and the board's record (a few queries each). A board's address does not say its
 * kind: on a board that is not a map the map's read is refused (404) and nobody takes it.
 */
const started = new Map<string, Promise<unknown>>();

/** The address of a city's atlas, as the atlas page asks for it. */
export function atlasPath(city: string): string {
  return `/api/atlas?city=${encodeURIComponent(city)}`;
}

/** The address of a city's atlas's first picture (SPEC T15), which the atlas page asks for first. */
export function atlasPicturePath(city: string): string {
  return `/api/atlas/picture?city=${encodeURIComponent(city)}`;
}

/** The city an atlas address names (`/atlas?city=C`), or '' when none. */
export function atlasCityOf(search: string): string {
  return new URLSearchParams(search).get('city')?.trim() ?? '';
}

/** The address of a board's record, as the board page asks for it. */
export function boardPath(boardId: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}`;
}

/** The address of a map board's map as the server reads it (GET /api/boards/:id/map). */
export function boardMapPath(boardId: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/map`;
}

/** A read to start, and what its answer makes worth fetching at once. */
interface FirstRead {
  path: string;
  then?: () => void;
}

/**
 * A map's answer says the board is a map this person may see: the map editor's code is fetched
 * at once (the same chunk the board page's lazy part takes), not after the session and the
 * board's record have been asked for.
 */
function fetchMapEditor(): void {
  messagesFor(import('./map/MapEditor.js')).catch(() => undefined);
}

/** The atlas page's code (the lazy part App takes), fetched with the atlas's first read: the atlas's address names its page. */
function fetchAtlasPage(): void {
  messagesFor(import('./pages/AtlasPage.js')).catch(() => undefined);
}

function firstReadsOf(location: Pick<Location, 'pathname' | 'search'>): FirstRead[] {
  const city = location.pathname === '/atlas' ? atlasCityOf(location.search) : '';
  // The atlas's picture, and who is signed in: the atlas page asks for it before it draws
  // (RequireSession), and asked after the page's code it waited behind the picture's parse. The
  // rest of the atlas is asked for once the picture is drawn (AtlasView).
  if (city) return [{ path: atlasPicturePath(city) }, { path: '/api/me' }];
  const board = /^\/b\/([^/]+)$/.exec(location.pathname)?.[1];
  if (!board) return [];
  const id = decodeURIComponent(board);
  // The map first (the picture waits for it), then who is signed in and the board's record, which
  // the board page asks for before it draws (SessionProvider, BoardPage: useResource takes them).
  return [{ path: boardMapPath(id), then: fetchMapEditor }, { path: '/api/me' }, { path: boardPath(id) }];
}

/**
 * Starts the first reads of the page at `location`, and the code of a page its address names.
 * Called from the app's first entry (early.ts), which runs before the app's own code is evaluated.
 */
export function startEarlyReads(location: Pick<Location, 'pathname' | 'search'>): void {
  for (const { path, then } of firstReadsOf(location)) {
    const read = api.get(path);
    // Nobody may take it (the person is signed out): the page shows a failure when it asks itself.
    read.then(then, () => undefined);
    started.set(path, read);
  }
  if (location.pathname === '/atlas') fetchAtlasPage();
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
