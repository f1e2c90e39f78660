import boardMessages from 'virtual:messages/en/board';
import { initialsOf, type Presence } from '../collab/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { roleName } from '../labels.js';

addEnglish(boardMessages);

/**
 * "On this board:" everyone here now: coloured initials beside each name, so colour is never the
 * only cue. With `shown`, only that many initials are drawn and the rest count as "+3" (every
 * name stays in the list for screen readers, and in the count's tooltip).
 */
export function PresenceBar({ people, shown, watching = 0 }: { people: Presence[]; shown?: number; watching?: number }) {
  const limit = shown !== undefined && people.length > shown ? Math.max(0, shown - 1) : people.length;
  const rest = people.slice(limit);
  const { t } = useI18n();
  return (
    <section className="presence" aria-labelledby="presence-title">
      <h2 id="presence-title" className="presence-title">
        {t('board.presence.title')}
      </h2>
      {people.length === 0 ? (
        <p className="muted">{t('board.presence.nobody')}</p>
      ) : (
        <ul className="presence-list">
          {people.map((p, index) => (
            <li key={p.clientId} className={index < limit ? 'presence-person' : 'presence-person presence-more'}>
              <span className="avatar" style={{ backgroundColor: p.colour }} aria-hidden="true">
                {initialsOf(p.name)}
              </span>
              <span>
                {p.isMe ? t('board.presence.you', { name: p.name }) : p.name}
                {p.role !== 'participant' && <span className="muted"> · {roleName(p.role)}</span>}
              </span>
            </li>
          ))}
          {rest.length > 0 && (
            <li className="presence-count" aria-hidden="true" title={rest.map((p) => p.name).join(', ')}>
              +{rest.length}
            </li>
          )}
        </ul>
      )}
      {watching > 0 && <p className="muted presence-watching">{t('board.presence.watching', { count: watching })}</p>}
    </section>
  );
}
