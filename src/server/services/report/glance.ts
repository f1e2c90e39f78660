import { severities } from '../../../domain/analysis/index.js';
import type { ReportText } from './reportText.js';
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

export const sectionHeading = (text: ReportText, project: { title: string } | null) =>
  project === null ? text.t('noProject') : text.t('project', { title: project.title });

/** A map, canvas or reflection that nobody has written on yet: reports say so in a line. */
export const isEmptyMap = (m: ReportMap) => m.map.actors.length === 0 && m.map.notes.length === 0;
export const isEmptyCanvas = (c: ReportCanvas) => c.progress.started === 0 && c.progress.notes === 0 && c.progress.actions.total === 0;
export const reflectionNotes = (r: ReportReflection) =>
  Object.values(r.reflection)
    .flat()
    .filter((n) => n.text.trim() !== '');

const severityCounts = { error: 'glance.errors', warning: 'glance.warnings', info: 'glance.info' } as const;

function mapFigures(text: ReportText, m: ReportMap): string {
  if (isEmptyMap(m)) return text.t('glance.map.empty');
  const size = text.t('glance.map.size', { actors: m.map.actors.length, flows: m.map.flows.length });
  if (m.findings === null) return size;
  const found = severities
    .map((s) => ({ s, n: m.findings?.findings.filter((f) => f.severity === s).length ?? 0 }))
    .filter(({ n }) => n > 0)
    .map(({ s, n }) => text.t(severityCounts[s], { count: n }));
  return `${size}; ${found.length === 0 ? text.t('glance.map.noFindings') : found.join(', ')}`;
}

function canvasFigures(text: ReportText, c: ReportCanvas): string {
  if (isEmptyCanvas(c)) return text.t('glance.canvas.notStarted');
  const p = c.progress;
  return text.t('glance.canvas', { done: p.done, sections: p.sections, started: p.started, open: p.actions.open });
}

/** The report in a few lines: each project's boards with their figures. */
export function glance(report: Report, text: ReportText): GlanceSection[] {
  return report.sections.map((s) => ({
    heading: sectionHeading(text, s.project),
    lines: [
      ...s.maps.map((m) => ({ board: text.board('ecosystem-map', m), figures: mapFigures(text, m) })),
      ...s.canvases.map((c) => ({ board: text.board('ethics-canvas', c), figures: canvasFigures(text, c) })),
      ...s.reflections.map((r) => ({
        board: text.board('reflection', r),
        figures: text.t('glance.reflection', { count: reflectionNotes(r).length }),
      })),
    ],
  }));
}
