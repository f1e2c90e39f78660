import panelMessages from 'virtual:messages/en/map.panel';
import { addEnglish, useI18n } from '../../i18n/index.js';
import type { Removal } from '../mapActions.js';
import { usePanel } from './PanelContext.js';

addEnglish(panelMessages);

/** Several things selected: what they are, and what can be done to all of them at once. */
export function MultiPanel({ selection, onCopy }: { selection: Removal; onCopy: () => void }) {
  const { map, actions, requestDelete, select } = usePanel();
  const { t } = useI18n();
  const parts = [
    selection.actors.length > 0 && t('map.panel.count.actors', { count: selection.actors.length }),
    selection.flows.length > 0 && t('map.panel.count.flows', { count: selection.flows.length }),
    selection.notes.length > 0 && t('map.panel.count.notes', { count: selection.notes.length }),
  ].filter((part): part is string => typeof part === 'string');
  const actors = map.actors.filter((a) => selection.actors.includes(a.id));
  return (
    <>
      <p className="map-panel-kicker">{t('map.panel.multi')}</p>
      <h2 className="map-panel-title">{parts.join(', ')}</h2>
      {actions && <p className="muted">{t('map.panel.multi.hint')}</p>}
      {actors.length > 0 && (
        <ul className="map-link-list">
          {actors.map((a) => (
            <li key={a.id}>
              <button type="button" className="map-link-button" onClick={() => select([a.id])}>
                {a.name || t('map.panel.noName')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="map-panel-actions">
        <button type="button" className="button button-small" onClick={onCopy}>
          {t('map.panel.multi.copy')}
        </button>
        {actions && (
          <button type="button" className="button button-danger button-small" onClick={() => requestDelete(selection)}>
            {parts.length === 1 ? t('map.panel.multi.deleteAll', { what: parts[0] ?? '' }) : t('map.panel.multi.deleteSelected')}
          </button>
        )}
      </p>
    </>
  );
}
