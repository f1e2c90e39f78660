import { useCallback, useEffect, useState } from 'react';

const keyOf = (roundId: string) => `ocs-vote-results-folded:${roundId}`;

function stored(roundId: string): boolean {
  try {
    return window.localStorage.getItem(keyOf(roundId)) === '1';
  } catch {
    return false;
  }
}

/**
 * Whether this person folded a closed round's results down to one line (they take room above
 * the board for the rest of the day otherwise). Remembered on the device, per round: a new
 * round shows its results in full again.
 */
export function useResultsFolded(roundId: string): [boolean, (folded: boolean) => void] {
  const [folded, setFolded] = useState(() => stored(roundId));
  useEffect(() => setFolded(stored(roundId)), [roundId]);
  const set = useCallback(
    (next: boolean) => {
      try {
        if (next) window.localStorage.setItem(keyOf(roundId), '1');
        else window.localStorage.removeItem(keyOf(roundId));
      } catch {
        // Not remembered after a reload; folded for now.
      }
      setFolded(next);
    },
    [roundId],
  );
  return [folded, set];
}
