import privateMessages from 'virtual:messages/en/private';
import { reflectionColumnLabels } from '../../domain/facilitation/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { useLive } from './liveContext.js';
import type { PrivateRoundState } from './usePrivateRound.js';

addEnglish(privateMessages);

interface Props {
  round: PrivateRoundState;
  /** The board cannot be written now (locked, observing): no round can start on it. */
  readOnly: boolean;
  /**
   * A reflection column's name in the person's language (the reflection board passes its own);
   * without it, the column's stored words.
   */
  columnName?: (column: string) => string;
}

const storedColumnName = (column: string) =>
  (reflectionColumnLabels as Record<string, { title: string } | undefined>)[column]?.title ?? column;

/**
 * A board's private round (SPEC R), above its notes: for a participant, the banner and the
 * notes only they see until the reveal; for a facilitator, how many notes each person holds
 * (never the text) and "Reveal notes", or "Start a private round"; for anyone else, that a
 * round is on.
 */
export function PrivateRoundPanel({ round, readOnly, columnName = storedColumnName }: Props) {
  const { t } = useI18n();
  const live = useLive();
  const groupName = (id: string | null) => live?.detail.groups.find((g) => g.id === id)?.name ?? t('private.noGroup');
  const total = round.counts.reduce((sum, c) => sum + c.notes, 0) + round.anonymousNotes;

  if (!round.open) {
    if (!round.facilitating || readOnly) return null;
    return (
      <div className="private-round">
        <button type="button" className="button" onClick={round.start} disabled={round.busy}>
          {t('private.start')}
        </button>
        <p className="hint">{t('private.startHint')}</p>
        {round.problem && (
          <p role="alert" className="notice notice-error">
            {round.problem}
          </p>
        )}
      </div>
    );
  }

  return (
    <section className="private-round private-round-open" aria-labelledby="private-round-title">
      <p id="private-round-title" role="status" className="notice notice-info">
        <strong>
          {round.holdsBack ? t('private.banner.mine') : round.facilitating ? t('private.banner.facilitating') : t('private.banner.others')}
        </strong>
      </p>
      {round.holdsBack && (
        <>
          <h3 className="private-round-heading">{t('private.mine.title', { count: round.notes.length })}</h3>
          {round.notes.length === 0 ? (
            <p className="muted">{t('private.mine.none')}</p>
          ) : (
            <ul className="notes private-notes" aria-label={t('private.mine.list')}>
              {round.notes.map((n) => (
                <li key={n.id} className="note note-private">
                  <p className="note-text">{n.text}</p>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('private.takeBack.label', { text: n.text })}
                    onClick={() => round.takeBack(n.id)}
                    disabled={round.busy}
                  >
                    {t('private.takeBack')}
                  </button>
                  {(n.column || n.anonymous) && (
                    <p className="note-author">
                      {[n.column ? columnName(n.column) : null, n.anonymous ? t('private.anonymous') : null].filter(Boolean).join(' · ')}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {round.facilitating && (
        <>
          <p aria-live="polite">{total === 0 ? t('private.noneHeld') : t('private.held', { notes: total, people: round.writers })}</p>
          {total > 0 && (
            <ul className="private-round-counts" aria-label={t('private.perPerson')}>
              {round.counts.map((c) => (
                <li key={c.participantId}>{t('private.personNotes', { name: c.name, group: groupName(c.groupId), count: c.notes })}</li>
              ))}
              {round.anonymousNotes > 0 && <li>{t('private.anonymousNotes', { count: round.anonymousNotes })}</li>}
            </ul>
          )}
          <button type="button" className="button button-primary" onClick={round.reveal} disabled={round.busy || readOnly}>
            {t('private.reveal')}
          </button>
          <p className="hint">{t('private.ownNotes')}</p>
        </>
      )}
      {round.problem && (
        <p role="alert" className="notice notice-error">
          {round.problem}
        </p>
      )}
    </section>
  );
}
