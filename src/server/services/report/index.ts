// The workshop report (DESIGN.md "After the workshop"): gather it, then print it as Markdown or PDF.
export { buildReport } from './buildReport.js';
export type { BuildReportOptions } from './buildReport.js';
export { reportMarkdown, reportPictureFiles } from './reportMarkdown.js';
export type { ReportMarkdownOptions } from './reportMarkdown.js';
export { reportPdf } from './reportPdf.js';
export { reportZip, reportZipMarkdownName } from './reportZip.js';
export type { ReportPdfOptions } from './reportPdf.js';
export type { Report, ReportSection, ReportMap, ReportCanvas, ReportReflection, ReportOrganisation, FindingsFor } from './types.js';
