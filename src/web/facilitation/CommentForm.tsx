import { useState, type FormEvent } from 'react';
import plenaryMessages from 'virtual:messages/en/plenary';
import { addEnglish, useI18n } from '../i18n/index.js';
import { maxCommentLength } from './reactions.js';

addEnglish(plenaryMessages);

/** An observer's comment to the room: shown live to everyone here, kept nowhere. */
export function CommentForm({ onSend }: { onSend: (text: string) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  function send(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    onSend(text);
    setText('');
  }
  return (
    <form className="comment-form" onSubmit={send}>
      <label htmlFor="observer-comment">{t('plenary.comments.label')}</label>
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
          {t('plenary.comments.send')}
        </button>
      </div>
    </form>
  );
}
