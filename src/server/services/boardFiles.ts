import * as Y from 'yjs';
import { initBoardDoc } from '../../doc/index.js';
import { initCanvasDoc, readCanvas, writeCanvasToDoc } from '../../doc/canvas/index.js';
import { readMap, writeMapToDoc } from '../../doc/map/index.js';
import type { Board, DocumentKind } from '../../domain/index.js';
import { canvasToMarkdown, readCanvasFile, writeCanvasFile } from '../../domain/canvas/index.js';
import {
  canvasExportFormats,
  kumuCsvRole,
  mapExportFormats,
  readGraphml,
  readKumuCsvArchive,
  readKumuCsvFiles,
  writeGraphml,
  writeKumuCsvArchive,
  writeMermaid,
} from '../../domain/formats/index.js';
import { formatMapIssues, overBoardLimit, readMapFile, writeMapFile } from '../../domain/map/index.js';
import type { EcosystemMap, MapIssue, ReadMapResult } from '../../domain/map/index.js';
import type { CanvasError } from '../../domain/canvas/index.js';
import { sayFile, type FileProblemDetails, type Said } from '../../domain/fileProblems/index.js';
import { AppError, truncateText } from '../../shared/index.js';
import type { Store } from '../store/Store.js';
import { loadBoardDoc } from './boardDoc.js';
import { loadCanvasRoundVotes } from './roundVotes.js';
import { readKumuXlsx } from './kumuXlsxReader.js';
import { writeKumuXlsx } from './kumuXlsxWriter.js';
import { mapPicture } from './mapPicture.js';
import { pictureWords } from '../i18n/pictureWords.js';
import type { PictureWords } from '../../domain/render/index.js';
import { makeId } from './random.js';

/** What this version writes; a canvas on its own as PDF arrives later (the workshop report has it). */
const available: Record<DocumentKind, readonly string[]> = {
  'workshop-control': [],
  'ecosystem-map': mapExportFormats,
  'ethics-canvas': ['json', 'md'],
  reflection: [],
};

/** The formats a board of this kind exports in, in this version. */
export function exportFormatsOf(kind: DocumentKind): readonly string[] {
  return available[kind];
}

type ParsedFile =
  | { kind: 'ecosystem-map'; title: string; write: (doc: Y.Doc) => void }
  | { kind: 'ethics-canvas'; title: string; write: (doc: Y.Doc) => void };

/**
 * One line naming the first problem (with its line) and how many more there are, in English;
 * the same as `details` (FileProblemDetails), which the web words in its person's language.
 */
function problems(name: string, errors: (MapIssue | CanvasError)[]): AppError {
  const [first] = errors;
  const details: FileProblemDetails | undefined = first && {
    file: name,
    path: first.path,
    ...('place' in first && first.place ? { place: first.place } : {}),
    ...(first.line ? { line: first.line } : {}),
    ...(first.problem && { problem: first.problem }),
    more: errors.length - 1,
  };
  return new AppError('FILE_INVALID', `${name}: ${formatMapIssues(errors) || 'unreadable'}`, details ? { ...details } : undefined);
}

/** A problem with a file as a whole (`name: message`), its details as `problems` gives them. */
function refused(name: string, said: Said): AppError {
  return problems(name, [{ path: '', ...said }]);
}

/** A file to import: its name (the extension tells the format) and its bytes, or its text. */
export interface ImportFile {
  name: string;
  data: Uint8Array | string;
}

/**
 * Tells the file's format and restores it, refusing it whole if it is not valid: `.xlsx` a Kumu
 * workbook, `.zip` the kumu-csv archive, `.csv` a Kumu elements file (with `connections`, its
 * connections file), `.graphml` GraphML; anything else JSON, whose `format` field tells a map
 * from a canvas.
 */
