import { lazy, Suspense } from 'react';
import { messagesFor } from '../i18n/index.js';
import { useVoting } from './boardVotingContext.js';

const Banner = lazy(() => messagesFor(import('./VoteBanner.js')).then((m) => ({ default: m.VoteBanner })));

/**
 * The voting banner (VoteBanner), its code fetched once a round is on this board: without one
 * it shows nothing, so a board page opens without it.
 */
export function VoteBannerPart() {
  if (!useVoting()) return null;
  return (
    <Suspense fallback={null}>
      <Banner />
    </Suspense>
  );
}
