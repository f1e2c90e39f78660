import { canvasSections } from '../../../domain/canvas/index.js';
import type { SectionStatus } from '../../../domain/canvas/index.js';
import { isEmptyCanvas } from './glance.js';
import { actionDetails, canvasCredit, canvasProgress, sectionName } from './markdownCanvas.js';
import { pdfColours } from './pdfWriter.js';
import type { PdfWriter } from './pdfWriter.js';
import type { ReportText } from './reportText.js';
import type { ReportCanvas } from './types.js';

const statusColours: Record<SectionStatus, string> = {
  'not-started': '#4a5559',
  discussed: '#1d5fa8',
  'action-needed': '#8a4b12',
  done: '#3d6b1f',
};
/** A canvas: the ODI credit, progress, the status table, the most-voted notes and the actions. */
export function pdfCanvasBlock(w: PdfWriter, c: ReportCanvas, text: ReportText): void {
  const { t } = text;
  if (isEmptyCanvas(c)) {
    w.heading(2, text.board('ethics-canvas', c));
    return w.paragraph(t('canvas.notStarted'));
  }
  w.heading(2, text.board('ethics-canvas', c), 360); // heading, credit, progress and the table stay together
  w.paragraph(canvasCredit(text), { style: 'italic', size: 9, colour: pdfColours.muted });
  w.paragraph(canvasProgress(text, c));
  statusTable(w, c, text);
  if (c.topNotes.length > 0) {
    w.heading(3, t('canvas.topNotes'));
    c.topNotes.forEach(({ section, note }, i) =>
      w.item(
        [{ text: note.text }, { text: `  ${sectionName(text, section)} · ${text.votes(note.votes)}`, colour: pdfColours.muted }],
        (x, y) =>
          w.doc
            .font('bold')
            .fontSize(10)
            .fillColor(pdfColours.ink)
            .text(`${i + 1}.`, x, y, { lineBreak: false }),
      ),
    );
  }
  sectionsBlock(w, c, text);
  w.heading(3, t('canvas.actions'));
  if (c.actions.length === 0) w.paragraph(t('canvas.noActions'));
  for (const { section, action } of c.actions) {
    w.item(
      [{ text: action.text }, { text: `  ${actionDetails(text, action)} · ${sectionName(text, section)}`, colour: pdfColours.muted }],
      w.checkbox(action.done),
    );
  }
}

/** Every section with a status or notes: its status, then each note's text and votes. */
function sectionsBlock(w: PdfWriter, c: ReportCanvas, text: ReportText): void {
  const byId = new Map(c.canvas.sections.map((s) => [s.id, s]));
  w.heading(3, text.t('canvas.bySection'));
  for (const info of canvasSections) {
    const s = byId.get(info.id);
    if (!s || (s.status === 'not-started' && s.notes.length === 0)) continue;
    w.doc.font('regular').fontSize(10);
    w.ensureSpace(w.doc.currentLineHeight() * 3);
    w.paragraph(`${text.colon(`${info.number}. ${text.sectionTitle(info.id)}`)} ${text.status(s.status)}`, { style: 'bold', gap: 0.2 });
    if (s.notes.length === 0) w.paragraph(text.t('canvas.noNotes'), { colour: pdfColours.muted });
    for (const n of s.notes) w.item([{ text: n.text }, { text: `  ${text.votes(n.votes)}`, colour: pdfColours.muted }]);
  }
}

/** The fifteen sections in one table: number, title, status (a coloured dot and its words), notes, actions. */
function statusTable(w: PdfWriter, c: ReportCanvas, text: ReportText): void {
  const { doc } = w;
  const byId = new Map(c.canvas.sections.map((s) => [s.id, s]));
  const statusX = 272;
  const cols = [
    { label: '#', x: 0, width: 22, align: 'right' as const },
    { label: text.t('canvas.section'), x: 32, width: 230, align: 'left' as const },
    { label: text.t('canvas.status'), x: statusX, width: 120, align: 'left' as const },
    { label: text.t('canvas.notes'), x: w.width - 100, width: 45, align: 'right' as const },
    { label: text.t('canvas.table.actions'), x: w.width - 50, width: 50, align: 'right' as const },
  ];
  const rowHeight = 17;
  w.ensureSpace(rowHeight * 17);
  doc.moveDown(0.3);
  let y = doc.y;
  doc.font('bold').fillColor(pdfColours.muted);
  for (const col of cols) {
    // A column's name in a language with longer words ("Camau gweithredu") shrinks to its column, on one line.
    doc.fontSize(9);
    doc.fontSize(Math.min(9, (9 * col.width) / Math.max(1, doc.widthOfString(col.label))));
    doc.text(col.label, w.left + col.x, y + 4, { width: col.width, align: col.align, lineBreak: false });
  }
  y += rowHeight;
  canvasSections.forEach((info, i) => {
    const s = byId.get(info.id);
    const status = s?.status ?? 'not-started';
    if (i % 2 === 0) doc.rect(w.left, y, w.width, rowHeight).fillColor(pdfColours.shade).fill();
    doc.font('regular').fontSize(9.5).fillColor(pdfColours.ink);
    const cells = [
      String(info.number),
      text.sectionTitle(info.id),
      text.status(status),
      String(s?.notes.length ?? 0),
      String(s?.actions.length ?? 0),
    ];
    cols.forEach((col, j) => {
      const indent = j === 2 ? 11 : 0;
      doc.text(cells[j] ?? '', w.left + col.x + indent, y + 4, { width: col.width - indent, align: col.align, lineBreak: false });
    });
    // Hollow when not started, filled once the group has been there: the words say which.
    const dot = doc.circle(w.left + statusX + 4, y + rowHeight / 2, 3.2);
    if (status === 'not-started') dot.lineWidth(0.9).strokeColor(statusColours[status]).stroke();
    else dot.fillColor(statusColours[status]).fill();
    y += rowHeight;
  });
  doc
    .moveTo(w.left, y)
    .lineTo(w.left + w.width, y)
    .lineWidth(0.6)
    .strokeColor(pdfColours.rule)
    .stroke();
  doc.x = w.left;
  doc.y = y + 6;
}
