import fbarMessages from 'virtual:messages/en/fbar';
import './voting.css';
import { useState, type FormEvent } from 'react';
import { maxVotesPerPerson, type LiveState, type RevealMode } from '../../domain/facilitation/index.js';
import { newId } from '../../shared/index.js';
import type { BoardSummary, GroupRef } from '../apiTypes.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { boardChoiceLabel } from './boardChoiceLabel.js';
import type { Steering } from './useSteering.js';

addEnglish(fbarMessages);

interface Props {
  state: LiveState;
  boards: BoardSummary[];
  /** The workshop's groups, to name each board's group first. */
  groups: GroupRef[];
  steer: Steering;
}

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/**
 * Opens a dot-voting round on one board: each person gets N votes to place on its notes.
 * Opening a round closes the one before. The spotlit board, else the current activity's,
 * is offered first.
 */
export function VotingControl({ state, boards, groups, steer }: Props) {
  const { t } = useI18n();
  const preferred = state.spotlight?.boardId ?? boards.find((b) => b.activityId === state.activityId)?.id ?? boards[0]?.id ?? '';
  const [chosen, setChosen] = useState('');
  const [votes, setVotes] = useState('3');
  const [reveal, setReveal] = useState<RevealMode>('live');
  const [problem, setProblem] = useState<string | null>(null);
  const boardId = boards.some((b) => b.id === chosen) ? chosen : preferred;
  const open = state.voting?.status === 'open';

  function start(event: FormEvent) {
    event.preventDefault();
    const votesPerPerson = Number(votes);
    if (!Number.isInteger(votesPerPerson) || votesPerPerson < 1 || votesPerPerson > maxVotesPerPerson) {
      setProblem(t('fbar.voting.problem', { max: maxVotesPerPerson }));
      return;
    }
    setProblem(null);
    steer.openVoting({ id: newId(randomBytes, 'vote'), boardId, votesPerPerson, reveal });
  }

  if (boards.length === 0) return <p className="muted">{t('fbar.voting.noBoards')}</p>;
  return (
    <form className="live-control" onSubmit={start} noValidate>
      <div className="field">
        <label htmlFor="voting-board">{t('fbar.voting.board')}</label>
        <select id="voting-board" value={boardId} onChange={(e) => setChosen(e.target.value)}>
          {boards.map((b) => (
            <option key={b.id} value={b.id}>
              {boardChoiceLabel(b, groups)}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-row">
        <div className="field field-narrow">
          <label htmlFor="voting-count">{t('fbar.voting.count')}</label>
          <input
            id="voting-count"
            type="number"
            inputMode="numeric"
            min={1}
            max={maxVotesPerPerson}
            value={votes}
            onChange={(e) => setVotes(e.target.value)}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'voting-problem' : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="voting-reveal">{t('fbar.voting.reveal')}</label>
          <select id="voting-reveal" value={reveal} onChange={(e) => setReveal(e.target.value as RevealMode)}>
            <option value="live">{t('fbar.voting.reveal.live')}</option>
            <option value="end">{t('fbar.voting.reveal.end')}</option>
          </select>
        </div>
      </div>
      {problem && (
        <p id="voting-problem" className="field-error">
          {problem}
        </p>
      )}
      <button type="submit" className="button button-small">
        {open ? t('fbar.voting.newRound') : t('fbar.voting.open')}
      </button>
      {open && <p className="hint">{t('fbar.voting.closesOpen')}</p>}
    </form>
  );
}
