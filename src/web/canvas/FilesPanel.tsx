import { canvasToMarkdown, writeCanvasFile, type Canvas } from '../../domain/canvas/index.js';
import type { Dataset } from '../../domain/map/index.js';
import canvasMessages from 'virtual:messages/en/canvas';
import { addEnglish, useI18n } from '../i18n/index.js';
import { CanvasPanel } from './CanvasPanel.js';
import { useCanvasEditor } from './CanvasContext.js';
import { downloadText, fileSlug } from './download.js';
import { ImportCanvas } from './ImportCanvas.js';

addEnglish(canvasMessages);

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
  return (
    <CanvasPanel id="files" title={t('canvas.files.title')} closeLabel={t('canvas.files.close')} onClose={onClose}>
      <div className="panel-columns">
        <div>
          <h3>{t('canvas.files.export')}</h3>
          <p className="hint">{t('canvas.files.exportHint')}</p>
          <div className="canvas-row">
            <button
              type="button"
              className="button button-small"
              onClick={() => downloadText(`${name}.canvas.json`, writeCanvasFile(canvas), 'application/json')}
            >
              {t('canvas.files.json')}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                downloadText(
                  `${name}.md`,
                  canvasToMarkdown(canvas, { mapDatasets: datasets.map((d) => ({ id: d.id, name: d.name })) }),
                  'text/markdown',
                )
              }
            >
              {t('canvas.files.markdown')}
            </button>
          </div>
        </div>
        <div>
          <h3>{t('canvas.files.import')}</h3>
          {canEdit ? <ImportCanvas /> : <p className="muted">{t('canvas.files.importNotAllowed')}</p>}
        </div>
      </div>
    </CanvasPanel>
  );
}
