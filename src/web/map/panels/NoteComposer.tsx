import { useId, useState, type FormEvent } from 'react';
import panelMessages from 'virtual:messages/en/map.panel';
import { mapLimits, type NoteKind, type Position } from '../../../domain/map/index.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { NoteIcon } from '../icons.js';
import { noteStyles, offeredNoteKinds } from '../mapStyle.js';
import { noteKindKeys } from '../mapVocabulary.js';
import { usePanel } from './PanelContext.js';
import { useTargets } from './useTargets.js';

addEnglish(panelMessages);

interface Props {
  /** Pinned to this at first (the person can change it); absent: free on the board. */
  target?: string;
  author: string;
  /** Where a free note goes: the middle of the view, clear of what is there. */
  freeSpot: () => Position;
  onDone: (noteId?: string) => void;
}

/** A new sticky note: its kind (issue, opportunity, question, insight), its words, and where it goes. */
export function NoteComposer({ target, author, freeSpot, onDone }: Props) {
  const { actions } = usePanel();
  const targets = useTargets();
  const id = useId();
  const { t } = useI18n();
  const [kind, setKind] = useState<NoteKind>('issue');
  const [text, setText] = useState('');
  const [pinTo, setPinTo] = useState(target ?? '');
  if (!actions) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = text.trim();
    if (!words) return;
    const note = pinTo ? { text: words, kind, target: pinTo, author } : { text: words, kind, author, position: freeSpot() };
    onDone(actions.addNote(note));
  };

  return (
    <form onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <p className="map-panel-kicker">
        <NoteIcon kind={kind} size={18} /> {t('map.panel.compose')}
      </p>
      <fieldset className="map-field">
        <legend>{t('map.panel.note.kind')}</legend>
        <div className="map-kind-choices">
          {offeredNoteKinds.map((k) => (
            <label key={k} className="map-kind-choice" style={{ background: noteStyles[k].tint, color: noteStyles[k].ink }}>
              <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
              <NoteIcon kind={k} />
              {t(noteKindKeys[k])}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="map-field">
        <label htmlFor={`${id}-text`}>{t('map.panel.note.text')}</label>
        <textarea
          id={`${id}-text`}
          rows={4}
          maxLength={mapLimits.noteText}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
          }}
          autoFocus
        />
      </div>
      <div className="map-field">
        <label htmlFor={`${id}-target`}>{t('map.panel.compose.pinTo')}</label>
        <select id={`${id}-target`} value={pinTo} onChange={(e) => setPinTo(e.target.value)}>
          <option value="">{t('map.panel.note.free')}</option>
          {targets.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <p className="map-panel-actions">
        <button type="submit" className="button button-primary" disabled={!text.trim()}>
          {t('map.panel.compose.put')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => onDone()}>
          {t('map.panel.cancel')}
        </button>
      </p>
    </form>
  );
}
