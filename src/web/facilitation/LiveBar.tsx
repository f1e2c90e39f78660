import './liveBar.css';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLive } from './liveContext.js';
import { LiveHeader } from './LiveHeader.js';
import { ReactionLayer } from './ReactionLayer.js';
import { RemovedNotice } from './RemovedNotice.js';
import { useFollow } from './useFollow.js';

/**
 * What every workshop page shows of the live workshop: for participants and observers the live
 * row in the site header (and following the facilitator); for everyone, reactions floating by.
 * Facilitators get their controls from FacilitatorControls instead. Someone removed from the
 * workshop is told so here, on every workshop page.
 */
export function LiveBar() {
  const live = useLive();
  const follow = useFollow(live);
  // The header's slot (SiteHeader) is on the page before any page content mounts.
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => setSlot(document.getElementById('live-header-slot')), []);
  if (!live) return null;
  const { status } = live.connection;
  return (
    <>
      {status.state === 'refused' && status.code === 'PARTICIPANT_REMOVED' && <RemovedNotice />}
      {slot && live.me.role !== 'facilitator' && createPortal(<LiveHeader live={live} follow={follow} />, slot)}
      <ReactionLayer reactions={live.reactions} />
    </>
  );
}
