import editorMessages from 'virtual:messages/en/map.editor';
import type { MapExportFormat } from '../../../domain/formats/index.js';
import { addEnglish, msg, type MessageKey } from '../../i18n/index.js';

addEnglish(editorMessages);

/**
 * What the Export menu offers: every format `opencities export` writes for a map, in its order,
 * its name and hint as messages (`map.editor.export.`). `what` names the file in progress and
 * error messages ("Preparing the GraphML file…"), in English still (ExportStatus).
 */
export const mapExportChoices: readonly { format: MapExportFormat; labelKey: MessageKey; hintKey: MessageKey; what: string }[] = [
  { format: 'json', labelKey: msg('map.editor.export.json'), hintKey: msg('map.editor.export.json.hint'), what: 'map file' },
  {
    format: 'kumu-xlsx',
    labelKey: msg('map.editor.export.kumuXlsx'),
    hintKey: msg('map.editor.export.kumuXlsx.hint'),
    what: 'Kumu workbook',
  },
  {
    format: 'kumu-csv',
    labelKey: msg('map.editor.export.kumuCsv'),
    hintKey: msg('map.editor.export.kumuCsv.hint'),
    what: 'Kumu CSV files',
  },
  { format: 'graphml', labelKey: msg('map.editor.export.graphml'), hintKey: msg('map.editor.export.graphml.hint'), what: 'GraphML file' },
  {
    format: 'mermaid',
    labelKey: msg('map.editor.export.mermaid'),
    hintKey: msg('map.editor.export.mermaid.hint'),
    what: 'Mermaid flowchart',
  },
  { format: 'svg', labelKey: msg('map.editor.export.svg'), hintKey: msg('map.editor.export.picture.hint'), what: 'SVG picture' },
  { format: 'png', labelKey: msg('map.editor.export.png'), hintKey: msg('map.editor.export.picture.hint'), what: 'PNG picture' },
];

/** Where a board's file is made: the server, byte for byte what `opencities export` writes (docs/api.md). */
export function boardFilePath(boardId: string, format: MapExportFormat): string {
  return `/api/boards/${encodeURIComponent(boardId)}/file?format=${encodeURIComponent(format)}`;
}

/** Saves a blob through the browser's own download (a blob: link, which the app's CSP allows). */
export function saveBlob(blob: Blob, name: string): void {
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
