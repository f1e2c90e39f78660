import { useState, type FormEvent } from 'react';
import { maxBoardTitle } from '../../../domain/index.js';
import { api } from '../../api.js';
import type { BoardSummary } from '../../apiTypes.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';

type Mode = 'idle' | 'renaming' | 'deleting';

/** Why a title cannot be used, said at the field, or null (the server's rule: SPEC A13). */
function titleProblem(title: string): string | null {
  const trimmed = title.trim();
  if (!trimmed) return 'Give the board a title.';
  if (trimmed.length > maxBoardTitle) return `Keep the title to ${maxBoardTitle} characters or fewer (it has ${trimmed.length}).`;
  return null;
}

/**
 * A facilitator's controls for one board on the workshop home (SPEC A13): rename it, lock it
 * read-only after an activity or unlock it, and delete it after a second, explicit "yes".
 * Every button names its board, so a screen reader's list of buttons says which is which.
 */
export function BoardControls({ board, onChanged }: { board: BoardSummary; onChanged: () => void }) {
  const [mode, setMode] = useState<Mode>('idle');
  const [title, setTitle] = useState(board.title);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const path = `/api/boards/${encodeURIComponent(board.id)}`;
  const fieldId = `rename-${board.id}`;

  async function run(what: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await what();
      setMode('idle');
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function rename(event: FormEvent) {
    event.preventDefault();
    const found = titleProblem(title);
    setProblem(found);
    if (found) return;
    void run(() => api.patch(path, { title: title.trim() }));
  }

  const named = <span className="visually-hidden"> {board.title}</span>;
  return (
    <div className="board-controls">
      {mode === 'renaming' ? (
        <form className="inline-row" onSubmit={rename} noValidate>
          <div className="field">
            <label htmlFor={fieldId}>New title for {board.title}</label>
            <input
              id={fieldId}
              type="text"
              value={title}
              autoFocus
              maxLength={maxBoardTitle + 20}
              aria-invalid={problem !== null}
              aria-describedby={problem ? `${fieldId}-problem` : undefined}
              onChange={(e) => {
                setTitle(e.target.value);
                if (problem) setProblem(titleProblem(e.target.value));
              }}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setMode('idle');
              }}
            />
            {problem && (
              <p id={`${fieldId}-problem`} className="field-error">
                {problem}
              </p>
            )}
          </div>
          <button type="submit" className="button button-small" disabled={busy}>
            Save title
          </button>
          <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => setMode('idle')}>
            Cancel
          </button>
        </form>
      ) : mode === 'deleting' ? (
        <div role="group" aria-label={`Confirm deleting ${board.title}`} className="inline-row">
          <strong>Delete “{board.title}” and everything on it, for good? Anyone on it is disconnected.</strong>
          <button
            type="button"
            className="button button-danger button-small"
            disabled={busy}
            onClick={() => void run(() => api.delete(path))}
          >
            {busy ? 'Deleting…' : 'Yes, delete the board'}
          </button>
          <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => setMode('idle')}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="inline-row">
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => {
              setTitle(board.title);
              setProblem(null);
              setMode('renaming');
            }}
          >
            Rename{named}
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            disabled={busy}
            onClick={() => void run(() => api.patch(path, { locked: !board.locked }))}
          >
            {board.locked ? 'Unlock' : 'Lock'}
            {named}
          </button>
          <button type="button" className="button button-quiet button-small" onClick={() => setMode('deleting')}>
            Delete{named}
          </button>
        </div>
      )}
      {error !== null && <ErrorNotice error={error} title={`“${board.title}” was not changed`} />}
    </div>
  );
}
