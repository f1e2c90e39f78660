import { reflectionColumnLabels, reflectionColumns } from '../../../domain/facilitation/index.js';
import { printable } from '../../../domain/formats/index.js';
import { canvasMarkdown } from './markdownCanvas.js';
import { mapMarkdown, mapPicturePath } from './markdownMap.js';
import type { PictureMode } from './markdownMap.js';
import { glance, isEmptyMap, reflectionNotes, sectionHeading } from './glance.js';
import { boardHeading, count, mdText, peopleFrom } from './markdownText.js';
import { votesMarkdown } from './markdownVotes.js';
import type { Report, ReportOrganisation, ReportReflection } from './types.js';
import { pushAll } from '../../../shared/index.js';

export interface ReportMarkdownOptions {
  /**
   * `files` (the default) links `images/<board id>.svg`, for a report written beside its
   * pictures (reportPictureFiles, reportZip); `none` says the picture is in the .zip, for a
   * Markdown file read on its own (standard output).
   */
  pictures?: PictureMode;
}

/** The pictures a `files` report links to: relative path and SVG text (an empty map has none). */
export function reportPictureFiles(report: Report): { path: string; svg: string }[] {
  return report.sections.flatMap((s) => s.maps.filter((m) => !isEmptyMap(m)).map((m) => ({ path: mapPicturePath(m.boardId), svg: m.svg })));
}

/** "## Who took part": people by organisation, then who observed; counts only unless names were asked for. */
function organisationsMarkdown(report: Report): string[] {
  const lines = ['## Who took part', ''];
  if (report.organisations.length + report.observers.length === 0) return [...lines, 'Nobody has joined this workshop yet.', ''];
  const orgLine = (o: ReportOrganisation) =>
    `- ${mdText(o.name)}: ${o.count}` + (o.names === undefined ? '' : ` (${o.names.map(mdText).join(', ')})`);
  if (report.organisations.length === 0) lines.push('Nobody took part on the boards.', '');
  else {
    lines.push(`${peopleFrom(report.organisations)}:`, '');
    for (const o of report.organisations) lines.push(orgLine(o));
    lines.push('');
  }
  if (report.observers.length > 0) {
    lines.push(`Observed by ${peopleFrom(report.observers)}:`, '');
    for (const o of report.observers) lines.push(orgLine(o));
    lines.push('');
  }
  return lines;
}

function reflectionMarkdown(r: ReportReflection): string[] {
  const lines = [`### ${mdText(boardHeading('Reflection', r))}`, ''];
  if (reflectionNotes(r).length === 0) return [...lines, 'Nothing written.', ''];
  lines.push('*Shared by the facilitator with authors removed.*', '');
  for (const column of reflectionColumns) {
    const notes = r.reflection[column].filter((n) => n.text.trim() !== '');
    const { title, prompt } = reflectionColumnLabels[column];
    lines.push(`#### ${title}`, '', `*${prompt}*`, '');
    pushAll(lines, notes.length === 0 ? ['Nothing written.'] : notes.map((n) => `- ${mdText(n.text)}`));
    lines.push('');
  }
  return lines;
}

/**
 * The report as Markdown: the workshop, then each project with its maps (picture, findings,
 * the map in words), canvases (statuses, most-voted notes, actions) and, when included, the
 * anonymised reflections, then each board's voting results. All user text is escaped (mdText);
 * control and bidi-override characters are left out (printable).
 */
export function reportMarkdown(report: Report, options: ReportMarkdownOptions = {}): string {
  const mode = options.pictures ?? 'files';
  const all = report.sections;
  const maps = all.reduce((n, s) => n + s.maps.length, 0);
  const canvases = all.reduce((n, s) => n + s.canvases.length, 0);
  const lines = [`# Workshop report: ${mdText(report.workshop.title)}`, ''];
  if (report.workshop.description.trim() !== '') lines.push(mdText(report.workshop.description), '');
  lines.push(
    `Written ${report.generatedAt.slice(0, 10)} by Open Cities Studio: ${count(maps, 'ecosystem map')}, ${count(canvases, 'data ethics canvas', 'data ethics canvases')}` +
      (report.includeReflection ? ', and the groups’ reflections with authors removed.' : '.'),
    '',
  );
  if (all.length === 0) lines.push('This workshop has no maps or canvases yet.', '');
  else lines.push('## At a glance', '');
  for (const g of glance(report)) {
    lines.push(`- **${mdText(g.heading)}**`, ...g.lines.map((l) => `  - ${mdText(l.board)}: ${l.figures}`));
  }
  if (all.length > 0) lines.push('');
  lines.push(...organisationsMarkdown(report));
  // Each board's block ends with its own sections: a board's voting results belong there,
  // as one more function called after mapMarkdown / canvasMarkdown / reflectionMarkdown.
  for (const section of all) {
    lines.push(`## ${mdText(sectionHeading(section.project))}`, '');
    for (const m of section.maps) pushAll(lines, mapMarkdown(m, mode));
    for (const c of section.canvases) pushAll(lines, canvasMarkdown(c));
    for (const r of section.reflections) pushAll(lines, reflectionMarkdown(r));
    for (const v of section.votes) pushAll(lines, votesMarkdown(v));
  }
  // No control or bidi-override character reaches the reader, wherever the text came from.
  return printable(`${lines.join('\n').trimEnd()}\n`);
}
