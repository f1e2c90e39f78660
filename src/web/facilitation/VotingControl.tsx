import './voting.css';
import { useState, type FormEvent } from 'react';
import { maxVotesPerPerson, type LiveState, type RevealMode } from '../../domain/facilitation/index.js';
import { newId } from '../../shared/index.js';
import type { BoardSummary, GroupRef } from '../apiTypes.js';
import { boardChoiceLabel } from './boardChoiceLabel.js';
import type { Steering } from './useSteering.js';

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
      setProblem(`Votes each must be a whole number from 1 to ${maxVotesPerPerson}.`);
      return;
    }
    setProblem(null);
    steer.openVoting({ id: newId(randomBytes, 'vote'), boardId, votesPerPerson, reveal });
  }

  if (boards.length === 0) return <p className="muted">There are no boards to vote on yet.</p>;
  return (
    <form className="live-control" onSubmit={start} noValidate>
      <div className="field">
        <label htmlFor="voting-board">Board to vote on</label>
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
          <label htmlFor="voting-count">Votes each</label>
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
          <label htmlFor="voting-reveal">Show the counts</label>
          <select id="voting-reveal" value={reveal} onChange={(e) => setReveal(e.target.value as RevealMode)}>
            <option value="live">As votes come in</option>
            <option value="end">When voting closes</option>
          </select>
        </div>
      </div>
      {problem && (
        <p id="voting-problem" className="field-error">
          {problem}
        </p>
      )}
      <button type="submit" className="button button-small">
        {open ? 'Open a new round' : 'Open voting'}
      </button>
      {open && <p className="hint">Opening a new round closes the one open now.</p>}
    </form>
  );
}
