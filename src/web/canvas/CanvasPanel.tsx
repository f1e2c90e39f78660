import type { ReactNode } from 'react';

/**
 * A tool panel opened from the canvas bar (versions, files, settings). It opens between the
 * bar and the canvas; Close (or the bar's button again) folds it away.
 */
export function CanvasPanel({ id, title, onClose, children }: { id: string; title: string; onClose: () => void; children: ReactNode }) {
  return (
    <section id={`canvas-panel-${id}`} className="canvas-panel" aria-labelledby={`canvas-panel-${id}-title`}>
      <div className="canvas-panel-head">
        <h2 id={`canvas-panel-${id}-title`}>{title}</h2>
        <button type="button" className="button button-small button-quiet" onClick={onClose}>
          Close<span className="visually-hidden"> {title.toLowerCase()}</span>
        </button>
      </div>
      {children}
    </section>
  );
}
