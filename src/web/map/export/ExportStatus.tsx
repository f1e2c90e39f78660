import editorMessages from 'virtual:messages/en/map.editor';
import type { Ref } from 'react';
import { addEnglish, i18n, translate, useI18n } from '../../i18n/index.js';
import type { ExportProgress } from './useMapExport.js';

addEnglish(editorMessages);

/** "12 kB", the number written the language's way. */
const kilobytes = (bytes: number) => translate('map.editor.export.kilobytes', { size: i18n.number(Math.max(1, Math.round(bytes / 1024))) });

/** The file in progress in words ("GraphML file"), in the current language. */
const whatOf = (progress: ExportProgress) => (progress.what ? translate(progress.what) : progress.format);

function statusText(progress: ExportProgress | null, done: string | null, otherwise: string): string {
  if (!progress) return done ?? otherwise;
  return progress.loaded === null
    ? translate('map.editor.export.preparing', { what: whatOf(progress) })
    : translate('map.editor.export.downloading', { what: whatOf(progress) });
}

/**
 * The map's status line: what the layout is doing, or an export's progress while it runs. The
 * words sit in one live region that stays on the page (a region added later is not always
 * read out) and change once per step (preparing, downloading, downloaded), so a screen reader
 * does not read every chunk; the bar and the byte count beside it move with each chunk.
 * "Downloaded …" and the layout's result are quiet notices (MapEditor, useQuietNotice): the
 * words leave after a few seconds or at the next action, the region stays.
 */
export function ExportStatus({
  progress,
  done,
  otherwise,
  ref,
}: {
  progress: ExportProgress | null;
  done: string | null;
  otherwise: string;
  ref?: Ref<HTMLDivElement>;
}) {
  useI18n(); // draws again in another language
  const text = statusText(progress, done, otherwise);
  const loaded = progress?.loaded ?? null;
  const total = progress?.total ?? null;
  return (
    <div className={text ? 'map-status map-status-shown' : 'map-status'} ref={ref}>
      <p role="status">{text}</p>
      {progress && (
        <>
          <progress
            aria-label={translate('map.editor.export.progress', { what: whatOf(progress) })}
            {...(loaded !== null && total !== null && { value: loaded, max: total })}
          />
          {loaded !== null && (
            <span className="map-export-bytes" aria-hidden="true">
              {total === null
                ? kilobytes(loaded)
                : translate('map.editor.export.of', { loaded: kilobytes(loaded), total: kilobytes(total) })}
            </span>
          )}
        </>
      )}
    </div>
  );
}
