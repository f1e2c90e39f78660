import { useEffect, useState } from 'react';

/**
 * Server-clock "now", refreshed four times a second while `ticking` (a running timer), so a
 * countdown in seconds never lags by more than a quarter of one. Still otherwise: a paused
 * timer does not need the time.
 */
export function useNow(serverNow: () => number, ticking: boolean): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    setNow(serverNow());
    if (!ticking) return;
    const timer = window.setInterval(() => setNow(serverNow()), 250);
    return () => window.clearInterval(timer);
  }, [serverNow, ticking]);
  return now;
}
