import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import canvasMessages from 'virtual:messages/en/canvas';
import { priorities, type CanvasError, type Priority } from '../../domain/canvas/index.js';
import type { CanvasOpResult } from '../../doc/canvas/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { problemText } from './problemText.js';
import { priorityName } from './priorityLabels.js';

addEnglish(canvasMessages);

export interface ActionValues {
  text: string;
  /** Absent when left blank. */
  owner?: string;
  /** `YYYY-MM-DD`; absent when left blank. */
  due?: string;
  priority: Priority;
}

interface Props {
  legend: string;
  initial: Partial<ActionValues>;
  submitLabel: string;
  onSubmit: (values: ActionValues) => CanvasOpResult;
  onDone: () => void;
}

/** An action's text, owner, due date and priority: for a new action, one made from a note, or an edit. */
export function ActionForm({ legend, initial, submitLabel, onSubmit, onDone }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(initial.text ?? '');
  const [owner, setOwner] = useState(initial.owner ?? '');
  const [due, setDue] = useState(initial.due ?? '');
  const [priority, setPriority] = useState<Priority>(initial.priority ?? 'medium');
  const [error, setError] = useState<CanvasError | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    const values: ActionValues = { text: text.trim(), priority };
    if (owner.trim()) values.owner = owner.trim();
    if (due) values.due = due;
    const result = onSubmit(values);
    if (result.ok) onDone();
    else setError(result.error);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onDone();
  }

  return (
    <form className="action-form" onSubmit={submit} onKeyDown={onKeyDown}>
      <fieldset>
        <legend>{legend}</legend>
        <label htmlFor={`${id}-text`}>{t('canvas.action.text')}</label>
        <textarea id={`${id}-text`} rows={2} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
        <div className="action-form-row">
          <div>
            <label htmlFor={`${id}-owner`}>{t('canvas.action.ownerLabel')}</label>
            <input id={`${id}-owner`} type="text" value={owner} onChange={(e) => setOwner(e.target.value)} autoComplete="off" />
          </div>
          <div>
            <label htmlFor={`${id}-due`}>{t('canvas.action.dueLabel')}</label>
            <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          </div>
          <div>
            <label htmlFor={`${id}-priority`}>{t('canvas.action.priorityLabel')}</label>
            <select id={`${id}-priority`} value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
              {priorities.map((p) => (
                <option key={p} value={p}>
                  {priorityName(p)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {error && (
          <p className="field-error" role="alert">
            {problemText(error)}
          </p>
        )}
        <div className="canvas-form-buttons">
          <button type="submit" className="button button-small button-primary" disabled={!text.trim()}>
            {submitLabel}
          </button>
          <button type="button" className="button button-small button-quiet" onClick={onDone}>
            {t('canvas.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
