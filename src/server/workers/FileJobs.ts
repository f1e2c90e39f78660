import { availableParallelism } from 'node:os';
import type { Board } from '../../domain/index.js';
import { AppError } from '../../shared/index.js';
import type { ExportedFile, ImportFile, PreparedBoard } from '../services/boardFiles.js';
import type { Picture } from '../services/mapPicture.js';
import type { CitySources } from '../services/cityAtlas.js';
import type { BuiltAtlas, FileJob, FileJobResult } from './fileJobMessages.js';
import { boardSnapshot, canvasSnapshot, workshopSnapshot, type StoreReader } from './storeSnapshot.js';
import { WorkerPool } from './WorkerPool.js';

export interface FileJobsOptions {
  /** Threads for file work; default: one fewer than the cores (one at least, four at most). */
  threads?: number;
  /** Longest one import, export, picture or report may run (FILE_JOB_FAILED after). */
  timeoutMs: number;
  /** Jobs that may wait for a thread; one more is SERVER_BUSY. */
  maxWaiting: number;
  log: (line: string) => void;
}

/** Bytes from a worker arrive as a Uint8Array (text too: the worker encodes it, fileWorker.ts); the HTTP reply sends a Buffer over the same memory. */
function asBuffer<T extends string | Uint8Array>(body: T): string | Buffer {
  return typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}

export interface ReportJobOptions {
  format: 'md' | 'pdf';
  includeReflection: boolean;
  includeNames: boolean;
  /** Markdown only: a .zip with its pictures (true), or the text alone. */
  zip: boolean;
  now: Date;
}

/**
 * Imports, exports, pictures, reports and city atlases for the HTTP API, on worker threads (fileWorker.ts) so
 * that no file or request of one member holds up the server for everyone (SPEC L7). What touches
 * the store stays here and is cheap (a few reads; the board's stored bytes go to the worker as
 * they are); everything that parses, decodes or draws runs on a thread of a WorkerPool.
 */
export class FileJobs {
  private readonly pool: WorkerPool;
  private readonly counts: Record<FileJob['type'], number> = {
    import: 0,
    export: 0,
    picture: 0,
    report: 0,
    atlas: 0,
    'atlas-export': 0,
  };

  constructor(
    private readonly store: StoreReader,
    private readonly options: FileJobsOptions,
  ) {
    this.pool = new WorkerPool({
      from: import.meta.url,
      module: 'fileWorker',
      name: 'file job',
      threads: options.threads ?? Math.min(4, Math.max(1, availableParallelism() - 1)),
      timeoutMs: options.timeoutMs,
      maxWaiting: options.maxWaiting,
      busy: (detail) => new AppError('SERVER_BUSY', detail),
      failed: (detail) => new AppError('FILE_JOB_FAILED', detail),
      log: options.log,
    });
  }

  /** Parses and validates files to import, and builds the board's state (not stored yet). */
  prepareImport(files: ImportFile[], connections?: ImportFile): Promise<PreparedBoard> {
    return this.run<PreparedBoard>({ type: 'import', files, connections });
  }

  /** A board in one of its kind's export formats (exportBoard). */
  async exportBoard(board: Board, format: string): Promise<ExportedFile> {
    const file = await this.run<ExportedFile>({
      type: 'export',
      snapshot: board.kind === 'ethics-canvas' ? await canvasSnapshot(this.store, board) : await boardSnapshot(this.store, board),
      boardId: board.id,
      format,
    });
    return { ...file, body: asBuffer(file.body) };
  }

  /** A map board's picture (boardPicture). */
  async picture(board: Board, format: string): Promise<Picture> {
    const picture = await this.run<Picture>({
      type: 'picture',
      snapshot: await boardSnapshot(this.store, board),
      boardId: board.id,
      format,
    });
    return { ...picture, body: asBuffer(picture.body) };
  }

  /** The workshop report: PDF bytes, Markdown text, or a .zip of the Markdown and its pictures. */
  async report(workshopId: string, options: ReportJobOptions): Promise<string | Buffer> {
    // Every board the report may show, and the control document (voting rounds); a reflection only when included.
    const snapshot = await workshopSnapshot(this.store, workshopId, (b) => b.kind !== 'reflection' || options.includeReflection);
    const body = await this.run<string | Uint8Array>({
      type: 'report',
      snapshot,
      workshopId,
      format: options.format,
      includeReflection: options.includeReflection,
      includeNames: options.includeNames,
      zip: options.zip,
      now: options.now.toISOString(),
    });
    return asBuffer(body);
  }

  /**
   * Builds a city's atlas from what `citySources` read: its GET /api/atlas answer and picture,
   * both carrying `version` (`citySourcesVersion` of those sources, worked out by the caller), and the atlas as JSON.
   */
  atlas(sources: CitySources, version: string): Promise<BuiltAtlas> {
    return this.run<BuiltAtlas>({ type: 'atlas', sources, version });
  }

  /** A built atlas (its JSON, from `atlas`) in one of `atlasFormats`. */
  async exportAtlas(atlas: string, format: string): Promise<ExportedFile> {
    const file = await this.run<ExportedFile>({ type: 'atlas-export', atlas, format });
    return { ...file, body: asBuffer(file.body) };
  }

  /** Jobs started since the pool was made, by type (for logs and tests: the work went to a thread). */
  get started(): Readonly<Record<FileJob['type'], number>> {
    return this.counts;
  }

  /** Jobs running and waiting. */
  get load(): { running: number; waiting: number } {
    return this.pool.load;
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private async run<T>(job: FileJob): Promise<T> {
    this.counts[job.type]++;
    const { value, logs } = await this.pool.run<FileJobResult<T>>(job);
    for (const line of logs) this.options.log(line);
    return value;
  }
}
