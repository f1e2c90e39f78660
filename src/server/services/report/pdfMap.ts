import type { Severity } from '../../../domain/analysis/index.js';
import type { svgToPng } from '../mapPicture.js';
import { defaultPngScale } from '../mapPicture.js';
import { isEmptyMap } from './glance.js';
import { findingsFigures, noteTarget } from './markdownMap.js';
import { pdfColours, pdfMargins } from './pdfWriter.js';
import type { PdfWriter } from './pdfWriter.js';
import type { ReportText } from './reportText.js';
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
export function pdfMapBlock(w: PdfWriter, m: ReportMap, png: Png | undefined, text: ReportText): void {
  const heading = text.board('ecosystem-map', m);
  if (isEmptyMap(m) || !png) {
    w.heading(2, heading);
    return w.paragraph(text.t('map.empty'));
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
  findingsBlock(w, m, text);
  notesBlock(w, m, text);
}

/** Every note on the map with its kind and what it is pinned to: what people said about it. */
function notesBlock(w: PdfWriter, m: ReportMap, text: ReportText): void {
  if (m.map.notes.length === 0) return;
  w.heading(3, text.t('map.notes'));
  for (const note of m.map.notes) {
    const target = noteTarget(m.map, note);
    w.item([
      { text: `${text.colon(text.noteKind(note.kind))} `, style: 'bold' },
      { text: note.text },
      ...(target === null ? [] : [{ text: `  ${text.t('map.noteOn', { target })}`, colour: pdfColours.muted }]),
    ]);
  }
}

function findingsBlock(w: PdfWriter, m: ReportMap, text: ReportText): void {
  const { t, colon } = text;
  w.heading(3, t('findings'));
  if (m.findings === null) return w.paragraph(t('findings.unavailable'));
  const { metrics, findings } = m.findings;
  w.paragraph(findingsFigures(metrics, text), { colour: pdfColours.muted, size: 9.5 });
  if (findings.length === 0) return w.paragraph(t('findings.none'));
  for (const f of findings) {
    w.item([
      { text: `${colon(text.severity(f.severity))} `, style: 'bold', colour: severityColours[f.severity] },
      { text: `${text.ruleTitle(f.rule)}. `, style: 'bold' },
      { text: text.finding(f) },
    ]);
  }
  w.doc.moveDown(0.3);
  w.paragraph(t('findings.todo'), { style: 'bold', gap: 0.25 });
  for (const rule of [...new Set(findings.map((f) => f.rule))]) {
    w.item(
      [
        { text: `${colon(text.ruleTitle(rule))} `, style: 'italic' },
        { text: text.ruleSuggestion(rule), colour: pdfColours.muted },
      ],
      () => {},
    );
  }
}
