import { useRef } from 'react';
import { useQuietNotice } from '../hooks/useQuietNotice.js';

/**
 * A short notice that floats in when the reason someone was moved changes ("Group 1's board
 * is in the spotlight"): it says why the page just changed, then gets out of the way (a quiet
 * notice: a few seconds, or the person's next action). Read out politely by screen readers.
 */
export function LiveNotice({ text }: { text: string | null }) {
  const element = useRef<HTMLParagraphElement>(null);
  const gone = useQuietNotice(text, { notice: element });
  const shown = gone ? null : text;
  return (
    <p className={`live-notice${shown ? ' live-notice-shown' : ''}`} role="status" ref={element}>
      {shown}
    </p>
  );
}
