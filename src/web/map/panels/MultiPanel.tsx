import type { Removal } from '../mapActions.js';
import { usePanel } from './PanelContext.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Several things selected: what they are, and what can be done to all of them at once. */
export function MultiPanel({ selection, onCopy }: { selection: Removal; onCopy: () => void }) {
  const { map, actions, requestDelete, select } = usePanel();
  const parts = [
    selection.actors.length > 0 && plural(selection.actors.length, 'actor', 'actors'),
    selection.flows.length > 0 && plural(selection.flows.length, 'flow', 'flows'),
    selection.notes.length > 0 && plural(selection.notes.length, 'note', 'notes'),
  ].filter(Boolean);
  const actors = map.actors.filter((a) => selection.actors.includes(a.id));
  return (
    <>
      <p className="map-panel-kicker">Selection</p>
      <h2 className="map-panel-title">{parts.join(', ')}</h2>
      {actions && <p className="muted">Drag any of them to move them all. Copy, then paste (Ctrl+V) to duplicate them.</p>}
      {actors.length > 0 && (
        <ul className="map-link-list">
          {actors.map((a) => (
            <li key={a.id}>
              <button type="button" className="map-link-button" onClick={() => select([a.id])}>
                {a.name || '(no name)'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="map-panel-actions">
        <button type="button" className="button button-small" onClick={onCopy}>
          Copy
        </button>
        {actions && (
          <button type="button" className="button button-danger button-small" onClick={() => requestDelete(selection)}>
            Delete all {parts.length === 1 ? parts[0] : 'selected'}
          </button>
        )}
      </p>
    </>
  );
}
