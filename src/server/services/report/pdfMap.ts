import { ruleGuidance } from '../../../domain/analysis/index.js';
import type { Severity } from '../../../domain/analysis/index.js';
import type { svgToPng } from '../mapPicture.js';
import { defaultPngScale } from '../mapPicture.js';
import { isEmptyMap } from './glance.js';
import { mapNoteKind, noteTarget, severityLabels } from './markdownMap.js';
import { boardHeading, count } from './markdownText.js';
import { pdfColours, pdfMargins } from './pdfWriter.js';
import type { PdfWriter } from './pdfWriter.js';
import type { ReportMap } from './types.js';

export type Png = Awaited<ReturnType<typeof svgToPng>>;

/** Severity colours: the map's deep red, brown and blue, at least 4.5:1 on white. */
const severityColours: Record<Severity, string> = { error: '#b3261e', warning: '#8a4b12', info: '#1d5fa8' };
/** A picture unit is a CSS pixel: 96 px = 72 pt. */
const pointsPerUnit = 0.75;

/**
 * A map: heading and picture together, here when the picture fits the rest of the page at
 * full width, else on a page of its own, landscape when that shows it larger; then its findings.
 */
export function pdfMapBlock(w: PdfWriter, m: ReportMap, png: Png | undefined): void {
  const heading = boardHeading('Ecosystem map', m);
  if (isEmptyMap(m) || !png) {
    w.heading(2, heading);
    return w.paragraph('This map has no actors or notes yet.');
  }
  const { doc } = w;
  const size = { width: (png.width / defaultPngScale) * pointsPerUnit, height: (png.height / defaultPngScale) * pointsPerUnit };
  const headingRoom = 50;
  const fullWidthHeight = size.height * Math.min(1, w.width / size.width);
  if (fullWidthHeight + headingRoom > w.room) {
    const fit = (pageW: number, pageH: number) =>
      Math.min(
        (pageW - pdfMargins.left - pdfMargins.right) / size.width,
        (pageH - pdfMargins.top - pdfMargins.bottom - headingRoom) / size.height,
      );
    doc.addPage({ size: 'A4', layout: fit(842, 595) > fit(595, 842) * 1.1 ? 'landscape' : 'portrait', margins: pdfMargins });
  }
  w.heading(2, heading, 0);
  w.picture(png.png, size);
  findingsBlock(w, m);
  notesBlock(w, m);
}

/** Every note on the map with its kind and what it is pinned to: what people said about it. */
function notesBlock(w: PdfWriter, m: ReportMap): void {
  if (m.map.notes.length === 0) return;
  w.heading(3, 'Notes on the map');
  for (const note of m.map.notes) {
    const target = noteTarget(m.map, note);
    w.item([
      { text: `${mapNoteKind(note)}: `, style: 'bold' },
      { text: note.text },
      ...(target === null ? [] : [{ text: `  on ${target}`, colour: pdfColours.muted }]),
    ]);
  }
}

function findingsBlock(w: PdfWriter, m: ReportMap): void {
  w.heading(3, 'Findings');
  if (m.findings === null) return w.paragraph('Findings are not available for this map.');
  const { metrics, findings } = m.findings;
  w.paragraph(
    `${count(metrics.actors, 'actor')}, ${count(metrics.flows, 'flow')}, ${count(metrics.components, 'connected part')}; ` +
      `density ${metrics.density.toFixed(2)}, degree centralisation ${metrics.degreeCentralisation.toFixed(2)}.`,
    { colour: pdfColours.muted, size: 9.5 },
  );
  if (findings.length === 0) return w.paragraph('No findings: none of the rules applies to this map.');
  for (const f of findings) {
    w.item([
      { text: `${severityLabels[f.severity]}: `, style: 'bold', colour: severityColours[f.severity] },
      { text: `${ruleGuidance[f.rule].title}. `, style: 'bold' },
      { text: f.message },
    ]);
  }
  w.doc.moveDown(0.3);
  w.paragraph('What a group might do', { style: 'bold', gap: 0.25 });
  for (const rule of [...new Set(findings.map((f) => f.rule))]) {
    w.item(
      [
        { text: `${ruleGuidance[rule].title}: `, style: 'italic' },
        { text: ruleGuidance[rule].suggestion, colour: pdfColours.muted },
      ],
      () => {},
    );
  }
}
