import { useId, useState, type FormEvent } from 'react';
import { mapLimits } from '../../../domain/map/index.js';
import { TextField } from './fields.js';
import { usePanel } from './PanelContext.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** With nothing selected: the map as a whole, its datasets, and how to get going. */
export function OverviewPanel() {
  const { map, actions, openDataset } = usePanel();
  const id = useId();
  const [name, setName] = useState('');
  const unplaced = map.actors.filter((a) => !a.position).length;
  const datasets = [...map.datasets].sort((a, b) => a.name.localeCompare(b.name));
  // Counted in one pass over the flows (not once per dataset: 125 × 2,000 on a big map).
  const flowsPerDataset = new Map<string, number>();
  for (const flow of map.flows)
    if (flow.dataset !== undefined) flowsPerDataset.set(flow.dataset, (flowsPerDataset.get(flow.dataset) ?? 0) + 1);

  const create = (event: FormEvent) => {
    event.preventDefault();
    const created = name.trim() && actions?.addDataset(name.trim());
    if (created) {
      setName('');
      openDataset(created);
    }
  };

  return (
    <>
      <p className="map-panel-kicker">The whole map</p>
      <h2 className="map-panel-title">{map.title || 'Untitled map'}</h2>
      <p>
        {plural(map.actors.length, 'actor', 'actors')} · {plural(map.flows.length, 'flow', 'flows')} ·{' '}
        {plural(map.datasets.length, 'dataset', 'datasets')} · {plural(map.notes.length, 'note', 'notes')}
      </p>
      {actions && (
        <TextField
          label="Map title"
          hint="Used in exported files and pictures."
          value={map.title}
          maxLength={mapLimits.title}
          onCommit={(title) => actions.setTitle(title)}
        />
      )}
      {unplaced > 0 && (
        <p className="notice notice-info">
          {plural(unplaced, 'actor has', 'actors have')} no place on the map yet and {unplaced === 1 ? 'sits' : 'sit'} to the right.
          {actions && ' Use Layout, then “Tidy up: place new actors only”.'}
        </p>
      )}
      <div className="map-panel-group">
        <h3>Datasets</h3>
        {datasets.length === 0 ? (
          <p className="muted">None yet. A data flow names the dataset it carries.</p>
        ) : (
          <ul className="map-link-list">
            {datasets.map((d) => (
              <li key={d.id}>
                <button type="button" className="map-link-button" onClick={() => openDataset(d.id)}>
                  {d.name || '(no name)'}
                  <span className="muted"> · {plural(flowsPerDataset.get(d.id) ?? 0, 'flow', 'flows')}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {actions && (
          <form className="map-inline-row" onSubmit={create}>
            <label htmlFor={`${id}-dataset`} className="visually-hidden">
              Name of a new dataset
            </label>
            <input
              id={`${id}-dataset`}
              type="text"
              autoComplete="off"
              placeholder="New dataset"
              maxLength={mapLimits.name}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" className="button button-small" disabled={!name.trim()}>
              Add dataset
            </button>
          </form>
        )}
      </div>
      {actions ? (
        <div className="map-panel-group">
          <h3>How to</h3>
          {touchFirst() ? (
            <ul className="map-tips">
              <li>Tap “+ Actor” to add an actor; tap “+ Note” to add a sticky note to what is selected.</li>
              <li>Tap an actor, then “Draw a flow” in its details, to draw a flow to another actor.</li>
              <li>Tap anything to change it here. Drag the map with one finger; pinch to zoom.</li>
            </ul>
          ) : (
            <ul className="map-tips">
              <li>
                <kbd>A</kbd> or a double-click on empty space adds an actor.
              </li>
              <li>Drag from an actor’s round handle to another actor to draw a flow.</li>
              <li>
                <kbd>N</kbd> adds a sticky note, pinned to what is selected.
              </li>
              <li>Select anything to change it here. Shift-drag selects many.</li>
            </ul>
          )}
        </div>
      ) : (
        <p className="muted">Select an actor, a flow or a note to read all about it here.</p>
      )}
    </>
  );
}

/** A touch screen with no mouse (a phone, a tablet): the tips say what to tap, not which keys to press. */
function touchFirst(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse) and (hover: none)').matches === true;
}
