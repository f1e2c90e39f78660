/**
 * The names of the formats a board exports in, as `opencities export --format` and
 * `GET /api/boards/:id/file?format=` take them (DESIGN.md contracts). Which of them a given
 * version can write is decided where the files are written (src/server/services/boardFiles.ts).
 */
export const mapExportFormats = ['json', 'kumu-xlsx', 'kumu-csv', 'graphml', 'mermaid', 'svg', 'png'] as const;
export type MapExportFormat = (typeof mapExportFormats)[number];

export const canvasExportFormats = ['json', 'md', 'pdf'] as const;
export type CanvasExportFormat = (typeof canvasExportFormats)[number];
