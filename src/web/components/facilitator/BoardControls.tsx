import { useState, type FormEvent } from 'react';
import { maxBoardTitle } from '../../../domain/index.js';
import { api } from '../../api.js';
import type { BoardSummary } from '../../apiTypes.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, translate, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

addEnglish(facilitatorMessages);

type Mode = 'idle' | 'renaming' | 'deleting';

/** Why a title cannot be used, said at the field, or null (the server's rule: SPEC A13). Called from BoardControls, which uses `useI18n`. */
function titleProblem(title: string): string | null {
  const trimmed = title.trim();
  if (!trimmed) return translate('facilitator.board.titleMissing');
  if (trimmed.length > maxBoardTitle) return translate('facilitator.board.titleTooLong', { max: maxBoardTitle, count: trimmed.length });
  return null;
}

/**
 * A facilitator's controls for one board on the workshop home (SPEC A13): rename it, lock it
 * read-only after an activity or unlock it, and delete it after a second, explicit "yes".
 * Every button names its board, so a screen reader's list of buttons says which is which.
 */
export function BoardControls({ board, onChanged }: { board: BoardSummary; onChanged: () => void }) {
  const { t } = useI18n();
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

  return (
    <div className="board-controls">
      {mode === 'renaming' ? (
        <form className="inline-row" onSubmit={rename} noValidate>
          <div className="field">
            <label htmlFor={fieldId}>{t('facilitator.board.newTitle', { title: board.title })}</label>
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
            {t('facilitator.board.saveTitle')}
          </button>
          <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => setMode('idle')}>
            {t('facilitator.board.cancel')}
          </button>
        </form>
      ) : mode === 'deleting' ? (
        <div role="group" aria-label={t('facilitator.board.confirmLabel', { title: board.title })} className="inline-row">
          <strong>{t('facilitator.board.question', { title: board.title })}</strong>
          <button
            type="button"
            className="button button-danger button-small"
            disabled={busy}
            onClick={() => void run(() => api.delete(path))}
          >
            {busy ? t('facilitator.board.deleting') : t('facilitator.board.confirm')}
          </button>
          <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => setMode('idle')}>
            {t('facilitator.board.keep')}
          </button>
        </div>
      ) : (
        <div className="inline-row">
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={t('facilitator.board.rename', { title: board.title })}
            onClick={() => {
              setTitle(board.title);
              setProblem(null);
              setMode('renaming');
            }}
          >
            {t('facilitator.board.renameShort')}
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            disabled={busy}
            aria-label={
              board.locked ? t('facilitator.board.unlock', { title: board.title }) : t('facilitator.board.lock', { title: board.title })
            }
            onClick={() => void run(() => api.patch(path, { locked: !board.locked }))}
          >
            {board.locked ? t('facilitator.board.unlockShort') : t('facilitator.board.lockShort')}
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-label={t('facilitator.board.delete', { title: board.title })}
            onClick={() => setMode('deleting')}
          >
            {t('facilitator.board.deleteShort')}
          </button>
        </div>
      )}
      {error !== null && <ErrorNotice error={apiErrorText(error)} title={t('facilitator.board.failed', { title: board.title })} />}
    </div>
  );
}
