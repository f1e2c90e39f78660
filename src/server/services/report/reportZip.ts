import { strToU8, zipSync } from 'fflate';
import { reportMarkdown, reportPictureFiles } from './reportMarkdown.js';
import type { Report } from './types.js';

/** The name of the Markdown file inside the .zip. */
export const reportZipMarkdownName = 'report.md';

/**
 * The Markdown report as a .zip: `report.md` and its map pictures as `images/<board id>.svg`,
 * linked by relative path, so unpacked (or pushed to GitHub or GitLab) the pictures show.
 * A fixed modification time keeps two reports of the same workshop byte for byte equal.
 */
export function reportZip(report: Report): Buffer {
  const mtime = new Date(report.generatedAt);
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {
    [reportZipMarkdownName]: [strToU8(reportMarkdown(report, { pictures: 'files' })), { mtime }],
  };
  for (const p of reportPictureFiles(report)) files[p.path] = [strToU8(p.svg), { mtime }];
  return Buffer.from(zipSync(files, { level: 6 }));
}