export async function parseBoardFile(file: ImportFile, connections?: ImportFile): Promise<ParsedFile> {
  const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase();
  if (connections && extension !== 'csv') throw refused(connections.name, sayFile('connectionsAlone', { file: file.name }));
  const interop = await readInterop(extension, file, connections);
  if (interop) {
    if (!interop.ok) throw problems(file.name, interop.errors);
    const { map } = withinBoardLimits(file.name, interop.map);
    return { kind: 'ecosystem-map', title: map.title, write: (doc) => writeMapToDoc(doc, map) };
  }
  const text = textOf(file);
  let format: unknown;
  try {
    format = (JSON.parse(text.replace(/^\uFEFF/, '')) as { format?: unknown } | null)?.format;
  } catch {
    format = undefined;
  }
  if (format === 'opencities/ecosystem-map') {
    const read = readMapFile(text);
    if (!read.ok) throw problems(file.name, read.errors);
    const { map } = withinBoardLimits(file.name, read.map);
    return { kind: 'ecosystem-map', title: map.title, write: (doc) => writeMapToDoc(doc, map) };
  }
  if (format === 'opencities/ethics-canvas') {
    const read = readCanvasFile(text);
    if (!read.ok) throw problems(file.name, read.errors);
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
  throw problems(file.name, read.ok ? [{ path: 'format', ...sayFile('notABoardFile') }] : read.errors);
}

/** The map, when it is within what one board may hold (SPEC L5); else FILE_TOO_LARGE naming the limit. */
function withinBoardLimits(name: string, map: EcosystemMap): { map: EcosystemMap } {
  const over = overBoardLimit({
    actors: map.actors.length,
    flows: map.flows.length,
    datasets: map.datasets.length,
    notes: map.notes.length,
  });
  if (over) throw new AppError('FILE_TOO_LARGE', `${name} holds ${over}`);
  return { map };
}

/** A map from another tool's format, by the file's extension; undefined for our own JSON files. */
async function readInterop(extension: string | undefined, file: ImportFile, connections?: ImportFile): Promise<ReadMapResult | undefined> {
  switch (extension) {
    case 'xlsx':
      return readKumuXlsx(bytesOf(file), file.name);
    case 'zip':
      return readKumuCsvArchive(bytesOf(file), file.name);
    case 'csv':
      return readKumuCsvFiles({
        elements: { name: file.name, text: textOf(file) },
        connections: connections && { name: connections.name, text: textOf(connections) },
      });
    case 'graphml':
      return readGraphml(textOf(file));
    default:
      return undefined;
  }
}

function bytesOf(file: ImportFile): Uint8Array {
  return typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data;
}

/** The file as UTF-8 text; other encodings are refused rather than read as garbled names. */
function textOf(file: ImportFile): string {
  if (typeof file.data === 'string') return file.data;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file.data);
  } catch {
    throw refused(file.name, sayFile('notUtf8'));
  }
}

/**
 * The file and its connections file from files that arrived together, in any order (a drop of
 * two files): one file is the file; two must be Kumu's CSV pair, told apart by their headings
 * (`kumuCsvRole`), so they may be named anyhow. Refused, naming the files, when they are not.
 */
export function pairImportFiles(files: ImportFile[]): { file: ImportFile; connections?: ImportFile } {
  const [first, second, ...rest] = files;
  if (!first) throw new AppError('UPLOAD_INVALID', 'No file came with the upload');
  if (!second) return { file: first };
  const names = files.map((f) => `"${f.name}"`).join(', ');
  const csv = (f: ImportFile) => /\.csv$/i.test(f.name);
  if (rest.length > 0 || !csv(first) || !csv(second))
    throw new AppError(
      'UPLOAD_INVALID',
      `${names}: import one file at a time; only a Kumu elements CSV file and its connections CSV file go together`,
    );
  const roles = [first, second].map((f) => kumuCsvRole({ name: f.name, text: textOf(f) }));
  if (roles[0] === 'connections' && roles[1] !== 'connections') return { file: second, connections: first };
  if (roles[1] === 'connections' && roles[0] !== 'connections') return { file: first, connections: second };
  throw refused(names, sayFile('notKumuPair'));
}

/** A file made ready to become a board: its kind, its title and its whole Yjs state. */
export interface PreparedBoard {
  kind: DocumentKind;
  title: string;
  update: Uint8Array;
}

/**
 * The heavy half of an import (parsing, validation, building the board's document), which the
 * server runs on a worker thread (workers/fileWorker.ts): a file, or files that arrived
 * together (pairImportFiles), or a Kumu elements file and its `connections` file.
 */
export async function prepareBoardFile(files: ImportFile[], connections?: ImportFile): Promise<PreparedBoard> {
  const pair = connections && files[0] ? { file: files[0], connections } : pairImportFiles(files);
  const parsed = await parseBoardFile(pair.file, pair.connections);
  const doc = new Y.Doc();
  initBoardDoc(doc, parsed.kind);
  parsed.write(doc);
  const title = parsed.title.trim() || pair.file.name.replace(/\.[^.]+$/, '');
  return { kind: parsed.kind, title, update: Y.encodeStateAsUpdate(doc) };
}

