import { useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import type { CanvasError, SectionPlace } from '../../domain/canvas/index.js';
import { addNote } from '../../doc/canvas/index.js';
import canvasMessages from 'virtual:messages/en/canvas';
import { addEnglish, useI18n } from '../i18n/index.js';
import { afterPress } from './afterPress.js';
import { useCanvasEditor } from './CanvasContext.js';
import { sectionExamples, sectionTitle } from './canvasText.js';
import { problemText } from './problemText.js';

addEnglish(canvasMessages);

/**
 * Writing a sticky note into a section. The form stays open after a note is added, as people
 * put down several ideas in a row; Enter adds, Shift+Enter starts a new line, Escape closes.
 * The section's first example is the placeholder, so an empty section still shows what fits.
 */
export function AddNoteForm({ section, onDone }: { section: SectionPlace; onDone: (returnFocus: boolean) => void }) {
  const { t } = useI18n();
  const { tryEdit, newId, myName, participantId, allowAnonymous } = useCanvasEditor();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  // Kept as the refusal, so it reads in the language shown now.
  const [error, setError] = useState<CanvasError | null>(null);
  const example = sectionExamples(section.id)[0];
  const field = useRef<HTMLTextAreaElement>(null);
  const id = `add-note-${section.id}`;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const value = text.trim();
    if (!value) return;
    const anon = anonymous && allowAnonymous;
    const result = tryEdit((doc) =>
      addNote(doc, {
        id: newId('note'),
        section: section.id,
        text: value,
        ...(anon ? {} : { author: myName }),
        ...(anon || participantId === null ? {} : { createdBy: participantId }),
      }),
    );
    if (result.ok) {
      // Back to the text box before the now-empty form disables its button (which would
      // drop focus, and close the form as if the person had left it).
      field.current?.focus();
      setText('');
      setError(null);
    } else setError(result.error);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onDone(true);
    }
  }

  // An empty form folds away once the person moves on, so open forms do not pile up on the canvas.
  function onBlur(event: FocusEvent<HTMLFormElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null) && !text.trim()) afterPress(() => onDone(false));
  }

  return (
    <form className="add-note-form" onSubmit={submit} onBlur={onBlur}>
      <label htmlFor={id} className="visually-hidden">
        {t('canvas.note.newIn', { section: sectionTitle(section.id) })}
      </label>
      <textarea
        ref={field}
        id={id}
        rows={2}
        value={text}
        placeholder={example ? t('canvas.note.placeholder', { example }) : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        // The person just asked to write a note: put them where they can.
        autoFocus
      />
      {allowAnonymous && (
        <label className="canvas-check">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} /> {t('canvas.note.anonymous')}
        </label>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {problemText(error)}
        </p>
      )}
      <div className="canvas-form-buttons">
        <button type="submit" className="button button-small button-primary" disabled={!text.trim()}>
          {t('canvas.note.add')}
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          aria-label={t('canvas.note.closeForm')}
          onClick={() => onDone(true)}
        >
          {t('canvas.close')}
        </button>
      </div>
    </form>
  );
}
