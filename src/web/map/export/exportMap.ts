import type { Rect } from '@xyflow/react';
import { writeMapFile, type EcosystemMap } from '../../../domain/map/index.js';

/** A file name from the map's title: "Air quality sensing" → "air-quality-sensing.json". */
export function fileName(map: EcosystemMap, extension: string): string {
  const slug = map.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'ecosystem-map'}.${extension}`;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once click() returns; the URL can go a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The map file (formats/ecosystem-map.md), exactly what `opencities export --format json` writes. */
export function downloadJson(map: EcosystemMap): void {
  download(new Blob([writeMapFile(map)], { type: 'application/json' }), fileName(map, 'json'));
}

/** Around the picture; also room for self-loops and labels that reach past the actors. */
const margin = 80;
/** Canvases larger than this fail in some browsers; a big map's PNG is drawn at a lower resolution instead. */
const maxCanvas = 16_000;

/**
 * A picture of the whole map (every element, whatever is on screen) as SVG or PNG, drawn
 * from the page itself with html-to-image (MIT, loaded only when someone exports), as React
 * Flow's documentation does: the viewport element, moved so the map's bounds fill the image.
 */
/** `bounds`: the board area to draw (contentBounds), in board units. */
export async function downloadPicture(map: EcosystemMap, viewport: HTMLElement, bounds: Rect, format: 'svg' | 'png'): Promise<void> {
  const { toPng, toSvg } = await import('html-to-image');
  const width = Math.ceil(bounds.width + 2 * margin);
  const height = Math.ceil(bounds.height + 2 * margin);
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${margin - bounds.x}px, ${margin - bounds.y}px) scale(1)` },
    // Left out: others' pointers, and the handles that only serve to draw flows.
    filter: (node: HTMLElement) =>
      !(node instanceof Element && (node.classList.contains('map-no-export') || node.classList.contains('react-flow__handle'))),
    skipFonts: true,
    pixelRatio: Math.min(2, maxCanvas / Math.max(width, height)),
  };
  if (format === 'png') {
    const dataUrl = await toPng(viewport, options);
    download(pngBlob(dataUrl), fileName(map, 'png'));
  } else {
    const dataUrl = await toSvg(viewport, options);
    const svg = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
    download(new Blob([svg], { type: 'image/svg+xml' }), fileName(map, 'svg'));
  }
}

/** A base64 data URL as a Blob (fetch() of a data: URL is refused by the app's connect-src policy). */
function pngBlob(dataUrl: string): Blob {
  const bytes = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const array = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) array[i] = bytes.charCodeAt(i);
  return new Blob([array], { type: 'image/png' });
}
