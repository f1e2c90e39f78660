import { mapLimits, noteKindLabels, type MapNote } from '../../../domain/map/index.js';
import { NoteIcon } from '../icons.js';
import { offeredNoteKinds } from '../mapStyle.js';
import { SelectField, TextField } from './fields.js';
import { nothing, usePanel } from './PanelContext.js';
import { useTargets } from './useTargets.js';

/** One sticky note: its words, kind, and what it is pinned to (or free on the board). */
export function NotePanel({ note }: { note: MapNote }) {
  const { actions, requestDelete, select, openDataset } = usePanel();
  const targets = useTargets();
  const readOnly = !actions;
  const target = targets.find((t) => t.value === note.target);

  return (
    <>
      <p className="map-panel-kicker">
        <NoteIcon kind={note.kind} size={18} /> Sticky note
      </p>
      <h2 className="map-panel-title">{note.kind ? noteKindLabels[note.kind] : 'Note'}</h2>
      {note.author && <p className="muted">By {note.author}</p>}
      <TextField
        label="Note text"
        value={note.text}
        multiline
        required
        maxLength={mapLimits.noteText}
        disabled={readOnly}
        onCommit={(text) => actions?.updateNote(note.id, { text })}
      />
      <SelectField
        label="Kind of note"
        value={note.kind ?? ''}
        options={[{ value: '', label: 'Not set' }, ...offeredNoteKinds.map((k) => ({ value: k, label: noteKindLabels[k] }))]}
        disabled={readOnly}
        onChange={(kind) => actions?.updateNote(note.id, { kind: kind || undefined })}
      />
      <SelectField
        label="Pinned to"
        value={note.target ?? ''}
        options={[{ value: '', label: 'Nothing: free on the board' }, ...targets]}
        disabled={readOnly}
        onChange={(value) => actions?.updateNote(note.id, { target: value || undefined })}
      />
      {target && (
        <p>
          <button
            type="button"
            className="map-link-button"
            onClick={() => (target.kind === 'dataset' ? openDataset(target.value) : select([target.value]))}
          >
            Go to {target.label}
          </button>
        </p>
      )}
      {actions && (
        <button type="button" className="button button-danger button-small" onClick={() => requestDelete({ ...nothing, notes: [note.id] })}>
          Delete this note
        </button>
      )}
    </>
  );
}
