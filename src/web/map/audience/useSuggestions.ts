import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { audienceQueueOf, readSuggestions } from '../../../doc/map/index.js';
import type { Suggestion } from '../../../domain/index.js';

/** The audience's suggestions waiting on a map board, oldest first, kept up to date (SPEC W5). */
export function useSuggestions(doc: Y.Doc | null): Suggestion[] {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  useEffect(() => {
    if (!doc) return;
    const queue = audienceQueueOf(doc);
    const read = () => setSuggestions(readSuggestions(doc));
    read();
    queue.observe(read);
    return () => queue.unobserve(read);
  }, [doc]);
  return suggestions;
}
