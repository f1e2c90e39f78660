import panelMessages from 'virtual:messages/en/map.panel';
import { mapLimits, type MapNote } from '../../../domain/map/index.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { NoteIcon } from '../icons.js';
import { offeredNoteKinds } from '../mapStyle.js';
import { noteKindKeys, noteKindName } from '../mapVocabulary.js';
import { notSetName } from '../mapVocabularyDetails.js';
import { SelectField, TextField } from './fields.js';
import { nothing, usePanel } from './PanelContext.js';
import { useTargets } from './useTargets.js';

addEnglish(panelMessages);

/** One sticky note: its words, kind, and what it is pinned to (or free on the board). */
export function NotePanel({ note }: { note: MapNote }) {
  const { actions, requestDelete, select, openDataset } = usePanel();
  const targets = useTargets();
  const { t } = useI18n();
  const readOnly = !actions;
  const target = targets.find((t) => t.value === note.target);

  return (
    <>
      <p className="map-panel-kicker">
        <NoteIcon kind={note.kind} size={18} /> {t('map.panel.note')}
      </p>
      <h2 className="map-panel-title">{noteKindName(note.kind)}</h2>
      {note.author && <p className="muted">{t('map.panel.note.by', { name: note.author })}</p>}
      <TextField
        label={t('map.panel.note.text')}
        value={note.text}
        multiline
        required
        maxLength={mapLimits.noteText}
        disabled={readOnly}
        onCommit={(text) => actions?.updateNote(note.id, { text })}
      />
      <SelectField
        label={t('map.panel.note.kind')}
        value={note.kind ?? ''}
        options={[{ value: '', label: notSetName() }, ...offeredNoteKinds.map((k) => ({ value: k, label: t(noteKindKeys[k]) }))]}
        disabled={readOnly}
        onChange={(kind) => actions?.updateNote(note.id, { kind: kind || undefined })}
      />
      <SelectField
        label={t('map.panel.note.pinnedTo')}
        value={note.target ?? ''}
        options={[{ value: '', label: t('map.panel.note.free') }, ...targets]}
        disabled={readOnly}
        onChange={(value) => actions?.updateNote(note.id, { target: value || undefined })}
      />
      {target && (
        <p>
          <button
            type="button"
            className="map-link-button"
            onClick={() => (target.kind === 'dataset' ? openDataset(target.value) : select([target.value]))}
          >
            {t('map.panel.goTo', { name: target.label })}
          </button>
        </p>
      )}
      {actions && (
        <button type="button" className="button button-danger button-small" onClick={() => requestDelete({ ...nothing, notes: [note.id] })}>
          {t('map.panel.note.delete')}
        </button>
      )}
    </>
  );
}
