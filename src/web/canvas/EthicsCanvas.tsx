import { lazy, Suspense, type ComponentType } from 'react';
import type { EthicsCanvasProps } from './CanvasView.js';

export type { EthicsCanvasProps } from './CanvasView.js';

/**
 * Shown when the canvas's code cannot be fetched: most often the server was updated since
 * this page was opened (the files now have new names), or the connection dropped.
 */
function CanvasUnavailable() {
  return (
    <div role="alert" className="notice notice-error">
      <p className="notice-title">The canvas could not be loaded.</p>
      <p>The app may have been updated since this page was opened, or the connection dropped. Reload the page to try again.</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </p>
    </div>
  );
}

// Loaded when a canvas board opens, not with the app: the canvas brings the file format's
// checks (zod) and the map reader, about 50 kB gzip that every other page can do without.
const CanvasView = lazy((): Promise<{ default: ComponentType<EthicsCanvasProps> }> =>
  import('./CanvasView.js').then(
    (m) => ({ default: m.CanvasView }),
    () => ({ default: CanvasUnavailable }),
  ),
);

/** The data ethics canvas board (see CanvasView), as BoardContent shows it. */
export function EthicsCanvas(props: EthicsCanvasProps) {
  return (
    <Suspense fallback={<p className="loading">Opening the canvas…</p>}>
      <CanvasView {...props} />
    </Suspense>
  );
}
