import { severities } from '../../../domain/analysis/index.js';
import { boardHeading, count } from './markdownText.js';
import type { Report, ReportCanvas, ReportMap, ReportReflection } from './types.js';

/** One line per board for the report's opening summary: what it is and the figures that matter. */
export interface GlanceLine {
  board: string;
  figures: string;
}

export interface GlanceSection {
  heading: string;
  lines: GlanceLine[];
}

export const sectionHeading = (project: { title: string } | null) =>
  project === null ? 'Boards not linked to a project' : `Project: ${project.title}`;

/** A map, canvas or reflection that nobody has written on yet: reports say so in a line. */
export const isEmptyMap = (m: ReportMap) => m.map.actors.length === 0 && m.map.notes.length === 0;
export const isEmptyCanvas = (c: ReportCanvas) => c.progress.started === 0 && c.progress.notes === 0 && c.progress.actions.total === 0;
export const reflectionNotes = (r: ReportReflection) =>
  Object.values(r.reflection)
    .flat()
    .filter((n) => n.text.trim() !== '');

function mapFigures(m: ReportMap): string {
  if (isEmptyMap(m)) return 'empty';
  const size = `${count(m.map.actors.length, 'actor')}, ${count(m.map.flows.length, 'flow')}`;
  if (m.findings === null) return size;
  const found = severities
    .map((s) => ({ s, n: m.findings?.findings.filter((f) => f.severity === s).length ?? 0 }))
    .filter(({ n }) => n > 0)
    .map(({ s, n }) => (s === 'info' ? `${n} for information` : count(n, s)));
  return `${size}; ${found.length === 0 ? 'no findings' : found.join(', ')}`;
}

function canvasFigures(c: ReportCanvas): string {
  if (isEmptyCanvas(c)) return 'not started';
  const p = c.progress;
  return `${p.done} of ${p.sections} sections done, ${p.started} started; ${count(p.actions.open, 'open action')}`;
}

/** The report in a few lines: each project's boards with their figures. */
export function glance(report: Report): GlanceSection[] {
  return report.sections.map((s) => ({
    heading: sectionHeading(s.project),
    lines: [
      ...s.maps.map((m) => ({ board: boardHeading('Ecosystem map', m), figures: mapFigures(m) })),
      ...s.canvases.map((c) => ({ board: boardHeading('Data ethics canvas', c), figures: canvasFigures(c) })),
      ...s.reflections.map((r) => ({ board: boardHeading('Reflection', r), figures: count(reflectionNotes(r).length, 'note') })),
    ],
  }));
}
