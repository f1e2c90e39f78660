import boardMessages from 'virtual:messages/en/board';
import type { ConnectionStatus } from '../collab/index.js';
import { refusalWords } from '../i18n/apiErrorText.js';
import { addEnglish, msg, useI18n, type MessageKey } from '../i18n/index.js';

addEnglish(boardMessages);

const text: Record<ConnectionStatus['state'], MessageKey> = {
  connecting: msg('board.connection.connecting'),
  synced: msg('board.connection.live'),
  offline: msg('board.connection.offline'),
  refused: msg('board.connection.refused'),
};

const shortText: Record<ConnectionStatus['state'], MessageKey> = {
  connecting: msg('board.connection.short.connecting'),
  synced: msg('board.connection.short.live'),
  offline: msg('board.connection.short.offline'),
  refused: msg('board.connection.short.refused'),
};

/** What "live" means for someone who may not edit: they watch. */
const readOnlyText: Partial<Record<ConnectionStatus['state'], MessageKey>> = {
  synced: msg('board.connection.watchLive'),
  offline: msg('board.connection.watchOffline'),
};

/** The board's connection state in words, with a shape beside it (never colour alone). */
export function ConnectionBadge({
  status,
  readOnly = false,
  saving = false,
  compact = false,
}: {
  status: ConnectionStatus;
  readOnly?: boolean;
  saving?: boolean;
  /** One word on screen (a slim header); the whole sentence is still read out. */
  compact?: boolean;
}) {
  const { t } = useI18n();
  const editing = status.state === 'synced' && !readOnly;
  const word = editing ? (saving ? t('board.connection.short.saving') : t('board.connection.short.saved')) : t(shortText[status.state]);
  return (
    // The compact word is drawn by CSS (workspace.css) from data-word, outside the status text.
    <p className={`connection connection-${status.state}`} role="status" data-word={compact ? word : undefined}>
      <span className="connection-mark" aria-hidden="true" />
      <span className={compact ? 'visually-hidden' : undefined}>
        <span className="visually-hidden">{t('board.connection.label')} </span>
        {t((readOnly && readOnlyText[status.state]) || text[status.state])}
        {/* Whether this person's edits are on the server's disk, shown only while live and editing. */}
        {editing && (
          <span className={saving ? 'connection-saving' : 'connection-saved'}>
            {' '}
            {saving ? t('board.connection.saving') : t('board.connection.saved')}
          </span>
        )}
        {/* Why, by its code in the person's language (edits sent too fast); in English the server's sentence. */}
        {status.state === 'offline' && status.reason && (
          <span className="connection-reason"> {refusalWords({ reason: status.reason, code: status.code }).text}</span>
        )}
      </span>
    </p>
  );
}
