import { reflectionColumns } from '../../../domain/facilitation/index.js';
import { printable } from '../../../domain/formats/index.js';
import { canvasMarkdown } from './markdownCanvas.js';
import { mapMarkdown, mapPicturePath } from './markdownMap.js';
import type { PictureMode } from './markdownMap.js';
import { glance, isEmptyMap, reflectionNotes, sectionHeading } from './glance.js';
import { mdText, peopleFrom } from './markdownText.js';
import { votesMarkdown } from './markdownVotes.js';
import { reportText, type ReportText } from './reportText.js';
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
function organisationsMarkdown(report: Report, text: ReportText): string[] {
  const { t } = text;
  const lines = [`## ${t('people')}`, ''];
  if (report.organisations.length + report.observers.length === 0) return [...lines, t('people.none'), ''];
  const orgLine = (o: ReportOrganisation) =>
    `- ${text.colon(mdText(o.name))} ${o.count}` + (o.names === undefined ? '' : ` (${o.names.map(mdText).join(', ')})`);
  if (report.organisations.length === 0) lines.push(t('people.notOnBoards'), '');
  else {
    lines.push(t('people.from', peopleFrom(report.organisations)), '');
    for (const o of report.organisations) lines.push(orgLine(o));
    lines.push('');
  }
  if (report.observers.length > 0) {
    lines.push(t('people.observers', peopleFrom(report.observers)), '');
    for (const o of report.observers) lines.push(orgLine(o));
    lines.push('');
  }
  return lines;
}

function reflectionMarkdown(r: ReportReflection, text: ReportText): string[] {
  const { t } = text;
  const lines = [`### ${mdText(text.board('reflection', r))}`, ''];
  if (reflectionNotes(r).length === 0) return [...lines, t('reflection.nothing'), ''];
  lines.push(`*${t('reflection.shared')}*`, '');
  for (const column of reflectionColumns) {
    const notes = r.reflection[column].filter((n) => n.text.trim() !== '');
    const { title, prompt } = text.column(column);
    lines.push(`#### ${title}`, '', `*${prompt}*`, '');
    pushAll(lines, notes.length === 0 ? [t('reflection.nothing')] : notes.map((n) => `- ${mdText(n.text)}`));
    lines.push('');
  }
  return lines;
}

/**
 * The report as Markdown, in the workshop's language (`report.language`, SPEC F10): the workshop,
 * then each project with its maps (picture, findings, the map in words), canvases (statuses,
 * most-voted notes, actions) and, when included, the anonymised reflections, then each board's
 * voting results. All user text is escaped (mdText); control and bidi-override characters are
 * left out (printable).
 */
export function reportMarkdown(report: Report, options: ReportMarkdownOptions = {}): string {
  const text = reportText(report.language);
  const { t } = text;
  const mode = options.pictures ?? 'files';
  const all = report.sections;
  const maps = all.reduce((n, s) => n + s.maps.length, 0);
  const canvases = all.reduce((n, s) => n + s.canvases.length, 0);
  const lines = [`# ${t('title', { title: mdText(report.workshop.title) })}`, ''];
  if (report.workshop.description.trim() !== '') lines.push(mdText(report.workshop.description), '');
  const reflections = report.includeReflection ? 'included' : 'no';
  lines.push(t('written', { date: text.date(report.generatedAt), maps, canvases, reflections }), '');
  if (all.length === 0) lines.push(t('noBoards'), '');
  else lines.push(`## ${t('glance')}`, '');
  for (const g of glance(report, text)) {
    lines.push(`- **${mdText(g.heading)}**`, ...g.lines.map((l) => `  - ${text.colon(mdText(l.board))} ${l.figures}`));
  }
  if (all.length > 0) lines.push('');
  lines.push(...organisationsMarkdown(report, text));
  // Each board's block ends with its own sections: a board's voting results belong there,
  // as one more function called after mapMarkdown / canvasMarkdown / reflectionMarkdown.
  for (const section of all) {
    lines.push(`## ${mdText(sectionHeading(text, section.project))}`, '');
    for (const m of section.maps) pushAll(lines, mapMarkdown(m, mode, text));
    for (const c of section.canvases) pushAll(lines, canvasMarkdown(c, text));
    for (const r of section.reflections) pushAll(lines, reflectionMarkdown(r, text));
    for (const v of section.votes) pushAll(lines, votesMarkdown(v, text));
  }
  // No control or bidi-override character reaches the reader, wherever the text came from.
  return printable(`${lines.join('\n').trimEnd()}\n`);
}
