import { describe, expect, it } from 'vitest';
import { readMapFile } from '../../../src/domain/map/index.js';
import { mapSvg, plainBelowScale } from '../../../src/domain/render/index.js';
import { defaultPngScale, mapPicture, svgToPng } from '../../../src/server/services/mapPicture.js';
import { fixture } from '../map/fixtures.js';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function goldenSvg(): string {
  const read = readMapFile(fixture('v1-air-quality.json'));
  if (!read.ok) throw new Error('the golden map must load');
  return mapSvg(read.map);
}

/** The width and height a PNG's IHDR chunk declares. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('map pictures as PNG', () => {
  it('is a PNG at twice the SVG size, and not trivially small', async () => {
    const svg = goldenSvg();
    const [, w, h] = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
    const { png, width, height } = await svgToPng(svg);
    expect([...png.subarray(0, 8)]).toEqual(pngSignature);
    expect({ width, height }).toEqual({ width: Math.round(Number(w) * defaultPngScale), height: Math.round(Number(h) * defaultPngScale) });
    expect(pngSize(png)).toEqual({ width, height });
    expect(png.length).toBeGreaterThan(50_000);
  });

  it('draws the text (system fonts are found): without its text the picture is much plainer', async () => {
    const svg = goldenSvg();
    const withText = (await svgToPng(svg, 1)).png.length;
    const withoutText = (await svgToPng(svg.replace(/<text\b[^>]*>[^<]*<\/text>/g, ''), 1)).png.length;
    expect(withText).toBeGreaterThan(withoutText * 1.3);
  });

  it('keeps a huge map within the size limit instead of failing', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="500"><rect width="20000" height="500" fill="#e8f1fb"/></svg>';
    const { width, height } = await svgToPng(svg);
    expect(width).toBe(8000);
    expect(height).toBe(200);
  });

  it('gives a map as an SVG or PNG file with its content type', async () => {
    const read = readMapFile(fixture('v1-air-quality.json'));
    if (!read.ok) throw new Error('the golden map must load');
    const svg = await mapPicture(read.map, 'svg');
    expect(svg).toMatchObject({ contentType: 'image/svg+xml; charset=utf-8', extension: 'svg' });
    const png = await mapPicture(read.map, 'png');
    expect(png.contentType).toBe('image/png');
    expect([...(png.body as Buffer).subarray(0, 8)]).toEqual(pngSignature);
  });

  it("leaves the flows' labels out of a picture drawn below plainBelowScale, as the zoomed-out editor does, and keeps the rest", () => {
    const read = readMapFile(fixture('v1-air-quality.json'));
    if (!read.ok) throw new Error('the golden map must load');
    const labelled = read.map.flows.find((f) => f.label)!;
    const told: { width: number; height: number }[] = [];
    const full = mapSvg(read.map, { scaleFor: (size) => (told.push(size), plainBelowScale) });
    const plain = mapSvg(read.map, { scaleFor: () => plainBelowScale - 0.01 });
    const [, w, h] = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(full)!;
    expect(told).toEqual([{ width: Number(w), height: Number(h) }]);
    expect(full).toBe(mapSvg(read.map));
    expect(full).toContain(labelled.label!);
    expect(plain).not.toContain(labelled.label!);
    expect(plain).toContain('<g class="flow-labels"></g>');
    // The same picture otherwise: its size, cards, lines and legend.
    expect(plain.replace(/<g class="flow-labels">.*?<\/g><g class="notes">/s, '')).toBe(
      full.replace(/<g class="flow-labels">.*?<\/g><g class="notes">/s, ''),
    );
  });
});
