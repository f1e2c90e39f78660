import type { Ref } from 'react';
import type { ExportProgress } from './useMapExport.js';

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} kB`;

function statusText(progress: ExportProgress | null, done: string | null, otherwise: string): string {
  if (!progress) return done ?? otherwise;
  return progress.loaded === null ? `Preparing the ${progress.what}…` : `Downloading the ${progress.what}…`;
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
  const text = statusText(progress, done, otherwise);
  const loaded = progress?.loaded ?? null;
  const total = progress?.total ?? null;
  return (
    <div className={text ? 'map-status map-status-shown' : 'map-status'} ref={ref}>
      <p role="status">{text}</p>
      {progress && (
        <>
          <progress
            aria-label={`Export of the ${progress.what}`}
            {...(loaded !== null && total !== null && { value: loaded, max: total })}
          />
          {loaded !== null && (
            <span className="map-export-bytes" aria-hidden="true">
              {total === null ? kilobytes(loaded) : `${kilobytes(loaded)} of ${kilobytes(total)}`}
            </span>
          )}
        </>
      )}
    </div>
  );
}
