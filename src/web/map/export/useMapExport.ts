import editorMessages from 'virtual:messages/en/map.editor';
import { useEffect, useRef, useState } from 'react';
import type { MapExportFormat } from '../../../domain/formats/index.js';
import { downloadFile, messageOf } from '../../api.js';
import { addEnglish, translate, type MessageKey } from '../../i18n/index.js';
import { boardFilePath, mapExportChoices, saveBlob } from './exportMap.js';

addEnglish(editorMessages);

/** An export under way: the server making the file (`loaded` null), then its bytes arriving. */
export interface ExportProgress {
  /** The file's name in words ("GraphML file"), a message (exportMap.ts); null for a format not in the menu. */
  what: MessageKey | null;
  format: string;
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
    const what = mapExportChoices.find((c) => c.format === format)?.what ?? null;
    const controller = new AbortController();
    running.current = controller;
    setDone(null);
    setProgress({ what, format, loaded: null, total: null });
    try {
      const file = await downloadFile(
        boardFilePath(boardId, format),
        ({ loaded, total }) => setProgress({ what, format, loaded, total }),
        controller.signal,
      );
      const name = file.name ?? `ecosystem-map.${format}`;
      saveBlob(file.blob, name);
      setDone(translate('map.editor.export.done', { name }));
    } catch (e) {
      if (!controller.signal.aborted)
        report(translate('map.editor.export.failed', { what: what ? translate(what) : format, reason: messageOf(e) }));
    } finally {
      running.current = null;
      if (!controller.signal.aborted) setProgress(null);
    }
  };

  return { exportAs, progress, done, busy: progress !== null };
}
