import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { Suggestion } from '../../../domain/index.js';
import type { MapLive } from '../live/useMapLive.js';

/** The audience's suggestions waiting on a map board, oldest first, kept up to date (SPEC W5); none until `live` is loaded. */
export function useSuggestions(doc: Y.Doc | null, live: MapLive | null): Suggestion[] {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  useEffect(() => {
    if (!doc || !live) return;
    const queue = live.audienceQueueOf(doc);
    const read = () => setSuggestions(live.readSuggestions(doc));
    read();
    queue.observe(read);
    return () => queue.unobserve(read);
  }, [doc, live]);
  return suggestions;
}
