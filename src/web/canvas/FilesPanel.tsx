import { canvasToMarkdown, writeCanvasFile, type Canvas } from '../../domain/canvas/index.js';
import type { Dataset } from '../../domain/map/index.js';
import { CanvasPanel } from './CanvasPanel.js';
import { useCanvasEditor } from './CanvasContext.js';
import { downloadText, fileSlug } from './download.js';
import { ImportCanvas } from './ImportCanvas.js';

interface Props {
  canvas: Canvas;
  /** The linked map's datasets, listed under data sources in the Markdown. */
  datasets: Dataset[];
  onClose: () => void;
}

/** The canvas as files: the project's JSON format and Markdown out, a JSON file in. */
export function FilesPanel({ canvas, datasets, onClose }: Props) {
  const { canEdit } = useCanvasEditor();
  const name = fileSlug(canvas.title);
  return (
    <CanvasPanel id="files" title="Export and import" closeLabel="Close export and import" onClose={onClose}>
      <div className="panel-columns">
        <div>
          <h3>Export</h3>
          <p className="hint">Everything on the canvas now, with the ODI credit.</p>
          <div className="canvas-row">
            <button
              type="button"
              className="button button-small"
              onClick={() => downloadText(`${name}.canvas.json`, writeCanvasFile(canvas), 'application/json')}
            >
              Download JSON
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
              Download Markdown
            </button>
          </div>
        </div>
        <div>
          <h3>Import</h3>
          {canEdit ? <ImportCanvas /> : <p className="muted">Only people who can edit this canvas can import a file into it.</p>}
        </div>
      </div>
    </CanvasPanel>
  );
}
