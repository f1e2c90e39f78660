import panelMessages from 'virtual:messages/en/map.panel';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { NoteIcon } from '../icons.js';
import { mapNoteRows } from './mapNoteRows.js';
import { usePanel } from './PanelContext.js';

addEnglish(panelMessages);

/**
 * The map's sticky notes, free and pinned, each with its kind and where it sits; pressing one
 * selects it on the map (and shows it in Details). Above the board's older list of quick notes.
 */
export function MapNotesList() {
  const { map, actions, select, reveal, compose } = usePanel();
  const { t } = useI18n();
  const rows = mapNoteRows(map);
  const kinds = new Map(map.notes.map((n) => [n.id, n.kind]));
  return (
    <section className="panel map-notes" aria-labelledby="map-notes-title">
      <h2 id="map-notes-title">{t('map.panel.notes.title', { count: rows.length })}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('map.panel.notes.empty')}</p>
      ) : (
        <ul className="map-link-list map-notes-list">
          {rows.map((row) => (
            <li key={row.id}>
              <button
                type="button"
                className="map-link-button"
                onClick={() => {
                  select([row.id]);
                  reveal(row.id);
                }}
              >
                <NoteIcon kind={kinds.get(row.id)} />
                <span>
                  <strong>{t('map.panel.kindColon', { kind: row.kind })}</strong> {row.text || t('map.panel.notes.noText')}{' '}
                  <span className="muted">· {row.where}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {actions && (
        <button type="button" className="button button-small" onClick={() => compose()}>
          {t('map.panel.notes.add')}
        </button>
      )}
    </section>
  );
}
