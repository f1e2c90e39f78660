import { useRef, useState, type FormEvent } from 'react';
import { useQuietNotice } from '../hooks/useQuietNotice.js';
import { setSettings } from '../../doc/canvas/index.js';
import { useCanvasEditor } from './CanvasContext.js';
import { formatDate } from './dates.js';
import { problemText } from './problemText.js';

/** The canvas's next review date: set, change or clear it (readers see it on the canvas bar). */
export function ReviewDateForm({ nextReview }: { nextReview: string | undefined }) {
  const { canEdit, tryEdit } = useCanvasEditor();
  const [date, setDate] = useState(nextReview ?? '');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  // "Saved …" is a quiet notice: it leaves after a few seconds or at the next action; an error stays.
  const doneRef = useRef<HTMLParagraphElement>(null);
  const done = message && !message.error ? message : null;
  const doneGone = useQuietNotice(done, { notice: doneRef });

  function save(value: string | null) {
    const result = tryEdit((doc) => setSettings(doc, { nextReview: value }));
    if (!result.ok) setMessage({ error: true, text: problemText(result.error) });
    else setMessage({ error: false, text: value ? `Next review set for ${formatDate(value)}.` : 'Review date cleared.' });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (date) save(date);
  }

  if (!canEdit) return <p>{nextReview ? `Next review: ${formatDate(nextReview)}.` : 'No review date is set.'}</p>;
  return (
    <form className="canvas-tool" onSubmit={submit}>
      <label htmlFor="next-review">Next review date</label>
      <div className="canvas-row">
        <input id="next-review" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        <button type="submit" className="button button-small" disabled={!date || date === nextReview}>
          Set review date
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
            Clear
          </button>
        )}
      </div>
      <p className="hint">When to look at this canvas again: the bar shows “review due” two weeks ahead, and “overdue” after.</p>
      {/* Always in the page, so screen readers announce what appears in it. */}
      <p className="canvas-done" role="status" ref={doneRef}>
        {done && !doneGone ? done.text : ''}
      </p>
      {message?.error && (
        <p className="field-error" role="alert">
          {message.text}
        </p>
      )}
    </form>
  );
}
