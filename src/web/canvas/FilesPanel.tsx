import { writeCanvasFile, type Canvas } from '../../domain/canvas/index.js';
import type { Dataset } from '../../domain/map/index.js';
import toolMessages from 'virtual:messages/en/canvasTools';
import { addEnglish, useI18n } from '../i18n/index.js';
import { CanvasPanel } from './CanvasPanel.js';
import { useCanvasEditor } from './CanvasContext.js';
import { downloadText, fileSlug } from './download.js';
import { ImportCanvas } from './ImportCanvas.js';

addEnglish(toolMessages);

interface Props {
  canvas: Canvas;
  /** The linked map's datasets, listed under data sources in the Markdown. */
  datasets: Dataset[];
  onClose: () => void;
}

/** The canvas as files: the project's JSON format and Markdown out, a JSON file in. */
export function FilesPanel({ canvas, datasets, onClose }: Props) {
  const { t } = useI18n();
  const { canEdit } = useCanvasEditor();
  const name = fileSlug(canvas.title);
  // The Markdown is written in English with the canvas's English words, which only this export
  // needs: they load when it is asked for, not with the board.
  async function downloadMarkdown() {
    const { canvasToMarkdown } = await import('../../domain/canvas/canvasToMarkdown.js');
    downloadText(
      `${name}.md`,
      canvasToMarkdown(canvas, { mapDatasets: datasets.map((d) => ({ id: d.id, name: d.name })) }),
      'text/markdown',
    );
  }
  return (
    <CanvasPanel id="files" title={t('canvasTools.files.title')} closeLabel={t('canvasTools.files.close')} onClose={onClose}>
      <div className="panel-columns">
        <div>
          <h3>{t('canvasTools.files.export')}</h3>
          <p className="hint">{t('canvasTools.files.exportHint')}</p>
          <div className="canvas-row">
            <button
              type="button"
              className="button button-small"
              onClick={() => downloadText(`${name}.canvas.json`, writeCanvasFile(canvas), 'application/json')}
            >
              {t('canvasTools.files.json')}
            </button>
            <button type="button" className="button button-small" onClick={() => void downloadMarkdown()}>
              {t('canvasTools.files.markdown')}
            </button>
          </div>
        </div>
        <div>
          <h3>{t('canvasTools.files.import')}</h3>
          {canEdit ? <ImportCanvas /> : <p className="muted">{t('canvasTools.files.importNotAllowed')}</p>}
        </div>
      </div>
    </CanvasPanel>
  );
}
