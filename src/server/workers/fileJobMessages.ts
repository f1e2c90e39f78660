import type { ImportFile } from '../services/boardFiles.js';
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
    };

/** Every job's answer: its value, and the lines it logged (a skipped unreadable update), for the server's log. */
export interface FileJobResult<T> {
  value: T;
  logs: string[];
}
