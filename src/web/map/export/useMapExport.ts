import { useEffect, useRef, useState } from 'react';
import type { MapExportFormat } from '../../../domain/formats/index.js';
import { downloadFile, messageOf } from '../../api.js';
import { boardFilePath, mapExportChoices, saveBlob } from './exportMap.js';

/** An export under way: the server making the file (`loaded` null), then its bytes arriving. */
export interface ExportProgress {
  what: string;
  loaded: number | null;
  total: number | null;
}

/**
 * The map's exports, made by the server from the board's stored state (GET /api/boards/:id/file):
 * the same files as `opencities export`, pictures with their legend. One at a time; progress
 * while it runs, then "Downloaded <name>." (a quiet notice: MapEditor lets it go), or the server's reason through `report`.
 */
export function useMapExport(boardId: string | undefined, report: (message: string) => void) {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const exportAs = async (format: MapExportFormat) => {
    if (!boardId || running.current) return;
    const what = mapExportChoices.find((c) => c.format === format)?.what ?? format;
    const controller = new AbortController();
    running.current = controller;
    setDone(null);
    setProgress({ what, loaded: null, total: null });
    try {
      const file = await downloadFile(
        boardFilePath(boardId, format),
        ({ loaded, total }) => setProgress({ what, loaded, total }),
        controller.signal,
      );
      const name = file.name ?? `ecosystem-map.${format}`;
      saveBlob(file.blob, name);
      setDone(`Downloaded ${name}.`);
    } catch (e) {
      if (!controller.signal.aborted) report(`Could not export the ${what}. ${messageOf(e)}`);
    } finally {
      running.current = null;
      if (!controller.signal.aborted) setProgress(null);
    }
  };

  return { exportAs, progress, done, busy: progress !== null };
}
