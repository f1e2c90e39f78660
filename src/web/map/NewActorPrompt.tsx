import './mapDialogs.css';
import { useId, useState, type FormEvent } from 'react';
import dialogMessages from 'virtual:messages/en/map.dialog';
import { mapLimits, type Position } from '../../domain/map/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(dialogMessages);

interface Props {
  /** Where to show it, in the canvas box (px from its top left). */
  at: Position;
  onAdd: (name: string) => void;
  onCancel: () => void;
}

/**
 * The name of a new actor, typed where it will stand: opened by A or a double-click on empty
 * space, so adding an actor is "A, type the name, Enter". Escape (or leaving it empty) cancels.
 */
export function NewActorPrompt({ at, onAdd, onCancel }: Props) {
  const id = useId();
  const { t } = useI18n();
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) onAdd(name.trim());
    else onCancel();
  };
  return (
    <form className="map-new-actor" style={{ left: at.x, top: at.y }} onSubmit={submit}>
      <label htmlFor={id}>{t('map.dialog.newActor')}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        maxLength={mapLimits.name}
        value={name}
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
        onBlur={() => {
          if (!name.trim()) onCancel();
        }}
        aria-describedby={`${id}-hint`}
      />
      <p className="hint" id={`${id}-hint`}>
        {t('map.dialog.newActor.hint')}
      </p>
    </form>
  );
}
