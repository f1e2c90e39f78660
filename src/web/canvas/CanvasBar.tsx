import canvasMessages from 'virtual:messages/en/canvas';
import type { Canvas } from '../../domain/canvas/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { ProgressSummary } from './ProgressSummary.js';
import { ReviewBadge } from './ReviewBadge.js';
import { useCanvasEditor } from './CanvasContext.js';

addEnglish(canvasMessages);

export type PanelId = 'versions' | 'files' | 'settings';

interface Props {
  canvas: Canvas;
  nextReview: string | undefined;
  versions: number;
  panel: PanelId | null;
  onPanel: (panel: PanelId | null) => void;
  filling: boolean;
  onFill: (filling: boolean) => void;
}

const panels: { id: PanelId; label: (t: ReturnType<typeof useI18n>['t'], versions: number) => string }[] = [
  { id: 'versions', label: (t, n) => (n === 0 ? t('canvas.bar.versions') : t('canvas.bar.versionsCount', { count: n })) },
  { id: 'files', label: (t) => t('canvas.bar.files') },
  { id: 'settings', label: (t) => t('canvas.bar.settings') },
];

/** The strip above the canvas: progress, the review date, and the canvas's tools. */
export function CanvasBar({ canvas, nextReview, versions, panel, onPanel, filling, onFill }: Props) {
  const { t } = useI18n();
  const { today } = useCanvasEditor();
  return (
    <div className="canvas-bar">
      <ProgressSummary canvas={canvas} />
      <ReviewBadge nextReview={nextReview} today={today} />
      <div className="canvas-tools">
        {panels.map((p) => (
          <button
            key={p.id}
            type="button"
            className="button button-small button-quiet"
            aria-expanded={panel === p.id}
            aria-controls={panel === p.id ? `canvas-panel-${p.id}` : undefined}
            onClick={() => onPanel(panel === p.id ? null : p.id)}
          >
            {p.label(t, versions)}
          </button>
        ))}
        {/* A toggle keeps one name; its pressed state says which way it is. */}
        <button type="button" className="button button-small fill-toggle" aria-pressed={filling} onClick={() => onFill(!filling)}>
          {t('canvas.bar.fill')}
        </button>
        {filling && <span className="fill-hint">{t('canvas.bar.fillLeave')}</span>}
      </div>
    </div>
  );
}
