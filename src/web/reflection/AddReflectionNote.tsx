import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import reflectionMessages from 'virtual:messages/en/reflection';
import { maxReflectionTextLength, type ReflectionColumn } from '../../domain/facilitation/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { columnTitle } from './columnNames.js';

addEnglish(reflectionMessages);

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
  const { t } = useI18n();
  const title = columnTitle(column);

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
      <label htmlFor={`${id}-text`}>{t('reflection.add.label')}</label>
      <textarea
        id={`${id}-text`}
        aria-label={t('reflection.add.labelFor', { column: title })}
        rows={2}
        maxLength={maxReflectionTextLength}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={keys}
      />
      <div className="reflection-add-row">
        <div className="check">
          <input
            id={`${id}-anon`}
            type="checkbox"
            aria-label={t('reflection.add.anonymousFor', { column: title })}
            checked={anonymous}
            onChange={(e) => setAnonymous(e.target.checked)}
          />
          <label htmlFor={`${id}-anon`}>{t('reflection.add.anonymous')}</label>
        </div>
        <button
          type="submit"
          className="button button-small button-primary"
          aria-label={t('reflection.add.buttonTo', { column: title })}
          disabled={!text.trim()}
        >
          {t('reflection.add.button')}
        </button>
      </div>
    </form>
  );
}
