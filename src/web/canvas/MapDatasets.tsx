import canvasMessages from 'virtual:messages/en/canvas';
import type { CanvasNote } from '../../domain/canvas/index.js';
import { addNote } from '../../doc/canvas/index.js';
import { addEnglish, msg, useI18n } from '../i18n/index.js';
import { useCanvasEditor } from './CanvasContext.js';
import { accessWords, datasetNoteText, englishNoteText, sensitivityKeys } from './datasetWords.js';
import type { LinkedMap } from './LinkedMapConnection.js';

addEnglish(canvasMessages);

interface Props {
  linkedMap: LinkedMap | null;
  mapsLoaded: boolean;
  /** The data sources section's notes, to tell which datasets are on the canvas already. */
  notes: CanvasNote[];
}

/**
 * The linked ecosystem map's datasets, live, beside the data sources notes
 * (formats/ethics-canvas.md: `map`), each with its sensitivity and access in words, and one
 * click to make it a note. A dataset counts as on the canvas when a note says it in the
 * language shown now or in English (the words of someone who added it in another language
 * are not recognised).
 */
export function MapDatasets({ linkedMap, mapsLoaded, notes }: Props) {
  const { t } = useI18n();
  const { canEdit, edit, newId, myName, participantId } = useCanvasEditor();
  if (!linkedMap) {
    return canEdit ? <p className="map-hint">{t('canvas.datasets.noMap')}</p> : null;
  }
  if (!linkedMap.known) {
    return <p className="map-hint">{mapsLoaded ? t('canvas.datasets.notKnown') : t('canvas.datasets.finding')}</p>;
  }
  const state = linkedMap.state;
  const onCanvas = new Set(notes.map((n) => n.text));
  const title = linkedMap.title === undefined ? t('canvas.datasets.titleUnnamed') : t('canvas.datasets.title', { map: linkedMap.title });

  return (
    <div className="map-datasets">
      <h4 className="map-datasets-title">{title}</h4>
      {!state || state.state === 'connecting' ? (
        <p className="map-hint">{t('canvas.datasets.opening')}</p>
      ) : state.state === 'refused' ? (
        <p className="map-hint">
          {state.reason ? t('canvas.datasets.refused', { reason: state.reason }) : t('canvas.datasets.refusedByServer')}
        </p>
      ) : state.datasets.length === 0 ? (
        <p className="map-hint">{t('canvas.datasets.none')}</p>
      ) : (
        <ul className="canvas-dataset-list" aria-label={title}>
          {state.datasets.map((dataset) => {
            const shown = state.access[dataset.id] ?? [];
            const text = datasetNoteText(dataset, shown);
            return (
              <li key={dataset.id} className="canvas-dataset">
                <span className="canvas-dataset-name">{dataset.name}</span>
                <span className={`canvas-dataset-tag sensitivity-${dataset.sensitivity ?? 'unknown'}`}>
                  {dataset.sensitivity ? t(sensitivityKeys[dataset.sensitivity].tag) : t('canvas.dataset.sensitivityNotSet')}
                </span>
                <span className="canvas-dataset-tag">{accessWords(shown) ?? t('canvas.dataset.accessNotSet')}</span>
                {onCanvas.has(text) || onCanvas.has(englishNoteText(dataset, shown)) ? (
                  <span className="canvas-dataset-added">{t('canvas.datasets.onCanvas')}</span>
                ) : (
                  canEdit && (
                    <button
                      type="button"
                      className="canvas-link-button"
                      aria-label={t('canvas.datasets.addNamed', { dataset: dataset.name })}
                      onClick={() =>
                        edit(msg('canvas.problem.datasetNotAdded'), (doc) =>
                          addNote(doc, {
                            id: newId('note'),
                            section: 'data-sources',
                            text,
                            author: myName,
                            ...(participantId === null ? {} : { createdBy: participantId }),
                          }),
                        )
                      }
                    >
                      {t('canvas.datasets.add')}
                    </button>
                  )
                )}
              </li>
            );
          })}
        </ul>
      )}
      {state?.state === 'offline' && <p className="map-hint">{t('canvas.datasets.offline')}</p>}
    </div>
  );
}
