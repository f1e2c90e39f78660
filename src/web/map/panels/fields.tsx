import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { usePanel } from './PanelContext.js';

interface TextFieldProps {
  label: string;
  value: string;
  /** Called with the trimmed text when the person leaves the field or presses Enter. */
  onCommit: (value: string) => void;
  disabled?: boolean;
  multiline?: boolean;
  maxLength: number;
  placeholder?: string;
  hint?: ReactNode;
  /** Refuse an empty value (the field goes back to what it was). */
  required?: boolean;
  list?: string;
  autoFocus?: boolean;
}

/**
 * A text field that writes to the map as the person types, so others see the words as they
 * come and a reload keeps them (what is shown as saved is saved). The whole edit, until the
 * field is left (blur, Enter in a one-line field, Ctrl+Enter in a long one), is one undo step
 * (mapActions `typing` and `settle`). Escape puts back the value the field had when the edit
 * began. While it is not being edited it follows the stored value, so a peer's change shows
 * at once.
 */
export function TextField({
  label,
  value,
  onCommit,
  disabled,
  multiline,
  maxLength,
  placeholder,
  hint,
  required,
  list,
  autoFocus,
}: TextFieldProps) {
  const id = useId();
  const { actions } = usePanel();
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  /** The stored value when this edit began (Escape goes back to it); null when not editing. */
  const before = useRef<string | null>(null);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);

  /** Ends the edit: writes `next` unless it is already stored, and makes the edit one undo step. */
  const finish = (next: string) => {
    setEditing(false);
    const typed = before.current !== null;
    before.current = null;
    if (next !== value) onCommit(next);
    if (typed) actions?.settle();
  };
  /** Set by Escape, whose blur must not write the draft that was just put back. */
  const escaped = useRef(false);
  const commit = () => {
    if (escaped.current) {
      escaped.current = false;
      return;
    }
    const next = draft.trim();
    if (required && next === '') {
      finish(before.current ?? value);
      setDraft(before.current ?? value);
      return;
    }
    finish(next);
  };
  const type = (text: string) => {
    setEditing(true);
    setDraft(text);
    if (before.current === null) before.current = value;
    const next = text.trim();
    if (!(required && next === '') && next !== value) actions?.typing(() => onCommit(next));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      const start = before.current ?? value;
      finish(start);
      setDraft(start);
      escaped.current = true;
      event.currentTarget.blur();
      escaped.current = false;
    } else if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.blur(); // commits through onBlur
    }
  };
  const common = {
    id,
    value: draft,
    disabled,
    maxLength,
    placeholder,
    autoFocus,
    onChange: (event: { target: { value: string } }) => type(event.target.value),
    onBlur: commit,
    onKeyDown,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="map-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" autoComplete="off" list={list} {...common} />}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T | '';
  options: readonly { value: T | ''; label: string }[];
  onChange: (value: T | '') => void;
  disabled?: boolean;
  hint?: ReactNode;
}

/** A labelled drop-down; changes are written at once. */
export function SelectField<T extends string>({ label, value, options, onChange, disabled, hint }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="map-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value as T | '')}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
