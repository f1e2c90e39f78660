import { renderAsync } from '@resvg/resvg-js';
import { readMap } from '../../doc/map/index.js';
import type { EcosystemMap } from '../../domain/map/index.js';
import { mapSvg, type PictureWords } from '../../domain/render/index.js';
import { pictureWords } from '../i18n/pictureWords.js';
import { AppError } from '../../shared/index.js';
import type { Store } from '../store/Store.js';
import { loadBoardDoc } from './boardDoc.js';
import { emojiFontFile, wideCoverageFonts } from './shippedFonts.js';

export const pictureFormats = ['svg', 'png'] as const;
export type PictureFormat = (typeof pictureFormats)[number];

export interface Picture {
  body: string | Buffer;
  contentType: string;
  extension: PictureFormat;
}

/** Pixels per picture unit in a PNG: 2 stays sharp on high-density screens, in slides and in print. */
export const defaultPngScale = 2;
/** No PNG side longer than this: a huge map gets a smaller scale rather than a picture too large to open. */
export const maxPngSide = 8000;

/** The PNG's pixels per picture unit: `scale`, or less for a picture whose longer side would pass maxPngSide. */
function pngZoom(size: { width: number; height: number }, scale = defaultPngScale): number {
  return Math.min(scale, maxPngSide / Math.max(size.width, size.height));
}

function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  return width > 0 && height > 0 ? { width, height } : null;
}

/**
 * An SVG as PNG bytes, drawn by resvg (MPL-2.0, prebuilt per platform on the npm registry).
 * Text needs fonts: resvg reads the system's (the SVG names only system families) and is
 * given DejaVu Sans and Noto Emoji, both shipped with the app, falling back to DejaVu Sans;
 * it picks, per character, a font that has it. Rendering runs off the main thread.
 */
export async function svgToPng(svg: string, scale = defaultPngScale): Promise<{ png: Buffer; width: number; height: number }> {
  const size = svgSize(svg);
  const zoom = size ? pngZoom(size, scale) : scale;
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { loadSystemFonts: true, fontFiles: pictureFontFiles(), defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return { png: image.asPng(), width: image.width, height: image.height };
}

/** Font files resvg loads besides the system's: Noto Emoji and DejaVu Sans, both shipped with the app. */
function pictureFontFiles(): string[] {
  const wide = wideCoverageFonts();
  return [emojiFontFile, wide.regular, wide.bold];
}

/** A map as a picture file: the SVG itself, or that SVG drawn as PNG. */
export async function mapPicture(map: EcosystemMap, format: PictureFormat, words?: PictureWords): Promise<Picture> {
  if (format === 'svg')
    return { body: mapSvg(map, { ...(words && { words }) }), contentType: 'image/svg+xml; charset=utf-8', extension: 'svg' };
  // A giant map's PNG is drawn too small to read its flows' labels: it leaves them out (mapSvg's scaleFor).
  return {
    body: (await svgToPng(mapSvg(map, { scaleFor: pngZoom, ...(words && { words }) }))).png,
    contentType: 'image/png',
    extension: 'png',
  };
}

/**
 * A map board's live state (every acknowledged edit) as a picture, its words in the workshop's
 * language (SPEC F10), else English. Other kinds of board have none.
 */
export async function boardPicture(
  store: Pick<Store, 'getBoard' | 'getWorkshop' | 'loadBoardState'>,
  boardId: string,
  format: string,
  log: (line: string) => void,
): Promise<Picture> {
  if (!pictureFormats.some((f) => f === format)) throw new AppError('FORMAT_NOT_SUPPORTED', `a map picture is svg or png, not "${format}"`);
  const board = await store.getBoard(boardId);
  if (!board) throw new AppError('BOARD_NOT_FOUND', `no board with id "${boardId}"`);
  if (board.kind !== 'ecosystem-map')
    throw new AppError('FORMAT_NOT_SUPPORTED', `only ecosystem maps have a picture; this board is a ${board.kind}`);
  const { map } = readMap(await loadBoardDoc(store, boardId, log));
  const language = (await store.getWorkshop(board.workshopId))?.language;
  return mapPicture({ ...map, id: map.id ?? board.id, title: map.title || board.title }, format as PictureFormat, pictureWords(language));
}
