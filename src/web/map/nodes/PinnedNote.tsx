import type { MapNote } from '../../../domain/map/index.js';
import { VoteButton } from '../../facilitation/VoteButton.js';
import { NoteIcon } from '../icons.js';
import { useIsSelected, useMapEditor } from '../MapEditorContext.js';
import { noteStyles } from '../mapStyle.js';

/**
 * A note pinned to an actor or a flow, shown beside it. A button: selecting it opens the note
 * in the side panel. `nodrag nopan` so pressing it never starts moving the actor or the view.
 */
export function PinnedNote({ note, on }: { note: MapNote; on: string }) {
  const { select, words } = useMapEditor();
  const selected = useIsSelected(note.id);
  const style = noteStyles[note.kind ?? 'unset'];
  const kind = note.kind ? words.noteKind[note.kind] : words.note;
  return (
    <span className="map-pinned-note-item">
      <button
        type="button"
        className={`map-pinned-note nodrag nopan${selected ? ' is-selected' : ''}`}
        aria-pressed={selected}
        onClick={(event) => {
          event.stopPropagation();
          select([note.id]);
        }}
      >
        <span className="map-note-kind" style={{ color: style.ink, background: style.tint }}>
          <NoteIcon kind={note.kind} size={14} />
          {kind}
        </span>
        <span className="map-note-text">{note.text}</span>
        {/* What it is pinned to, for screen readers; after the visible words, so its name starts with them. */}
        <span className="visually-hidden">{words.noteOn(on)}</span>
      </button>
      {/* Beside the note's button, not in it: a button may not hold buttons. */}
      <VoteButton targetId={note.id} targetLabel={note.text} />
    </span>
  );
}