/** Creates a board in a workshop from a map or canvas file; nothing is created if the file is not valid. */
export async function importBoardFile(
  store: Store,
  input: {
    workshopId: string;
    file: ImportFile;
    connections?: ImportFile;
    groupId?: string | null;
    projectId?: string | null;
    now: Date;
  },
): Promise<Board> {
  return storePreparedBoard(store, await prepareBoardFile([input.file], input.connections), input);
}

/** The quick half of an import: the prepared board stored in the workshop, as a new board. */
export async function storePreparedBoard(
  store: Store,
  prepared: PreparedBoard,
  input: { workshopId: string; groupId?: string | null; projectId?: string | null; now: Date },
): Promise<Board> {
  if (!(await store.getWorkshop(input.workshopId))) throw new AppError('WORKSHOP_NOT_FOUND');
  const { title } = prepared;
  const board: Board = {
    id: makeId('bd'),
    workshopId: input.workshopId,
    kind: prepared.kind,
    title: truncateText(title, 120, ''),
    groupId: input.groupId ?? null,
    projectId: input.projectId ?? null,
    createdAt: input.now.toISOString(),
  };
  await store.createBoard(board);
  await store.appendUpdates(board.id, [prepared.update]);
  return board;
}

export interface ExportedFile {
  /** Text, or bytes for the binary formats (kumu-xlsx, kumu-csv, png). */
  body: string | Uint8Array;
  contentType: string;
  extension: string;
}

/** A board's live state (the store's log, not a stale snapshot) in one of the formats its kind exports. */
export async function exportBoard(
  store: Pick<Store, 'getBoard' | 'getWorkshop' | 'listBoards' | 'listParticipants' | 'loadBoardState'>,
  boardId: string,
  format: string,
  log: (line: string) => void,
): Promise<ExportedFile> {
  const board = await store.getBoard(boardId);
  if (!board) throw new AppError('BOARD_NOT_FOUND', `no board with id "${boardId}"`);
  const formats = available[board.kind];
  if (!formats.includes(format)) {
    const known = board.kind === 'ecosystem-map' ? mapExportFormats : board.kind === 'ethics-canvas' ? canvasExportFormats : [];
    if ((known as readonly string[]).includes(format))
      throw new AppError(
        'FORMAT_NOT_SUPPORTED',
        `the ${format} export of a ${board.kind} arrives in a later release; available now: ${formats.join(', ')}`,
      );
    throw new AppError(
      formats.length ? 'EXPORT_FORMAT_UNKNOWN' : 'FORMAT_NOT_SUPPORTED',
      `a ${board.kind} board exports as ${formats.length ? formats.join(', ') : 'nothing yet'}, not "${format}"`,
    );
  }
  const doc = await loadBoardDoc(store, boardId, log);
  if (board.kind === 'ecosystem-map') {
    const { map } = readMap(doc);
    // A picture's words (its legend, cards and text alternative) in the workshop's language (SPEC F10).
    const words = pictureWords((await store.getWorkshop(board.workshopId))?.language);
    return exportMap({ ...map, id: map.id ?? board.id, title: map.title || board.title }, format, words);
  }
  // A note's votes include its dots in the voting rounds on this board (SPEC V5).
  const canvas = readCanvas(doc, { id: board.id, title: board.title }, await loadCanvasRoundVotes(store, board, doc, log));
  if (format === 'md') return { body: canvasToMarkdown(canvas), contentType: 'text/markdown', extension: 'md' };
  return { body: writeCanvasFile(canvas), contentType: 'application/json', extension: 'json' };
}

async function exportMap(map: EcosystemMap, format: string, words: PictureWords): Promise<ExportedFile> {
  switch (format) {
    case 'kumu-xlsx':
      return {
        body: await writeKumuXlsx(map),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    case 'kumu-csv':
      return { body: writeKumuCsvArchive(map), contentType: 'application/zip', extension: 'zip' };
    case 'graphml':
      return { body: writeGraphml(map), contentType: 'application/graphml+xml', extension: 'graphml' };
    case 'mermaid':
      return { body: writeMermaid(map), contentType: 'text/vnd.mermaid', extension: 'mmd' };
    case 'svg':
    case 'png':
      return mapPicture(map, format, words);
    default:
      return { body: writeMapFile(map), contentType: 'application/json', extension: 'json' };
  }
}
