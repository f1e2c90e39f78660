import type { CanvasNote } from '../../domain/canvas/index.js';
import { accessLevelLabels, datasetAccessText, sensitivityLabels, type Dataset, type DatasetAccess } from '../../domain/map/index.js';
import { addNote } from '../../doc/canvas/index.js';
import { useCanvasEditor } from './CanvasContext.js';
import type { LinkedMap } from './LinkedMapConnection.js';

/**
 * The access the map gives a dataset, in words: "Shared access" when one answer holds, else
 * each flow's ("Access: Open (flow City → Public), Shared (flow City → Bins Ltd)"); null when
 * the map says nothing.
 */
export function accessWords(shown: readonly DatasetAccess[]): string | null {
  const [only] = shown;
  if (shown.length === 1 && only && !only.flow) return `${accessLevelLabels[only.access]} access`;
  const text = datasetAccessText(shown);
  return text === null ? null : `Access: ${text}`;
}

/** The note a dataset becomes: its name, then what the map says of its sensitivity and access. */
export function datasetNoteText(dataset: Dataset, shown: readonly DatasetAccess[]): string {
  const [only] = shown;
  const access = shown.length === 1 && only && !only.flow ? `${accessLevelLabels[only.access].toLowerCase()} access` : accessWords(shown);
  const details = [dataset.sensitivity && `${sensitivityLabels[dataset.sensitivity]} data`, access].filter(Boolean);
  return details.length > 0 ? `${dataset.name} (${details.join(', ')})` : dataset.name;
}

interface Props {
  linkedMap: LinkedMap | null;
  mapsLoaded: boolean;
  /** The data sources section's notes, to tell which datasets are on the canvas already. */
  notes: CanvasNote[];
}

/**
 * The linked ecosystem map's datasets, live, beside the data sources notes
 * (formats/ethics-canvas.md: `map`), each with its sensitivity and access in words, and one
 * click to make it a note.
 */
export function MapDatasets({ linkedMap, mapsLoaded, notes }: Props) {
  const { canEdit, edit, newId, myName, participantId } = useCanvasEditor();
  if (!linkedMap) {
    return canEdit ? (
      <p className="map-hint">This group has no ecosystem map for the project: link one in Settings to list its datasets here.</p>
    ) : null;
  }
  if (!linkedMap.known) {
    return (
      <p className="map-hint">
        {mapsLoaded ? 'The linked map is not one of this workshop’s maps that you can open.' : 'Finding the linked map…'}
      </p>
    );
  }
  const state = linkedMap.state;
  const onCanvas = new Set(notes.map((n) => n.text));
  const title = linkedMap.title ?? 'the linked map';

  return (
    <div className="map-datasets">
      <h4 className="map-datasets-title">Datasets on {title}</h4>
      {!state || state.state === 'connecting' ? (
        <p className="map-hint">Opening the map…</p>
      ) : state.state === 'refused' ? (
        <p className="map-hint">The map cannot be opened: {state.reason ?? 'the server refused it.'}</p>
      ) : state.datasets.length === 0 ? (
        <p className="map-hint">The map has no datasets yet. Datasets added on the map appear here.</p>
      ) : (
        <ul className="canvas-dataset-list" aria-label={`Datasets on ${title}`}>
          {state.datasets.map((dataset) => {
            const shown = state.access[dataset.id] ?? [];
            const text = datasetNoteText(dataset, shown);
            return (
              <li key={dataset.id} className="canvas-dataset">
                <span className="canvas-dataset-name">{dataset.name}</span>
                <span className={`canvas-dataset-tag sensitivity-${dataset.sensitivity ?? 'unknown'}`}>
                  {dataset.sensitivity ? sensitivityLabels[dataset.sensitivity] : 'Sensitivity not set'}
                </span>
                <span className="canvas-dataset-tag">{accessWords(shown) ?? 'Access not set'}</span>
                {onCanvas.has(text) ? (
                  <span className="canvas-dataset-added">✓ On the canvas</span>
                ) : (
                  canEdit && (
                    <button
                      type="button"
                      className="canvas-link-button"
                      aria-label={`Add as note: ${dataset.name}`}
                      onClick={() =>
                        edit('Could not add the dataset as a note', (doc) =>
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
                      Add as note
                    </button>
                  )
                )}
              </li>
            );
          })}
        </ul>
      )}
      {state?.state === 'offline' && <p className="map-hint">The map is reconnecting; the list may be out of date.</p>}
    </div>
  );
}
