import { useState, type FormEvent } from 'react';
import { maxCommentLength } from './reactions.js';

/** An observer's comment to the room: shown live to everyone here, kept nowhere. */
export function CommentForm({ onSend }: { onSend: (text: string) => void }) {
  const [text, setText] = useState('');
  function send(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    onSend(text);
    setText('');
  }
  return (
    <form className="comment-form" onSubmit={send}>
      <label htmlFor="observer-comment">Your comment</label>
      <div className="note-form-row">
        <input
          id="observer-comment"
          type="text"
          maxLength={maxCommentLength}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
        />
        <button type="submit" className="button button-primary" disabled={!text.trim()}>
          Send comment
        </button>
      </div>
    </form>
  );
}
