import {
  accessLevelLabels,
  accessLevels,
  deidentificationLabels,
  deidentifications,
  mapLimits,
  sensitivities,
  sensitivityLabels,
  type Dataset,
} from '../../../domain/map/index.js';
import type { DatasetPatch } from '../../../doc/map/index.js';
import { FlowIcon } from '../icons.js';
import { choices, SelectField, TextField } from './fields.js';
import { FlowLinks } from './FlowLinks.js';
import { HoldersField } from './HoldersField.js';
import { nothing, usePanel } from './PanelContext.js';
import { PinnedNotesList } from './PinnedNotesList.js';

const licences = ['OGL-UK-3.0', 'CC-BY-4.0', 'CC0-1.0', 'ODbL-1.0', 'CC-BY-SA-4.0', 'Proprietary', 'Data sharing agreement'];

/** One dataset: who stewards it, where copies live, how sensitive and how open it is; the flows that carry it. */
export function DatasetPanel({ dataset }: { dataset: Dataset }) {
  const { map, actions, requestDelete } = usePanel();
  const readOnly = !actions;
  const update = (patch: DatasetPatch) => actions?.updateDataset(dataset.id, patch);
  const carriers = map.flows.filter((f) => f.dataset === dataset.id);
  const actors = [...map.actors].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <>
      <p className="map-panel-kicker">
        <FlowIcon kind="data" size={18} /> Dataset
      </p>
      <h2 className="map-panel-title">{dataset.name || '(no name)'}</h2>
      <TextField
        label="Name"
        value={dataset.name}
        required
        maxLength={mapLimits.name}
        disabled={readOnly}
        onCommit={(name) => update({ name })}
      />
      <TextField
        label="Description"
        value={dataset.description ?? ''}
        multiline
        maxLength={mapLimits.description}
        disabled={readOnly}
        onCommit={(description) => update({ description: description || undefined })}
      />
      <SelectField
        label="Steward"
        hint="Who collects it and looks after it."
        value={dataset.steward ?? ''}
        options={[{ value: '', label: 'Not known' }, ...actors.map((a) => ({ value: a.id, label: a.name || '(no name)' }))]}
        disabled={readOnly}
        onChange={(steward) => update({ steward: steward || undefined })}
      />
      <HoldersField dataset={dataset} />
      <SelectField
        label="Sensitivity"
        value={dataset.sensitivity ?? ''}
        options={choices(sensitivities, sensitivityLabels)}
        disabled={readOnly}
        onChange={(sensitivity) => update({ sensitivity: sensitivity || undefined })}
      />
      <SelectField
        label="De-identification"
        value={dataset.deidentification ?? ''}
        options={choices(deidentifications, deidentificationLabels)}
        disabled={readOnly}
        onChange={(deidentification) => update({ deidentification: deidentification || undefined })}
      />
      <SelectField
        label="Closed, shared or open"
        value={dataset.access ?? ''}
        options={choices(accessLevels, accessLevelLabels)}
        disabled={readOnly}
        hint="Flows carrying it show this unless they say otherwise."
        onChange={(access) => update({ access: access || undefined })}
      />
      <TextField
        label="Licence"
        value={dataset.licence ?? ''}
        list="map-licences"
        maxLength={mapLimits.shortText}
        disabled={readOnly}
        onCommit={(licence) => update({ licence: licence || undefined })}
      />
      <datalist id="map-licences">
        {licences.map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      <TextField
        label="Standard or format"
        value={dataset.standard ?? ''}
        maxLength={mapLimits.shortText}
        disabled={readOnly}
        onCommit={(standard) => update({ standard: standard || undefined })}
      />
      <div className="map-panel-group">
        <h3>Flows that carry it</h3>
        <FlowLinks flows={carriers} empty="No flow carries it yet." />
      </div>
      <PinnedNotesList target={dataset.id} what="dataset" />
      {actions && (
        <button
          type="button"
          className="button button-danger button-small"
          onClick={() => requestDelete({ ...nothing, datasets: [dataset.id] })}
        >
          Delete this dataset
        </button>
      )}
    </>
  );
}
