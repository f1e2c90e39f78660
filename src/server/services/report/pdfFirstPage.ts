import { ruleGuidance, severities } from '../../../domain/analysis/index.js';
import { listActions } from '../../../domain/canvas/index.js';
import { glance } from './glance.js';
import { actionDetails } from './markdownCanvas.js';
import { severityLabels } from './markdownMap.js';
import { count, peopleFrom } from './markdownText.js';
import { pdfColours } from './pdfWriter.js';
import type { PdfWriter } from './pdfWriter.js';
import type { Report, ReportOrganisation } from './types.js';

/** How many findings and open actions page 1 lists; the rest are in each project's pages. */
export const firstPageFindings = 5;
export const firstPageActions = 6;

/** The most severe findings of all maps, errors first, each with the map's project. */
export function topFindings(report: Report) {
  const all = report.sections.flatMap((s) =>
    s.maps.flatMap((m) => (m.findings?.findings ?? []).map((finding) => ({ finding, project: s.project?.title ?? null, map: m.title }))),
  );
  const rank = (s: (typeof severities)[number]) => severities.indexOf(s);
  return all
    .filter((f) => f.finding.severity !== 'info')
    .sort((a, b) => rank(a.finding.severity) - rank(b.finding.severity))
    .slice(0, firstPageFindings);
}

/** The open actions of all canvases, most urgent first across canvases (listActions' order). */
export function topActions(report: Report) {
  const canvases = report.sections.flatMap((s) => s.canvases);
  const first = canvases[0];
  if (!first) return [];
  // All canvases' sections as one canvas: listActions then orders the actions across canvases.
  return listActions({ ...first.canvas, sections: canvases.flatMap((c) => c.canvas.sections) })
    .filter((a) => !a.action.done)
    .slice(0, firstPageActions);
}

/**
 * Page 1: what a reader needs without turning a page. The workshop and its date, the
 * projects, who took part by organisation, the most severe findings and the open actions,
 * then every board at a glance.
 */
export function pdfFirstPage(w: PdfWriter, report: Report): void {
  const { doc } = w;
  const maps = report.sections.reduce((n, s) => n + s.maps.length, 0);
  const canvases = report.sections.reduce((n, s) => n + s.canvases.length, 0);
  doc.fontSize(9);
  w.write([{ text: 'WORKSHOP REPORT', style: 'bold', colour: pdfColours.muted }], w.left, doc.y, { characterSpacing: 1.2 });
  doc.moveDown(0.3);
  doc.fontSize(24);
  w.write([{ text: report.workshop.title, style: 'bold' }], w.left, doc.y, { width: w.width });
  doc.moveDown(0.4);
  if (report.workshop.description.trim() !== '') w.paragraph(report.workshop.description, { size: 11.5 });
  w.paragraph(
    `Written ${report.generatedAt.slice(0, 10)} by Open Cities Studio · ${count(maps, 'ecosystem map')} · ` +
      `${count(canvases, 'data ethics canvas', 'data ethics canvases')}` +
      (report.includeReflection ? ' · reflections included, authors removed' : ''),
    { size: 9.5, colour: pdfColours.muted },
  );

  const projects = report.sections.flatMap((s) => (s.project === null ? [] : [s.project.title]));
  w.heading(3, projects.length === 1 ? 'Project' : 'Projects', 20);
  if (projects.length === 0) w.paragraph('No project has boards yet.');
  for (const p of projects) w.item([{ text: p }]);

  w.heading(3, 'Who took part', 20);
  const orgItem = (o: ReportOrganisation) =>
    w.item([{ text: `${o.name}: `, style: 'bold' }, { text: `${o.count}${o.names === undefined ? '' : ` (${o.names.join(', ')})`}` }]);
  if (report.organisations.length + report.observers.length === 0) w.paragraph('Nobody has joined this workshop yet.');
  else if (report.organisations.length === 0) w.paragraph('Nobody took part on the boards.');
  else w.paragraph(`${peopleFrom(report.organisations)}:`);
  for (const o of report.organisations) orgItem(o);
  if (report.observers.length > 0) w.paragraph(`Observed by ${peopleFrom(report.observers)}:`);
  for (const o of report.observers) orgItem(o);

  w.heading(3, 'Top findings', 20);
  const findings = topFindings(report);
  if (findings.length === 0) w.paragraph('No errors or warnings on any map.');
  for (const { finding, project, map } of findings)
    w.item([
      { text: `${severityLabels[finding.severity]}: ${ruleGuidance[finding.rule].title}. `, style: 'bold' },
      { text: finding.message },
      { text: `  ${project === null ? map : `${project} · ${map}`}`, colour: pdfColours.muted },
    ]);

  w.heading(3, 'Actions', 20);
  const actions = topActions(report);
  if (actions.length === 0) w.paragraph('No open actions.');
  for (const { action } of actions)
    w.item([{ text: action.text }, { text: `  ${actionDetails(action)}`, colour: pdfColours.muted }], w.checkbox(false));

  if (report.sections.length === 0) return w.paragraph('This workshop has no maps or canvases yet.');
  w.heading(1, 'At a glance', 140);
  for (const section of glance(report)) {
    w.heading(3, section.heading);
    for (const line of section.lines) w.item([{ text: `${line.board}: `, style: 'bold' }, { text: line.figures }]);
  }
}
