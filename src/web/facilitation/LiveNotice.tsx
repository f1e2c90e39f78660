import { useEffect, useState } from 'react';

const showMs = 6000;

/**
 * A short notice that floats in for a few seconds when the reason someone was moved changes
 * ("Group 1's board is in the spotlight"): it says why the page just changed, then gets out of
 * the way. Read out politely by screen readers.
 */
export function LiveNotice({ text }: { text: string | null }) {
  const [shown, setShown] = useState<string | null>(text);
  const [last, setLast] = useState<string | null>(text);
  if (text !== last) {
    setLast(text);
    setShown(text);
  }
  useEffect(() => {
    if (!shown) return;
    const hide = window.setTimeout(() => setShown(null), showMs);
    return () => window.clearTimeout(hide);
  }, [shown]);
  return (
    <p className={`live-notice${shown ? ' live-notice-shown' : ''}`} role="status">
      {shown}
    </p>
  );
}
