import '../facilitation/voting.css';
import canvasMessages from 'virtual:messages/en/canvas';
import type { CanvasNote } from '../../domain/canvas/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(canvasMessages);

/**
 * A note's votes, read only: its dots in the voting rounds on this canvas plus any votes a file
 * or an older version of the board brought (SPEC V5). Votes are cast only in a round, with the
 * round's own control (facilitation/VoteButton), never here.
 */
export function NoteVotes({ note }: { note: CanvasNote }) {
  const { t } = useI18n();
  const votes = t('canvas.votes.count', { count: note.votes });
  // Named whole: hidden spans inside get spaces put around them by browsers.
  return (
    <span className="vote-tally" role="img" aria-label={votes} title={t('canvas.votes.where', { count: note.votes })}>
      <span className="vote-mark" aria-hidden="true">
        ▲
      </span>
      <span className="vote-count">{note.votes}</span>
    </span>
  );
}
