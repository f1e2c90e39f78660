import { fontRuns, visualOrder } from './fontRuns.js';
import type { Coverage } from './fontRuns.js';
import type { PdfFontSet } from './pdfFonts.js';

/** Colours of the PDF: the map pictures' ink and rules, so report and pictures match. */
/** A4 page margins in points, every page alike; the bottom leaves room for the footer. */
export const pdfMargins = { top: 56, bottom: 64, left: 56, right: 56 };

export const pdfColours = { ink: '#1a1d1f', muted: '#4a5559', rule: '#c9d0d2', shade: '#f3f5f5', accent: '#1d5fa8' } as const;

type Style = 'regular' | 'bold' | 'italic';

/** Some text in one style and colour; PdfWriter.write cuts it further by font (fontRuns). */
export interface Run {
  text: string;
  style?: Style;
  colour?: string;
}

/** pdfkit keeps the fontkit font of an embedded font here; the built-in fonts have none. */
interface WithFontkit {
  _font?: { font?: { hasGlyphForCodePoint?: (codePoint: number) => boolean } };
}

/**
 * Writing the report's blocks onto pdfkit pages: headings that never sit alone at the foot of
 * a page, paragraphs, bullet items, pictures that fit the page. Positions are pdfkit's
 * (points, top-left origin, `doc.y` the next line).
 */
export class PdfWriter {
  /** Per style, the names of its font and then its fallbacks, with what each can draw. */
  private readonly chains = new Map<Style, { name: string; covers: Coverage }[]>();

  constructor(
    readonly doc: PDFKit.PDFDocument,
    fonts: PdfFontSet,
  ) {
    for (const style of ['regular', 'bold', 'italic'] as const) {
      doc.registerFont(style, fonts[style]);
      fonts.fallbacks.forEach((f, i) => doc.registerFont(`${style}-${i}`, f[style]));
      const names = [style, ...fonts.fallbacks.map((_, i) => `${style}-${i}`)];
      this.chains.set(
        style,
        names.map((name) => {
          const font = (doc.font(name) as unknown as WithFontkit)._font?.font;
          // The built-in fonts have no glyph table to ask: they draw Western European text.
          const covers: Coverage = font?.hasGlyphForCodePoint ? (p) => font.hasGlyphForCodePoint?.(p) ?? false : (p) => p < 0x100;
          return { name, covers };
        }),
      );
    }
    doc.font('regular');
  }

  /**
   * Text in runs of style and colour, each cut by font so that characters the style's font
   * lacks (Greek in Liberation Sans, Arabic, emoji) come from a fallback font instead of
   * drawing as empty boxes. `x`/`y` place the first run; the rest continue after it.
   */
  write(runs: Run[], x: number | undefined, y: number | undefined, options: PDFKit.Mixins.TextOptions = {}): void {
    const pieces = runs.flatMap((run) => {
      const chain = this.chains.get(run.style ?? 'regular') ?? [];
      return fontRuns(
        visualOrder(run.text),
        chain.map((c) => c.covers),
      ).map((r) => ({ text: r.text, font: chain[r.font]?.name ?? 'regular', colour: run.colour ?? pdfColours.ink }));
    });
    if (pieces.length === 0) pieces.push({ text: '', font: 'regular', colour: pdfColours.ink });
    pieces.forEach((p, i) => {
      this.doc
        .font(p.font)
        .fillColor(p.colour)
        .text(p.text, i === 0 ? x : undefined, i === 0 ? y : undefined, { ...options, continued: i < pieces.length - 1 });
    });
  }

  /** The text column of the current page (pages may be portrait or landscape). */
  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** A heading; `keep` points of what follows must fit under it on the same page (default: a few lines). */
  heading(level: 1 | 2 | 3, text: string, keep = 60): void {
    const size = { 1: 18, 2: 14, 3: 11.5 }[level];
    this.ensureSpace(size * 2 + keep);
    this.doc.moveDown(level === 3 ? 0.6 : 0.9);
    this.doc.fontSize(size);
    this.write([{ text, style: 'bold', colour: level === 1 ? pdfColours.accent : pdfColours.ink }], this.left, this.doc.y, {
      width: this.width,
    });
    if (level === 1) {
      const y = this.doc.y + 3;
      this.doc
        .moveTo(this.left, y)
        .lineTo(this.left + this.width, y)
        .lineWidth(1)
        .strokeColor(pdfColours.rule)
        .stroke();
      this.doc.y = y + 4;
    }
    this.doc.moveDown(0.35);
  }

  paragraph(text: string, options: { style?: Style; size?: number; colour?: string; gap?: number } = {}): void {
    this.doc.fontSize(options.size ?? 10);
    this.write([{ text, style: options.style ?? 'regular', colour: options.colour ?? pdfColours.ink }], this.left, this.doc.y, {
      width: this.width,
      lineGap: 1.5,
    });
    this.doc.moveDown(options.gap ?? 0.4);
  }

  /** A list item: a marker drawn by `mark` at the line's start, then runs of text in their styles. */
  item(runs: Run[], mark: (x: number, y: number) => void = (x, y) => this.dot(x, y)): void {
    const indent = 14;
    this.doc.font('regular').fontSize(10);
    this.ensureSpace(this.doc.currentLineHeight() * 2);
    const top = this.doc.y;
    mark(this.left, top);
    this.doc.font('regular').fontSize(10);
    this.write(runs, this.left + indent, top, { width: this.width - indent, lineGap: 1.5 });
    this.doc.moveDown(0.25);
  }

  private dot(x: number, y: number): void {
    this.doc
      .circle(x + 4, y + 5.5, 1.8)
      .fillColor(pdfColours.ink)
      .fill();
  }

  /** A check box for an action, ticked when done. */
  checkbox(done: boolean): (x: number, y: number) => void {
    return (x, y) => {
      this.doc
        .rect(x, y + 1.5, 9, 9)
        .lineWidth(0.9)
        .strokeColor(pdfColours.ink)
        .stroke();
      if (done)
        this.doc
          .moveTo(x + 1.8, y + 6)
          .lineTo(x + 3.8, y + 8.5)
          .lineTo(x + 7.5, y + 3)
          .lineWidth(1.4)
          .stroke();
    };
  }

  /** Room left on this page below the current line. */
  get room(): number {
    return this.bottom - this.doc.y;
  }

  /** A PNG at `size` points, scaled down to fit the text width and the room left on the page. */
  picture(png: Buffer, size: { width: number; height: number }): void {
    const scale = Math.min(this.width / size.width, this.room / size.height, 1);
    const width = size.width * scale;
    const height = size.height * scale;
    this.doc.image(png, this.left, this.doc.y, { width, height });
    this.doc.y += height;
    this.doc.moveDown(0.6);
  }
}
