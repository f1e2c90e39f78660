import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { maxReflectionTextLength, reflectionColumnLabels, type ReflectionColumn } from '../../domain/facilitation/index.js';

interface Props {
  column: ReflectionColumn;
  /** True (or a promise of it) when the note was taken: the field is then cleared. */
  onAdd: (text: string, anonymous: boolean) => boolean | Promise<boolean>;
}

/**
 * A new note for one column. "Post anonymously" writes it with no author at all (not merely
 * hidden), so nobody, facilitators included, can tell who wrote it. Ctrl+Enter adds it.
 */
export function AddReflectionNote({ column, onAdd }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const title = reflectionColumnLabels[column].title;

  function add(event?: FormEvent) {
    event?.preventDefault();
    const note = text.trim();
    if (!note) return;
    void Promise.resolve(onAdd(note, anonymous)).then((taken) => taken && setText(''));
  }

  function keys(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) add();
  }

  return (
    <form className="reflection-add" onSubmit={add}>
      <label htmlFor={`${id}-text`}>
        New note<span className="visually-hidden"> for {title}</span>
      </label>
      <textarea
        id={`${id}-text`}
        rows={2}
        maxLength={maxReflectionTextLength}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={keys}
      />
      <div className="reflection-add-row">
        <div className="check">
          <input id={`${id}-anon`} type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
          <label htmlFor={`${id}-anon`}>
            Post anonymously<span className="visually-hidden"> ({title})</span>
          </label>
        </div>
        <button type="submit" className="button button-small button-primary" disabled={!text.trim()}>
          Add note<span className="visually-hidden"> to {title}</span>
        </button>
      </div>
    </form>
  );
}
