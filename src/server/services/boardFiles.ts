import * as Y from 'yjs';
import { initBoardDoc } from '../../doc/index.js';
import { initCanvasDoc, readCanvas, writeCanvasToDoc } from '../../doc/canvas/index.js';
import { readMap, writeMapToDoc } from '../../doc/map/index.js';
import type { Board, DocumentKind } from '../../domain/index.js';
import { canvasToMarkdown, readCanvasFile, writeCanvasFile } from '../../domain/canvas/index.js';
import { readMapFile, writeMapFile } from '../../domain/map/index.js';
import { AppError } from '../../shared/index.js';
import type { Store } from '../store/Store.js';
import { loadBoardDoc } from './boardDoc.js';
import { makeId } from './random.js';

export const mapExportFormats = ['json', 'kumu-xlsx', 'kumu-csv', 'graphml', 'mermaid', 'svg', 'png'] as const;
export const canvasExportFormats = ['json', 'md', 'pdf'] as const;
/** What this version writes; the rest of the contract's formats arrive with the interop release. */
const available: Record<DocumentKind, readonly string[]> = {
  'workshop-control': [],
  'ecosystem-map': ['json'],
  'ethics-canvas': ['json', 'md'],
  reflection: [],
};

type ParsedFile =
  | { kind: 'ecosystem-map'; title: string; write: (doc: Y.Doc) => void }
  | { kind: 'ethics-canvas'; title: string; write: (doc: Y.Doc) => void };

/** One line naming the first problem (with its line) and how many more there are. */
function problems(name: string, errors: { path: string; message: string; line?: number }[]): AppError {
  const [first] = errors;
  const where = first ? `${first.path ? `${first.path}: ` : ''}${first.message}${first.line ? ` (line ${first.line})` : ''}` : 'unreadable';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
  return new AppError('FILE_INVALID', `${name}: ${where}${more}`);
}

/** Tells the file's kind from its `format` field and restores it, refusing it whole if it is not valid. */
export function parseBoardFile(name: string, text: string): ParsedFile {
  if (/\.(xlsx|csv|graphml)$/i.test(name))
    throw new AppError('FORMAT_NOT_SUPPORTED', `${name}: Kumu and GraphML imports arrive with the interop release`);
  let format: unknown;
  try {
    format = (JSON.parse(text.replace(/^\uFEFF/, '')) as { format?: unknown } | null)?.format;
  } catch {
    format = undefined;
  }
  if (format === 'opencities/ecosystem-map') {
    const read = readMapFile(text);
    if (!read.ok) throw problems(name, read.errors);
    return { kind: 'ecosystem-map', title: read.map.title, write: (doc) => writeMapToDoc(doc, read.map) };
  }
  if (format === 'opencities/ethics-canvas') {
    const read = readCanvasFile(text);
    if (!read.ok) throw problems(name, read.errors);
    return {
      kind: 'ethics-canvas',
      title: read.canvas.title ?? '',
      write: (doc) => {
        initCanvasDoc(doc);
        writeCanvasToDoc(doc, read.canvas);
      },
    };
  }
  const read = readMapFile(text); // says precisely why: not JSON (with its line), or another format
  throw problems(
    name,
    read.ok ? [{ path: 'format', message: 'is neither "opencities/ecosystem-map" nor "opencities/ethics-canvas"' }] : read.errors,
  );
}

/** Creates a board in a workshop from a map or canvas file; nothing is created if the file is not valid. */
export async function importBoardFile(
  store: Store,
  input: { workshopId: string; name: string; text: string; groupId?: string | null; now: Date },
): Promise<Board> {
  const parsed = parseBoardFile(input.name, input.text);
  if (!(await store.getWorkshop(input.workshopId))) throw new AppError('WORKSHOP_NOT_FOUND');
  const doc = new Y.Doc();
  initBoardDoc(doc, parsed.kind);
  parsed.write(doc);
  const title = parsed.title.trim() || input.name.replace(/\.[^.]+$/, '');
  const board: Board = {
    id: makeId('bd'),
    workshopId: input.workshopId,
    kind: parsed.kind,
    title: title.slice(0, 120),
    groupId: input.groupId ?? null,
    projectId: null,
    createdAt: input.now.toISOString(),
  };
  await store.createBoard(board);
  await store.appendUpdates(board.id, [Y.encodeStateAsUpdate(doc)]);
  return board;
}

export interface ExportedFile {
  body: string;
  contentType: string;
  extension: string;
}

/** A board's live state (the store's log, not a stale snapshot) in one of the formats its kind exports. */
export async function exportBoard(store: Store, boardId: string, format: string, log: (line: string) => void): Promise<ExportedFile> {
  const board = await store.getBoard(boardId);
  if (!board) throw new AppError('BOARD_NOT_FOUND', `no board with id "${boardId}"`);
  const formats = available[board.kind];
  if (!formats.includes(format)) {
    const known = board.kind === 'ecosystem-map' ? mapExportFormats : board.kind === 'ethics-canvas' ? canvasExportFormats : [];
    const detail = (known as readonly string[]).includes(format)
      ? `the ${format} export of a ${board.kind} arrives with the interop release; available now: ${formats.join(', ')}`
      : `a ${board.kind} board exports as ${formats.length ? formats.join(', ') : 'nothing yet'}, not "${format}"`;
    throw new AppError('FORMAT_NOT_SUPPORTED', detail);
  }
  const doc = await loadBoardDoc(store, boardId, log);
  if (board.kind === 'ecosystem-map') {
    const { map } = readMap(doc);
    return {
      body: writeMapFile({ ...map, id: map.id ?? board.id, title: map.title || board.title }),
      contentType: 'application/json',
      extension: 'json',
    };
  }
  const canvas = readCanvas(doc, { id: board.id, title: board.title });
  if (format === 'md') return { body: canvasToMarkdown(canvas), contentType: 'text/markdown', extension: 'md' };
  return { body: writeCanvasFile(canvas), contentType: 'application/json', extension: 'json' };
}
