import type { Atlas } from '../../domain/atlas/index.js';
import { exportBoard, prepareBoardFile } from '../services/boardFiles.js';
import { atlasAnswer, buildCityAtlas, exportAtlas } from '../services/cityAtlas.js';
import { boardPicture } from '../services/mapPicture.js';
import { buildReport, reportMarkdown, reportPdf, reportZip } from '../services/report/index.js';
import type { BuiltAtlas, FileJob, FileJobResult } from './fileJobMessages.js';
import { serveJobs } from './serveJobs.js';
import { snapshotReader } from './storeSnapshot.js';

/**
 * The worker side of FileJobs: parsing and validating imports, writing exports, drawing
 * pictures, building reports and city atlases take seconds on a large board, all of it synchronous; here it
 * holds up only this thread. The store is read on the main thread: a job gets a snapshot.
 */
async function run(job: FileJob, log: (line: string) => void): Promise<unknown> {
  switch (job.type) {
    case 'import':
      return prepareBoardFile(job.files, job.connections);
    case 'export':
      return exportBoard(snapshotReader(job.snapshot), job.boardId, job.format, log);
    case 'picture':
      return boardPicture(snapshotReader(job.snapshot), job.boardId, job.format, log);
    case 'report': {
      const report = await buildReport(snapshotReader(job.snapshot), job.workshopId, {
        includeReflection: job.includeReflection,
        includeNames: job.includeNames,
        now: new Date(job.now),
        log,
      });
      if (job.format === 'pdf') return reportPdf(report);
      return job.zip ? reportZip(report) : reportMarkdown(report, { pictures: 'none' });
    }
    case 'atlas': {
      const built = await buildCityAtlas(job.sources, log);
      return { answer: atlasAnswer(built, job.sources.decisions), atlas: JSON.stringify(built.atlas) } satisfies BuiltAtlas;
    }
    case 'atlas-export':
      return exportAtlas(JSON.parse(job.atlas) as Atlas, job.format);
  }
}

/** Text as UTF-8 bytes: made here, the main thread only sends them (no 26 MB string to encode there). */
const utf8 = new TextEncoder();

/** The bytes' memory, when they alone use it, so it can be handed over rather than copied. */
function ownMemory(bytes: Uint8Array): ArrayBuffer[] {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}

/** A text body says it is UTF-8; the binary formats (xlsx, zip, png) keep their type as it is. */
function withCharset(contentType: string): string {
  return contentType.includes('charset') ? contentType : `${contentType}; charset=utf-8`;
}

/**
 * A download as bytes the main thread can send as they are: an export's or picture's text body
 * becomes UTF-8 (its type saying so), a report's text too, and every body's memory is handed
 * over to the main thread rather than copied into its heap (SPEC L7).
 */
function asDownload(job: FileJob, value: unknown): { value: unknown; transfer: ArrayBuffer[] } {
  if (job.type === 'report') {
    const bytes = typeof value === 'string' ? utf8.encode(value) : (value as Uint8Array);
    return { value: bytes, transfer: ownMemory(bytes) };
  }
  if (job.type !== 'export' && job.type !== 'picture') return { value, transfer: [] };
  const file = value as { body: string | Uint8Array; contentType: string };
  if (typeof file.body !== 'string') return { value, transfer: ownMemory(file.body) };
  const body = utf8.encode(file.body);
  return { value: { ...file, body, contentType: withCharset(file.contentType) }, transfer: ownMemory(body) };
}

serveJobs(async (job: FileJob) => {
  const logs: string[] = [];
  const { value, transfer } = asDownload(job, await run(job, (line) => logs.push(line)));
  const result: FileJobResult<unknown> = { value, logs };
  return { result, transfer };
});
