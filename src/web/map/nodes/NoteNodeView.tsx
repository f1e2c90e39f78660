import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { VoteButton } from '../../facilitation/VoteButton.js';
import type { NoteNode } from '../flow/mapElements.js';
import { NoteIcon } from '../icons.js';
import { useMapEditor } from '../MapEditorContext.js';
import { noteStyles } from '../mapStyle.js';
import { PeerTags, peerOutline } from './PeerTags.js';

/** A sticky note free on the board: its kind by icon, words and colour; its author below. */
export const NoteNodeView = memo(function NoteNodeView({ data, selected }: NodeProps<NoteNode>) {
  const { note, peers } = data;
  // Its words come with the editor's context, made once per language (mapWords.ts).
  const { words } = useMapEditor();
  const style = noteStyles[note.kind ?? 'unset'];
  return (
    <div className={`map-note${selected ? ' is-selected' : ''}${peers ? ' is-peer-selected' : ''}`} style={peerOutline(peers)}>
      <span className="map-note-kind" style={{ color: style.ink, background: style.tint }}>
        <NoteIcon kind={note.kind} />
        {note.kind ? words.noteKind[note.kind] : words.note}
      </span>
      <span className="map-note-text">{note.text}</span>
      {note.author && <span className="map-note-author">{note.author}</span>}
      <VoteButton targetId={note.id} targetLabel={note.text} />
      {peers && <PeerTags peers={peers} />}
    </div>
  );
});
