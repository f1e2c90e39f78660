/**
 * Notes with the most votes first; notes with equal votes keep the order they came in (the
 * board's order), so sorting twice changes nothing. Returns a new array.
 */
export function sortByVotes<T extends { votes: number }>(notes: readonly T[]): T[] {
  return notes
    .map((note, index) => ({ note, index }))
    .sort((a, b) => b.note.votes - a.note.votes || a.index - b.index)
    .map(({ note }) => note);
}
