import type { ReactNode } from 'react';
import canvasMessages from 'virtual:messages/en/canvas';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(canvasMessages);

interface Props {
  id: string;
  title: string;
  /** The close button's whole name, read out: "Close settings". */
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A tool panel opened from the canvas bar (versions, files, settings). It opens between the
 * bar and the canvas; Close (or the bar's button again) folds it away.
 */
export function CanvasPanel({ id, title, closeLabel, onClose, children }: Props) {
  const { t } = useI18n();
  return (
    <section id={`canvas-panel-${id}`} className="canvas-panel" aria-labelledby={`canvas-panel-${id}-title`}>
      <div className="canvas-panel-head">
        <h2 id={`canvas-panel-${id}-title`}>{title}</h2>
        <button type="button" className="button button-small button-quiet" aria-label={closeLabel} onClick={onClose}>
          {t('canvas.close')}
        </button>
      </div>
      {children}
    </section>
  );
}
