import { useRef, useState, type FormEvent } from 'react';
import { useQuietNotice } from '../hooks/useQuietNotice.js';
import { saveVersion } from '../../doc/canvas/index.js';
import toolMessages from 'virtual:messages/en/canvasTools';
import type { CanvasError } from '../../domain/canvas/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { useCanvasEditor } from './CanvasContext.js';
import { formatDate } from './dates.js';
import { problemText } from './problemText.js';

addEnglish(toolMessages);

/** What the last save said, kept as what happened so it reads in the language shown now. */
type Message = { error: true; problem: CanvasError } | { error: false; label: string; date: string };

/**
 * Saving the canvas as it is now under a label and a date ("after the workshop", "ethics
 * board review"). The date defaults to today and can be changed: a review held last week is
 * often written up today.
 */
export function SaveVersionForm() {
  const { t } = useI18n();
  const { tryEdit, newId, today, roundVotes } = useCanvasEditor();
  const [label, setLabel] = useState('');
  const [date, setDate] = useState(today);
  const [message, setMessage] = useState<Message | null>(null);
  // "Saved …" is a quiet notice: it leaves after a few seconds or at the next action; an error stays.
  const doneRef = useRef<HTMLParagraphElement>(null);
  const done = message && !message.error ? message : null;
  const doneGone = useQuietNotice(done, { notice: doneRef });

  function submit(event: FormEvent) {
    event.preventDefault();
    const name = label.trim();
    if (!name) return;
    const result = tryEdit((doc) => saveVersion(doc, { id: newId('version'), label: name, date }, roundVotes.shown));
    if (!result.ok) setMessage({ error: true, problem: result.error });
    else {
      setMessage({ error: false, label: name, date });
      setLabel('');
    }
  }

  return (
    <form className="canvas-tool" onSubmit={submit}>
      <div className="canvas-row">
        <div className="grow">
          <label htmlFor="version-label">{t('canvasTools.versions.label')}</label>
          <input
            id="version-label"
            type="text"
            value={label}
            placeholder={t('canvasTools.versions.labelPlaceholder')}
            onChange={(e) => setLabel(e.target.value)}
            autoComplete="off"
          />
        </div>
        <div>
          <label htmlFor="version-date">{t('canvasTools.versions.date')}</label>
          <input id="version-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </div>
        <button type="submit" className="button button-small button-primary align-end" disabled={!label.trim() || !date}>
          {t('canvasTools.versions.save')}
        </button>
      </div>
      <p className="canvas-done" role="status" ref={doneRef}>
        {done && !doneGone ? t('canvasTools.versions.savedOne', { label: done.label, date: formatDate(done.date) }) : ''}
      </p>
      {message?.error && (
        <p className="field-error" role="alert">
          {problemText(message.problem)}
        </p>
      )}
    </form>
  );
}
