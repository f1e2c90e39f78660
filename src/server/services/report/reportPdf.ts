import PDFDocument from 'pdfkit';
import { reflectionColumns } from '../../../domain/facilitation/index.js';
import { svgToPng } from '../mapPicture.js';
import { isEmptyMap, reflectionNotes, sectionHeading } from './glance.js';
import { pdfFirstPage } from './pdfFirstPage.js';
import { pdfFonts } from './pdfFonts.js';
import { pdfCanvasBlock } from './pdfCanvas.js';
import { pdfMapBlock } from './pdfMap.js';
import { pdfVotesBlock } from './pdfVotes.js';
import type { Png } from './pdfMap.js';
import { pdfColours, pdfMargins, PdfWriter } from './pdfWriter.js';
import { reportText, type ReportText } from './reportText.js';
import type { Report, ReportReflection } from './types.js';

export interface ReportPdfOptions {
  /** Progress for long reports, one line at a time ("Drawing map 3 of 8…"). */
  progress?: (line: string) => void;
}

/**
 * The report as a PDF (pdfkit, MIT): A4, fonts embedded from the system with fallbacks for
 * other scripts and emoji (pdfFonts); page 1 the workshop, projects, organisations, top
 * findings and actions, then every board at a glance (pdfFirstPage); each project from a new page; each map as a sharp PNG (pdfMapBlock),
 * then its findings; each canvas as a status table, its most-voted notes and its actions; the
 * anonymised reflections when included. Text goes in as text, never as markup, so a label
 * with HTML in it prints as written. Every page's footer has the title and page number.
 */
export async function reportPdf(report: Report, options: ReportPdfOptions = {}): Promise<Buffer> {
  // The pictures first: drawing them is the slow, asynchronous part; pdfkit's layout is synchronous.
  const maps = report.sections.flatMap((s) => s.maps).filter((m) => !isEmptyMap(m));
  const pngs = new Map<string, Png>();
  for (const [i, m] of maps.entries()) {
    options.progress?.(`Drawing map ${i + 1} of ${maps.length}…`);
    pngs.set(m.boardId, await svgToPng(m.svg));
  }
  options.progress?.('Writing the PDF…');

  const text = reportText(report.language);
  const doc = new PDFDocument({
    size: 'A4',
    margins: pdfMargins,
    bufferPages: true,
    lang: text.locale,
    displayTitle: true,
    info: {
      Title: text.t('title', { title: report.workshop.title }),
      Creator: 'Open Cities Studio',
      CreationDate: new Date(report.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const w = new PdfWriter(doc, pdfFonts());
  pdfFirstPage(w, report, text);
  for (const section of report.sections) {
    doc.addPage();
    w.heading(1, sectionHeading(text, section.project));
    for (const m of section.maps) pdfMapBlock(w, m, pngs.get(m.boardId), text);
    for (const c of section.canvases) pdfCanvasBlock(w, c, text);
    for (const r of section.reflections) reflectionBlock(w, r, text);
    // Then each board's voting results, as in reportMarkdown.
    for (const v of section.votes) pdfVotesBlock(w, v, text);
  }
  footers(w, report, text);
  doc.end();
  return finished;
}

function reflectionBlock(w: PdfWriter, r: ReportReflection, text: ReportText): void {
  const { t } = text;
  w.heading(2, text.board('reflection', r));
  if (reflectionNotes(r).length === 0) return w.paragraph(t('reflection.nothing'));
  w.paragraph(t('reflection.shared'), { style: 'italic', size: 9, colour: pdfColours.muted });
  for (const column of reflectionColumns) {
    const { title, prompt } = text.column(column);
    w.heading(3, `${text.colon(title)} ${prompt}`);
    const notes = r.reflection[column].filter((n) => n.text.trim() !== '');
    if (notes.length === 0) w.paragraph(t('reflection.nothing'), { colour: pdfColours.muted });
    for (const n of notes) w.item([{ text: n.text }]);
  }
}

function footers(w: PdfWriter, report: Report, text: ReportText): void {
  const { doc } = w;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { width, height } = doc.page;
    // Writing inside the bottom margin would make pdfkit start a page: lift the margin while writing.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8.5).fillColor(pdfColours.muted);
    w.write([{ text: `${report.workshop.title} · Open Cities Studio`, colour: pdfColours.muted }], pdfMargins.left, height - 40, {
      width: width / 2,
      lineBreak: false,
      ellipsis: true,
    });
    doc.font('regular').fillColor(pdfColours.muted);
    doc.text(text.t('pdf.page', { page: i + 1, pages: range.count }), width / 2, height - 40, {
      width: width / 2 - pdfMargins.right,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}
