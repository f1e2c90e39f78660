import '../facilitation/voting.css';
import type { CanvasNote } from '../../domain/canvas/index.js';

/**
 * A note's votes, read only: its dots in the voting rounds on this canvas plus any votes a file
 * or an older version of the board brought (SPEC V5). Votes are cast only in a round, with the
 * round's own control (facilitation/VoteButton), never here.
 */
export function NoteVotes({ note }: { note: CanvasNote }) {
  const votes = `${note.votes} ${note.votes === 1 ? 'vote' : 'votes'}`;
  // Named whole: hidden spans inside get spaces put around them by browsers.
  return (
    <span className="vote-tally" role="img" aria-label={votes} title={`${votes} in voting rounds and imported files`}>
      <span className="vote-mark" aria-hidden="true">
        ▲
      </span>
      <span className="vote-count">{note.votes}</span>
    </span>
  );
}
