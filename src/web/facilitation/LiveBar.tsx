import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLive } from './liveContext.js';
import { LiveHeader } from './LiveHeader.js';
import { ReactionLayer } from './ReactionLayer.js';
import { useFollow } from './useFollow.js';

/**
 * What every workshop page shows of the live workshop: for participants and observers the live
 * row in the site header (and following the facilitator); for everyone, reactions floating by.
 * Facilitators get their controls from FacilitatorControls instead.
 */
export function LiveBar() {
  const live = useLive();
  const follow = useFollow(live);
  // The header's slot (SiteHeader) is on the page before any page content mounts.
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => setSlot(document.getElementById('live-header-slot')), []);
  if (!live) return null;
  return (
    <>
      {slot && live.me.role !== 'facilitator' && createPortal(<LiveHeader live={live} follow={follow} />, slot)}
      <ReactionLayer reactions={live.reactions} />
    </>
  );
}
