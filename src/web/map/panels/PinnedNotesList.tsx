import panelMessages from 'virtual:messages/en/map.panel';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { NoteIcon } from '../icons.js';
import { noteKindName } from '../mapVocabulary.js';
import { usePanel } from './PanelContext.js';

addEnglish(panelMessages);

/** The sticky notes pinned to an element, each opening in the panel, and a way to add one. */
export function PinnedNotesList({ target, what }: { target: string; what: 'actor' | 'flow' | 'dataset' }) {
  const { map, actions, select, compose } = usePanel();
  const { t } = useI18n();
  const notes = map.notes.filter((n) => n.target === target);
  return (
    <div className="map-panel-group">
      <h3>{t('map.panel.pinned.title', { what })}</h3>
      {notes.length === 0 ? (
        <p className="muted">{t('map.panel.noneYet')}</p>
      ) : (
        <ul className="map-link-list">
          {notes.map((note) => (
            <li key={note.id}>
              <button type="button" className="map-link-button" onClick={() => select([note.id])}>
                <NoteIcon kind={note.kind} />
                <span>
                  <strong>{t('map.panel.kindColon', { kind: noteKindName(note.kind) })}</strong> {note.text}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {actions && (
        <button type="button" className="button button-small" onClick={() => compose(target)}>
          {t('map.panel.pinned.add', { what })}
        </button>
      )}
    </div>
  );
}
