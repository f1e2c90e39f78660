import { severities } from '../../../domain/analysis/index.js';
import { listActions } from '../../../domain/canvas/index.js';
import { glance } from './glance.js';
import { actionDetails } from './markdownCanvas.js';
import { peopleFrom } from './markdownText.js';
import { pdfColours } from './pdfWriter.js';
import type { PdfWriter } from './pdfWriter.js';
import type { ReportText } from './reportText.js';
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
export function pdfFirstPage(w: PdfWriter, report: Report, text: ReportText): void {
  const { doc } = w;
  const { t, colon } = text;
  const maps = report.sections.reduce((n, s) => n + s.maps.length, 0);
  const canvases = report.sections.reduce((n, s) => n + s.canvases.length, 0);
  doc.fontSize(9);
  w.write([{ text: t('pdf.kicker'), style: 'bold', colour: pdfColours.muted }], w.left, doc.y, { characterSpacing: 1.2 });
  doc.moveDown(0.3);
  doc.fontSize(24);
  w.write([{ text: report.workshop.title, style: 'bold' }], w.left, doc.y, { width: w.width });
  doc.moveDown(0.4);
  if (report.workshop.description.trim() !== '') w.paragraph(report.workshop.description, { size: 11.5 });
  const reflections = report.includeReflection ? 'included' : 'no';
  w.paragraph(t('written.pdf', { date: text.date(report.generatedAt), maps, canvases, reflections }), {
    size: 9.5,
    colour: pdfColours.muted,
  });

  const projects = report.sections.flatMap((s) => (s.project === null ? [] : [s.project.title]));
  w.heading(3, t('pdf.projects', { count: projects.length }), 20);
  if (projects.length === 0) w.paragraph(t('pdf.noProjects'));
  for (const p of projects) w.item([{ text: p }]);

  w.heading(3, t('people'), 20);
  const orgItem = (o: ReportOrganisation) =>
    w.item([
      { text: `${colon(o.name)} `, style: 'bold' },
      { text: `${o.count}${o.names === undefined ? '' : ` (${o.names.join(', ')})`}` },
    ]);
  if (report.organisations.length + report.observers.length === 0) w.paragraph(t('people.none'));
  else if (report.organisations.length === 0) w.paragraph(t('people.notOnBoards'));
  else w.paragraph(t('people.from', peopleFrom(report.organisations)));
  for (const o of report.organisations) orgItem(o);
  if (report.observers.length > 0) w.paragraph(t('people.observers', peopleFrom(report.observers)));
  for (const o of report.observers) orgItem(o);

  w.heading(3, t('pdf.topFindings'), 20);
  const findings = topFindings(report);
  if (findings.length === 0) w.paragraph(t('pdf.noTopFindings'));
  for (const { finding, project, map } of findings)
    w.item([
      { text: `${colon(text.severity(finding.severity))} ${text.ruleTitle(finding.rule)}. `, style: 'bold' },
      { text: text.finding(finding) },
      { text: `  ${project === null ? map : `${project} · ${map}`}`, colour: pdfColours.muted },
    ]);

  w.heading(3, t('canvas.actions'), 20);
  const actions = topActions(report);
  if (actions.length === 0) w.paragraph(t('pdf.noOpenActions'));
  for (const { action } of actions)
    w.item([{ text: action.text }, { text: `  ${actionDetails(text, action)}`, colour: pdfColours.muted }], w.checkbox(false));

  if (report.sections.length === 0) return w.paragraph(t('noBoards'));
  w.heading(1, t('glance'), 140);
  for (const section of glance(report, text)) {
    w.heading(3, section.heading);
    for (const line of section.lines) w.item([{ text: `${colon(line.board)} `, style: 'bold' }, { text: line.figures }]);
  }
}
