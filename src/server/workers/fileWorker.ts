import type { Atlas } from '../../domain/atlas/index.js';
import { exportBoard, prepareBoardFile } from '../services/boardFiles.js';
import { atlasAnswer, atlasPictureAnswer, buildCityAtlas, exportAtlas } from '../services/cityAtlas.js';
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
      return {
        answer: atlasAnswer(built, job.sources.decisions, job.version),
        picture: atlasPictureAnswer(built, job.version),
        atlas: JSON.stringify(built.atlas),
      } satisfies BuiltAtlas;
    }
    case 'atlas-export':
      return exportAtlas(JSON.parse(job.atlas) as Atlas, job.format);
  }
}

/** Text as UTF-8 bytes: made here, the main thread only sends them (no 26 MB string to encode there). */
const utf8 = new TextEncoder();

/** A text body says it is UTF-8; the binary formats (xlsx, zip, png) keep their type as it is. */
function withCharset(contentType: string): string {
  return contentType.includes('charset') ? contentType : `${contentType}; charset=utf-8`;
}

/**
 * A download as bytes the main thread can send as they are: an export's or picture's text body
 * becomes UTF-8 (its type saying so), a report's text too, and that text's memory, made here,
 * is handed over to the main thread rather than copied into its heap (SPEC L7). Bytes a library
 * made (a PNG from resvg, a workbook, a zip) are copied as before: their memory may belong to
 * native code, which Node 24 refuses to hand over (the job failed there).
 */
function asDownload(job: FileJob, value: unknown): { value: unknown; transfer: ArrayBuffer[] } {
  if (job.type === 'report') {
    if (typeof value !== 'string') return { value, transfer: [] };
    const bytes = utf8.encode(value);
    return { value: bytes, transfer: [bytes.buffer] };
  }
  if (job.type !== 'export' && job.type !== 'picture') return { value, transfer: [] };
  const file = value as { body: string | Uint8Array; contentType: string };
  if (typeof file.body !== 'string') return { value, transfer: [] };
  const body = utf8.encode(file.body);
  return { value: { ...file, body, contentType: withCharset(file.contentType) }, transfer: [body.buffer] };
}

serveJobs(async (job: FileJob) => {
  const logs: string[] = [];
  const { value, transfer } = asDownload(job, await run(job, (line) => logs.push(line)));
  const result: FileJobResult<unknown> = { value, logs };
  return { result, transfer };
});
