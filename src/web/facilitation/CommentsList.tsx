import type { LiveComment } from './liveContext.js';

/** Observers' comments, newest first. Shared live, kept nowhere: see the note under the list. */
export function CommentsList({ comments }: { comments: LiveComment[] }) {
  return (
    <>
      {comments.length === 0 ? (
        <p className="muted">No comments yet.</p>
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
      <p className="hint">Comments are shown live to the people here now and are not kept.</p>
    </>
  );
}
