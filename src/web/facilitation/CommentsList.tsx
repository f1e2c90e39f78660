import plenaryMessages from 'virtual:messages/en/plenary';
import { addEnglish, useI18n } from '../i18n/index.js';
import type { LiveComment } from './liveContext.js';

addEnglish(plenaryMessages);

/** Observers' comments, newest first. Shared live, kept nowhere: see the note under the list. */
export function CommentsList({ comments }: { comments: LiveComment[] }) {
  const { t } = useI18n();
  return (
    <>
      {comments.length === 0 ? (
        <p className="muted">{t('plenary.comments.none')}</p>
      ) : (
        <ul className="comments-list" aria-live="polite">
          {comments.map((c) => (
            <li key={c.key}>
              <strong>{c.name}</strong>
              <span className="comment-text">{c.text}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('plenary.comments.notKept')}</p>
    </>
  );
}
