import type { MapExportFormat } from '../../../domain/formats/index.js';

/**
 * What the Export menu offers: every format `opencities export` writes for a map, in its order.
 * `what` names the file in progress and error messages ("Preparing the GraphML file…").
 */
export const mapExportChoices: readonly { format: MapExportFormat; label: string; hint: string; what: string }[] = [
  { format: 'json', label: 'Map file (JSON)', hint: 'Open Cities format: imports back whole', what: 'map file' },
  { format: 'kumu-xlsx', label: 'Kumu workbook (.xlsx)', hint: 'For Kumu, Excel or LibreOffice', what: 'Kumu workbook' },
  { format: 'kumu-csv', label: 'Kumu CSV files (.zip)', hint: 'elements.csv, connections.csv and the rest', what: 'Kumu CSV files' },
  { format: 'graphml', label: 'GraphML', hint: 'For Gephi, yEd, Cytoscape or NetworkX', what: 'GraphML file' },
  { format: 'mermaid', label: 'Mermaid flowchart', hint: 'For documents and wikis', what: 'Mermaid flowchart' },
  { format: 'svg', label: 'Picture (SVG)', hint: 'The whole map, with its legend', what: 'SVG picture' },
  { format: 'png', label: 'Picture (PNG)', hint: 'The whole map, with its legend', what: 'PNG picture' },
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
