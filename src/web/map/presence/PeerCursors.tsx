import { ViewportPortal, useStore } from '@xyflow/react';
import type { Awareness } from 'y-protocols/awareness';
import { usePeerCursors } from './usePeers.js';

/**
 * The others' pointers, each with its owner's name, in board coordinates (so they sit on the
 * same actor on every screen whatever each person's zoom). Drawn at a constant size on screen.
 * Its own component: cursor moves re-render this layer only, never the map.
 */
export function PeerCursors({ awareness }: { awareness: Awareness | null }) {
  const cursors = usePeerCursors(awareness);
  const zoom = useStore((state) => state.transform[2]);
  if (cursors.length === 0) return null;
  return (
    <ViewportPortal>
      {cursors.map((peer) => (
        <div
          key={peer.clientId}
          className="map-cursor"
          style={{ transform: `translate(${peer.cursor.x}px, ${peer.cursor.y}px) scale(${1 / zoom})` }}
        >
          <svg width="20" height="22" viewBox="0 0 20 22" aria-hidden="true" focusable="false">
            <path d="M2 2 17 11 10 12.5 6.5 19.5z" fill={peer.colour} stroke="#fff" strokeWidth="1.5" strokeLinejoin="round" />
          </svg>
          <span className="map-cursor-name" style={{ background: peer.colour }}>
            {peer.name}
          </span>
        </div>
      ))}
    </ViewportPortal>
  );
}
