import type { CSSProperties } from 'react';
import type { Peer } from '../presence/usePeers.js';

/**
 * Who else has this selected: their names on their colours (white on every presence colour is
 * 6:1 or more), so the colour is never the only cue. The outline in the first peer's colour
 * is drawn by CSS from `--peer-colour`.
 */
export function PeerTags({ peers }: { peers: Peer[] | undefined }) {
  if (!peers || peers.length === 0) return null;
  return (
    <span className="map-peer-tags">
      {peers.map((peer) => (
        <span key={peer.clientId} className="map-peer-tag" style={{ background: peer.colour }}>
          {peer.name}
        </span>
      ))}
    </span>
  );
}

/** The outline colour of an element others have selected (the first of them). */
export function peerOutline(peers: Peer[] | undefined): CSSProperties | undefined {
  const first = peers?.[0];
  return first ? ({ '--peer-colour': first.colour } as CSSProperties) : undefined;
}
