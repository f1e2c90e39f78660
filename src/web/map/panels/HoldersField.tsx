import { useId, useState } from 'react';
import type { Dataset } from '../../../domain/map/index.js';
import { nameOf, usePanel } from './PanelContext.js';

/**
 * Where copies of a dataset live (`heldBy`): a list with a remove button each, and a picker to
 * add a place. A list rather than one checkbox per actor, which would not scale to big maps.
 */
export function HoldersField({ dataset }: { dataset: Dataset }) {
  const { map, actions } = usePanel();
  const id = useId();
  const candidates = map.actors.filter((a) => !dataset.heldBy.includes(a.id)).sort((a, b) => a.name.localeCompare(b.name));
  const [adding, setAdding] = useState('');
  const set = (heldBy: string[]) => actions?.updateDataset(dataset.id, { heldBy });
  const chosen = adding && candidates.some((a) => a.id === adding) ? adding : (candidates[0]?.id ?? '');

  return (
    <fieldset className="map-field">
      <legend>Where copies live</legend>
      {dataset.heldBy.length === 0 ? (
        <p className="muted">No one named yet.</p>
      ) : (
        <ul className="map-holders">
          {dataset.heldBy.map((holder) => (
            <li key={holder}>
              <span>{nameOf(map, holder)}</span>
              {actions && (
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => set(dataset.heldBy.filter((h) => h !== holder))}
                  aria-label={`Remove ${nameOf(map, holder)} from where copies live`}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {actions && candidates.length > 0 && (
        <div className="map-inline-row">
          <label htmlFor={`${id}-add`} className="visually-hidden">
            Actor that keeps a copy
          </label>
          <select id={`${id}-add`} value={chosen} onChange={(e) => setAdding(e.target.value)}>
            {candidates.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name || '(no name)'}
              </option>
            ))}
          </select>
          <button type="button" className="button button-small" onClick={() => chosen && set([...dataset.heldBy, chosen])}>
            Add
          </button>
        </div>
      )}
    </fieldset>
  );
}
