import { useState, type FormEvent, type KeyboardEvent } from 'react';
import canvasMessages from 'virtual:messages/en/canvas';
import type { CanvasError, CanvasNote } from '../../domain/canvas/index.js';
import { editNote } from '../../doc/canvas/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { useCanvasEditor } from './CanvasContext.js';
import { problemText } from './problemText.js';

addEnglish(canvasMessages);

/** Changing a note's text in place. Enter saves, Shift+Enter starts a new line, Escape cancels. */
export function NoteEditForm({ note, onDone }: { note: CanvasNote; onDone: () => void }) {
  const { t } = useI18n();
  const { tryEdit } = useCanvasEditor();
  const [text, setText] = useState(note.text);
  const [error, setError] = useState<CanvasError | null>(null);
  const id = `edit-note-${note.id}`;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const value = text.trim();
    if (!value) return;
    const result = tryEdit((doc) => editNote(doc, note.id, value));
    if (result.ok) onDone();
    else setError(result.error);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onDone();
    }
  }

  return (
    <form className="note-edit-form" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t('canvas.note.textLabel')}
      </label>
      <textarea id={id} rows={3} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} autoFocus />
      {error && (
        <p className="field-error" role="alert">
          {problemText(error)}
        </p>
      )}
      <div className="canvas-form-buttons">
        <button type="submit" className="button button-small button-primary" disabled={!text.trim()}>
          {t('canvas.save')}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onDone}>
          {t('canvas.cancel')}
        </button>
      </div>
    </form>
  );
}
