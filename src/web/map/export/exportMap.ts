import editorMessages from 'virtual:messages/en/map.editor';
import type { MapExportFormat } from '../../../domain/formats/index.js';
import { addEnglish, msg, type MessageKey } from '../../i18n/index.js';

addEnglish(editorMessages);

/**
 * What the Export menu offers: every format `opencities export` writes for a map, in its order,
 * its name and hint as messages (`map.editor.export.`). `what` names the file in progress and
 * error messages ("Preparing the GraphML file…", ExportStatus), a message too.
 */
export const mapExportChoices: readonly { format: MapExportFormat; labelKey: MessageKey; hintKey: MessageKey; what: MessageKey }[] = [
  {
    format: 'json',
    labelKey: msg('map.editor.export.json'),
    hintKey: msg('map.editor.export.json.hint'),
    what: msg('map.editor.export.what.json'),
  },
  {
    format: 'kumu-xlsx',
    labelKey: msg('map.editor.export.kumuXlsx'),
    hintKey: msg('map.editor.export.kumuXlsx.hint'),
    what: msg('map.editor.export.what.kumuXlsx'),
  },
  {
    format: 'kumu-csv',
    labelKey: msg('map.editor.export.kumuCsv'),
    hintKey: msg('map.editor.export.kumuCsv.hint'),
    what: msg('map.editor.export.what.kumuCsv'),
  },
  {
    format: 'graphml',
    labelKey: msg('map.editor.export.graphml'),
    hintKey: msg('map.editor.export.graphml.hint'),
    what: msg('map.editor.export.what.graphml'),
  },
  {
    format: 'mermaid',
    labelKey: msg('map.editor.export.mermaid'),
    hintKey: msg('map.editor.export.mermaid.hint'),
    what: msg('map.editor.export.what.mermaid'),
  },
  {
    format: 'svg',
    labelKey: msg('map.editor.export.svg'),
    hintKey: msg('map.editor.export.picture.hint'),
    what: msg('map.editor.export.what.svg'),
  },
  {
    format: 'png',
    labelKey: msg('map.editor.export.png'),
    hintKey: msg('map.editor.export.picture.hint'),
    what: msg('map.editor.export.what.png'),
  },
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
