import { vote, unvote } from '../../doc/canvas/index.js';
import type { CanvasNote } from '../../domain/canvas/index.js';
import { useCanvasEditor } from './CanvasContext.js';

/**
 * +1 for a note: one vote per person per note (the document keys votes by voter, so pressing
 * again on another tab, or twice at once, still counts once). Pressed means "my vote is in";
 * pressing again takes it back. Readers see the count only.
 */
export function VoteButton({ note, voted }: { note: CanvasNote; voted: boolean }) {
  const { canEdit, voterId, edit } = useCanvasEditor();
  const votes = `${note.votes} ${note.votes === 1 ? 'vote' : 'votes'}`;
  const count = (
    <>
      <span className="vote-mark" aria-hidden="true">
        ▲
      </span>
      <span className="vote-count">{note.votes}</span>
    </>
  );
  // Names are set whole: hidden spans inside a button get spaces put around them by browsers.
  if (!canEdit)
    return (
      <span className="vote-tally" role="img" aria-label={votes}>
        {count}
      </span>
    );
  return (
    <button
      type="button"
      className="vote-button"
      aria-label={`${votes}. Vote for this note`}
      aria-pressed={voted}
      disabled={voterId === null}
      title={voted ? 'You voted for this note. Press again to take your vote back.' : 'Vote for this note (+1)'}
      onClick={() => {
        if (voterId === null) return;
        edit(voted ? 'Could not take the vote back' : 'Could not vote', (doc) =>
          voted ? unvote(doc, note.id, voterId) : vote(doc, note.id, voterId),
        );
      }}
    >
      {count}
    </button>
  );
}
