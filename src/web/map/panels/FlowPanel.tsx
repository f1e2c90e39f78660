import {
  accessLevelLabels,
  accessLevels,
  effectiveAccess,
  flowKindLabels,
  flowKinds,
  mapLimits,
  type Flow,
} from '../../../domain/map/index.js';
import type { FlowPatch } from '../../../doc/map/index.js';
import { FlowIcon } from '../icons.js';
import { DatasetPicker } from './DatasetPicker.js';
import { SelectField, TextField } from './fields.js';
import { nameOf, nothing, usePanel } from './PanelContext.js';
import { PinnedNotesList } from './PinnedNotesList.js';

const frequencies = ['real time', 'hourly', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'once', 'on request'];

/** One flow: its kind and direction; for a data flow its dataset, access, standard and frequency. */
export function FlowPanel({ flow }: { flow: Flow }) {
  const { map, actions, requestDelete, select } = usePanel();
  const readOnly = !actions;
  const update = (patch: FlowPatch) => actions?.updateFlow(flow.id, patch);
  const dataset = map.datasets.find((d) => d.id === flow.dataset);
  const fallbackAccess = dataset?.access ? accessLevelLabels[dataset.access] : 'not set';

  return (
    <>
      <p className="map-panel-kicker">
        <FlowIcon kind={flow.kind} size={18} /> Flow
      </p>
      <h2 className="map-panel-title">
        {nameOf(map, flow.from)} → {nameOf(map, flow.to)}
      </h2>
      <p className="map-panel-actions">
        <button type="button" className="map-link-button" onClick={() => select([flow.from])}>
          Go to {nameOf(map, flow.from)}
        </button>
        <button type="button" className="map-link-button" onClick={() => select([flow.to])}>
          Go to {nameOf(map, flow.to)}
        </button>
        {actions && flow.from !== flow.to && (
          <button type="button" className="button button-small button-quiet" onClick={() => update({ from: flow.to, to: flow.from })}>
            Reverse direction
          </button>
        )}
      </p>
      <SelectField
        label="Kind of flow"
        value={flow.kind}
        options={flowKinds.map((k) => ({ value: k, label: flowKindLabels[k] }))}
        disabled={readOnly}
        onChange={(kind) => kind && update({ kind })}
      />
      <TextField
        label="Label"
        hint="A few words on the line, such as “hourly upload”."
        value={flow.label ?? ''}
        maxLength={mapLimits.shortText}
        disabled={readOnly}
        onCommit={(label) => update({ label: label || undefined })}
      />
      {flow.kind === 'data' && (
        <>
          <DatasetPicker flow={flow} />
          <SelectField
            label="Access"
            value={flow.access ?? ''}
            options={[
              { value: '', label: dataset ? `As the dataset (${fallbackAccess})` : 'Not set' },
              ...accessLevels.map((a) => ({ value: a, label: accessLevelLabels[a] })),
            ]}
            disabled={readOnly}
            hint={`Shown on the map: ${effectiveAccess(map, flow) ? accessLevelLabels[effectiveAccess(map, flow)!] : 'not set'}.`}
            onChange={(access) => update({ access: access || undefined })}
          />
          <TextField
            label="Standard or format"
            value={flow.standard ?? ''}
            placeholder={dataset?.standard ? `As the dataset: ${dataset.standard}` : 'None'}
            maxLength={mapLimits.shortText}
            disabled={readOnly}
            onCommit={(standard) => update({ standard: standard || undefined })}
          />
          <TextField
            label="How often"
            value={flow.frequency ?? ''}
            list="map-frequencies"
            placeholder="For example: daily"
            maxLength={mapLimits.shortText}
            disabled={readOnly}
            onCommit={(frequency) => update({ frequency: frequency || undefined })}
          />
          <datalist id="map-frequencies">
            {frequencies.map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
        </>
      )}
      <PinnedNotesList target={flow.id} what="flow" />
      {actions && (
        <button type="button" className="button button-danger button-small" onClick={() => requestDelete({ ...nothing, flows: [flow.id] })}>
          Delete this flow
        </button>
      )}
    </>
  );
}
