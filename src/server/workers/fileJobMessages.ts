import type { ImportFile } from '../services/boardFiles.js';
import type { CitySources } from '../services/cityAtlas.js';
import type { StoreSnapshot } from './storeSnapshot.js';

/** The jobs FileJobs sends its worker threads (fileWorker.ts). */
export type FileJob =
  | { type: 'import'; files: ImportFile[]; connections?: ImportFile }
  | { type: 'export'; snapshot: StoreSnapshot; boardId: string; format: string }
  | { type: 'picture'; snapshot: StoreSnapshot; boardId: string; format: string }
  | {
      type: 'report';
      snapshot: StoreSnapshot;
      workshopId: string;
      format: 'md' | 'pdf';
      includeReflection: boolean;
      includeNames: boolean;
      zip: boolean;
      now: string;
    }
  | { type: 'atlas'; sources: CitySources; version: string }
  | { type: 'atlas-export'; atlas: string; format: string };

/**
 * A built city atlas as text: the GET /api/atlas answer, its first picture (GET
 * /api/atlas/picture), and the atlas itself (JSON) that its downloads are written from.
 */
export interface BuiltAtlas {
  answer: string;
  picture: string;
  atlas: string;
}

/** Every job's answer: its value, and the lines it logged (a skipped unreadable update), for the server's log. */
export interface FileJobResult<T> {
  value: T;
  logs: string[];
}
