import { useRef, useState, type FormEvent } from 'react';
import { useQuietNotice } from '../hooks/useQuietNotice.js';
import { saveVersion } from '../../doc/canvas/index.js';
import { useCanvasEditor } from './CanvasContext.js';
import { formatDate } from './dates.js';
import { problemText } from './problemText.js';

/**
 * Saving the canvas as it is now under a label and a date ("after the workshop", "ethics
 * board review"). The date defaults to today and can be changed: a review held last week is
 * often written up today.
 */
export function SaveVersionForm() {
  const { tryEdit, newId, today, roundVotes } = useCanvasEditor();
  const [label, setLabel] = useState('');
  const [date, setDate] = useState(today);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  // "Saved …" is a quiet notice: it leaves after a few seconds or at the next action; an error stays.
  const doneRef = useRef<HTMLParagraphElement>(null);
  const done = message && !message.error ? message : null;
  const doneGone = useQuietNotice(done, { notice: doneRef });

  function submit(event: FormEvent) {
    event.preventDefault();
    const name = label.trim();
    if (!name) return;
    const result = tryEdit((doc) => saveVersion(doc, { id: newId('version'), label: name, date }, roundVotes.shown));
    if (!result.ok) setMessage({ error: true, text: problemText(result.error) });
    else {
      setMessage({ error: false, text: `Saved “${name}” (${formatDate(date)}).` });
      setLabel('');
    }
  }

  return (
    <form className="canvas-tool" onSubmit={submit}>
      <div className="canvas-row">
        <div className="grow">
          <label htmlFor="version-label">Version label</label>
          <input
            id="version-label"
            type="text"
            value={label}
            placeholder="e.g. after the workshop"
            onChange={(e) => setLabel(e.target.value)}
            autoComplete="off"
          />
        </div>
        <div>
          <label htmlFor="version-date">Date</label>
          <input id="version-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </div>
        <button type="submit" className="button button-small button-primary align-end" disabled={!label.trim() || !date}>
          Save version
        </button>
      </div>
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
