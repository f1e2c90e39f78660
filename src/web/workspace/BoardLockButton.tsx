import { useState } from 'react';
import boardMessages from 'virtual:messages/en/board';
import { api } from '../api.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';

addEnglish(boardMessages);

/**
 * On the board page, for facilitators: lock the board read-only for everyone after an activity,
 * or unlock it (PATCH /api/boards/:id, SPEC A13). The page learns the outcome from the server's
 * lock message, as everyone else on the board does.
 */
export function BoardLockButton({ boardId, locked }: { boardId: string; locked: boolean }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function toggle() {
    setBusy(true);
    setError(null);
    try {
      await api.patch(`/api/boards/${encodeURIComponent(boardId)}`, { locked: !locked });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button-quiet button-small" disabled={busy} onClick={() => void toggle()}>
        {locked ? t('board.unlock') : t('board.lock')}
      </button>
      {error !== null && <ErrorNotice error={error} title={locked ? t('board.unlockFailed') : t('board.lockFailed')} />}
    </>
  );
}
