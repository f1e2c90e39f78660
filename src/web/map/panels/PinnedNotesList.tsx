import { noteKindLabels } from '../../../domain/map/index.js';
import { NoteIcon } from '../icons.js';
import { usePanel } from './PanelContext.js';

/** The sticky notes pinned to an element, each opening in the panel, and a way to add one. */
export function PinnedNotesList({ target, what }: { target: string; what: string }) {
  const { map, actions, select, compose } = usePanel();
  const notes = map.notes.filter((n) => n.target === target);
  return (
    <div className="map-panel-group">
      <h3>Notes on this {what}</h3>
      {notes.length === 0 ? (
        <p className="muted">None yet.</p>
      ) : (
        <ul className="map-link-list">
          {notes.map((note) => (
            <li key={note.id}>
              <button type="button" className="map-link-button" onClick={() => select([note.id])}>
                <NoteIcon kind={note.kind} />
                <span>
                  <strong>{note.kind ? noteKindLabels[note.kind] : 'Note'}:</strong> {note.text}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {actions && (
        <button type="button" className="button button-small" onClick={() => compose(target)}>
          Add a sticky note to this {what}
        </button>
      )}
    </div>
  );
}
