import { Handle, Position, useConnection, type NodeProps } from '@xyflow/react';
import { memo, useCallback, useContext, type CSSProperties } from 'react';
import { VoteButton } from '../../facilitation/VoteButton.js';
import { LabelSizeContext, pinnedNotesKey } from '../flow/labelSizes.js';
import type { ActorNode } from '../flow/mapElements.js';
import { roleMarkImages, typeIconImages } from '../icons.js';
import { useMapEditor } from '../MapEditorContext.js';
import { actorTypeStyles } from '../mapStyle.js';
import { PeerTags, peerOutline } from './PeerTags.js';
import { PinnedNote } from './PinnedNote.js';

/**
 * An actor on the map. Its organisation type shows four ways at once: the outline's shape,
 * an icon, the colour, and the type's name in words; each role is a coloured mark of its own
 * shape beside the role's name. Few elements, as the map draws many actors: the outline and
 * its fill are the card's ::before and ::after, the icons background images (mapBoard.css).
 *
 * Two handles: the round one on the right is where a flow is drawn from; the target handle
 * covers the whole actor but only catches the pointer while a flow is being drawn, so a flow
 * can be dropped anywhere on the actor while the actor still drags normally otherwise.
 */
export const ActorNodeView = memo(function ActorNodeView({ data, selected }: NodeProps<ActorNode>) {
  const { actor, notes, unplaced, peers } = data;
  // Its words come with the editor's context, made once per language (mapWords.ts): no subscription of its own.
  const { readOnly, words } = useMapEditor();
  const connecting = useConnection((connection) => connection.inProgress);
  // Its pinned notes are measured, so flow labels are placed clear of them too (flow/flowPlaces.ts).
  const observe = useContext(LabelSizeContext);
  const notesRef = useCallback((element: HTMLElement | null) => observe?.(pinnedNotesKey(actor.id), element), [observe, actor.id]);
  const style = actorTypeStyles[actor.type ?? 'unset'];
  const vars = { '--type-colour': style.colour, '--type-tint': style.tint, ...peerOutline(peers) } as CSSProperties;

  return (
    <div className={`map-actor map-shape-${style.shape}${selected ? ' is-selected' : ''}${peers ? ' is-peer-selected' : ''}`} style={vars}>
      <span className="map-actor-type" style={typeIconImages[actor.type ?? 'unset']}>
        {actor.type ? words.actorType[actor.type] : words.typeNotSet}
      </span>
      <span className="map-actor-name">{actor.name || words.noName}</span>
      {actor.roles.length > 0 && (
        <span className="map-roles">
          {actor.roles.map((role) => (
            <span key={role} className="map-role" style={roleMarkImages[role]}>
              {words.role[role]}
            </span>
          ))}
        </span>
      )}
      {unplaced && <span className="map-unplaced">{words.notPlaced}</span>}
      <VoteButton targetId={actor.id} targetLabel={actor.name || words.noName} />
      <Handle
        type="target"
        position={Position.Left}
        className={`map-target-handle${connecting ? ' is-connecting' : ''}`}
        isConnectable={!readOnly}
      />
      <Handle
        type="source"
        position={Position.Right}
        className={`map-source-handle${readOnly ? ' is-hidden' : ''}`}
        isConnectable={!readOnly}
        title={words.drawFlow}
      />
      {notes.length > 0 && (
        <span className="map-pinned-notes" ref={notesRef}>
          {notes.map((note) => (
            <PinnedNote key={note.id} note={note} on={actor.name} />
          ))}
        </span>
      )}
      {peers && <PeerTags peers={peers} />}
    </div>
  );
});
