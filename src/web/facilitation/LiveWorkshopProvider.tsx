import { useMemo, useState, type ReactNode } from 'react';
import { whenBoardDrawn } from '../collab/boardDrawn.js';
import type { Place } from '../collab/index.js';
import { useSession } from '../session/session.js';
import { lazyPart } from '../ui/lazyPart.js';
import { LiveContext, LiveRegistrationContext, type LiveWorkshop } from './liveContext.js';
import './facilitation.css';

// The connection's code (Yjs and the sync provider) is fetched when a page first registers a
// workshop, so pages without one (landing, join, sign-in) do not download it, and once no board
// holds the page (a map until its first picture: collab/boardDrawn.ts). It draws nothing.
const LiveConnector = lazyPart(
  () => whenBoardDrawn().then(() => import('./LiveConnector.js').then((m) => m.LiveConnector)),
  'the live workshop',
  null,
);

/**
 * Holds the live connection to the workshop the person is in (its control document), above
 * every page, so that following the facilitator from page to page keeps one connection. Pages
 * register their workshop and place with `useLivePlace`; nothing connects until one does.
 */
export function LiveWorkshopProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const [workshopId, setWorkshopId] = useState<string | null>(null);
  const [place, setPlace] = useState<Place | null>(null);
  const [live, setLive] = useState<LiveWorkshop | null>(null);
  const registration = useMemo(() => ({ setWorkshopId, setPlace }), []);

  // A new person (sign-in, sign-out, another join) gets a new connection with their own token.
  const who =
    session.state === 'account' ? `a:${session.account.id}` : session.state === 'participant' ? `p:${session.participant.id}` : null;
  const current = live && live.workshopId === workshopId ? live : null;

  return (
    <LiveRegistrationContext.Provider value={registration}>
      <LiveContext.Provider value={who ? current : null}>
        {workshopId && who && <LiveConnector key={`${who} ${workshopId}`} workshopId={workshopId} place={place} onLive={setLive} />}
        {children}
      </LiveContext.Provider>
    </LiveRegistrationContext.Provider>
  );
}
