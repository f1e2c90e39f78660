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
      return { answer: atlasAnswer(built), atlas: JSON.stringify(built.atlas) } satisfies BuiltAtlas;
    }
    case 'atlas-export':
      return exportAtlas(JSON.parse(job.atlas) as Atlas, job.format);
  }
}

serveJobs(async (job: FileJob) => {
  const logs: string[] = [];
  const value = await run(job, (line) => logs.push(line));
  const result: FileJobResult<unknown> = { value, logs };
  return { result };
});
