import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';

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
 * A text field that writes to the map once, when left (blur, Enter in a one-line field,
 * Ctrl+Enter in a long one): one document update and one undo step per edit, not one per
 * keystroke. Escape puts back the stored value. While it is not being edited it follows the
 * stored value, so a peer's change shows at once.
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
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);

  const commit = () => {
    setEditing(false);
    const next = draft.trim();
    if ((required && next === '') || next === value) {
      setDraft(value);
      return;
    }
    onCommit(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      setDraft(value);
      setEditing(false);
      event.currentTarget.blur();
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
    onChange: (event: { target: { value: string } }) => {
      setEditing(true);
      setDraft(event.target.value);
    },
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

/** Options for a closed vocabulary, in its order, with "Not set" first. */
export function choices<T extends string>(values: readonly T[], labels: Record<T, string>, unset = 'Not set') {
  return [{ value: '' as const, label: unset }, ...values.map((value) => ({ value, label: labels[value] }))];
}
