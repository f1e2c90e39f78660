import { useRef, useState, type FormEvent } from 'react';
import { useQuietNotice } from '../hooks/useQuietNotice.js';
import { setSettings } from '../../doc/canvas/index.js';
import toolMessages from 'virtual:messages/en/canvasTools';
import type { CanvasError } from '../../domain/canvas/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { useCanvasEditor } from './CanvasContext.js';
import { formatDate } from './dates.js';
import { problemText } from './problemText.js';

addEnglish(toolMessages);

/** What the last save said, kept as what happened so it reads in the language shown now. */
type Message = { error: true; problem: CanvasError } | { error: false; date: string | null };

/** The canvas's next review date: set, change or clear it (readers see it on the canvas bar). */
export function ReviewDateForm({ nextReview }: { nextReview: string | undefined }) {
  const { t } = useI18n();
  const { canEdit, tryEdit } = useCanvasEditor();
  const [date, setDate] = useState(nextReview ?? '');
  const [message, setMessage] = useState<Message | null>(null);
  // "Saved …" is a quiet notice: it leaves after a few seconds or at the next action; an error stays.
  const doneRef = useRef<HTMLParagraphElement>(null);
  const done = message && !message.error ? message : null;
  const doneGone = useQuietNotice(done, { notice: doneRef });

  function save(value: string | null) {
    const result = tryEdit((doc) => setSettings(doc, { nextReview: value }));
    if (!result.ok) setMessage({ error: true, problem: result.error });
    else setMessage({ error: false, date: value });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (date) save(date);
  }

  if (!canEdit)
    return (
      <p>{nextReview ? t('canvasTools.reviewDate.readOnly', { date: formatDate(nextReview) }) : t('canvasTools.reviewDate.noneSet')}</p>
    );
  return (
    <form className="canvas-tool" onSubmit={submit}>
      <label htmlFor="next-review">{t('canvasTools.reviewDate.label')}</label>
      <div className="canvas-row">
        <input id="next-review" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <button type="submit" className="button button-small" disabled={!date || date === nextReview}>
          {t('canvasTools.reviewDate.set')}
        </button>
        {nextReview && (
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => {
              setDate('');
              save(null);
            }}
          >
            {t('canvasTools.reviewDate.clear')}
          </button>
        )}
      </div>
      <p className="hint">{t('canvasTools.reviewDate.hint')}</p>
      {/* Always in the page, so screen readers announce what appears in it. */}
      <p className="canvas-done" role="status" ref={doneRef}>
        {done && !doneGone
          ? done.date
            ? t('canvasTools.reviewDate.saved', { date: formatDate(done.date) })
            : t('canvasTools.reviewDate.cleared')
          : ''}
      </p>
      {message?.error && (
        <p className="field-error" role="alert">
          {problemText(message.problem)}
        </p>
      )}
    </form>
  );
}
