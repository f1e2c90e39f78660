import { useCallback, useEffect, useState } from 'react';
import { bestOffset, serverClockOffset, serverNow } from '../../domain/facilitation/index.js';
import { api } from '../api.js';

const samples = 3;

/**
 * The server's clock, as this browser estimates it (domain serverClock.ts): three round trips
 * to GET /api/time, the shortest one trusted. Until the answers arrive (or if they never do)
 * the offset is 0, i.e. this machine's own clock: a timer then may be a little off, never stuck.
 */
export function useServerClock(): () => number {
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const found: { offset: number; roundTripMs: number }[] = [];
      for (let i = 0; i < samples && !cancelled; i++) {
        try {
          const sentAt = Date.now();
          const { now } = await api.get<{ now: number }>('/api/time');
          const receivedAt = Date.now();
          if (typeof now === 'number' && Number.isFinite(now))
            found.push({ offset: serverClockOffset(sentAt, now, receivedAt), roundTripMs: receivedAt - sentAt });
        } catch {
          // No answer: keep what we have; the local clock stands in.
        }
      }
      if (!cancelled && found.length > 0) setOffset(bestOffset(found));
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  return useCallback(() => serverNow(Date.now(), offset), [offset]);
}
