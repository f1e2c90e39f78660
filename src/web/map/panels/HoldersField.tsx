import { useId, useState } from 'react';
import panelMessages from 'virtual:messages/en/map.panel';
import type { Dataset } from '../../../domain/map/index.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { usePanel } from './PanelContext.js';
import { nameOf } from './panelNames.js';

addEnglish(panelMessages);

/**
 * Where copies of a dataset live (`heldBy`): a list with a remove button each, and a picker to
 * add a place. A list rather than one checkbox per actor, which would not scale to big maps.
 */
export function HoldersField({ dataset }: { dataset: Dataset }) {
  const { map, actions } = usePanel();
  const id = useId();
  const { t } = useI18n();
  const candidates = map.actors.filter((a) => !dataset.heldBy.includes(a.id)).sort((a, b) => a.name.localeCompare(b.name));
  const [adding, setAdding] = useState('');
  const set = (heldBy: string[]) => actions?.updateDataset(dataset.id, { heldBy });
  const chosen = adding && candidates.some((a) => a.id === adding) ? adding : (candidates[0]?.id ?? '');

  return (
    <fieldset className="map-field">
      <legend>{t('map.panel.holders')}</legend>
      {dataset.heldBy.length === 0 ? (
        <p className="muted">{t('map.panel.holders.none')}</p>
      ) : (
        <ul className="map-holders">
          {dataset.heldBy.map((holder) => (
            <li key={holder}>
              <span>{nameOf(map, holder)}</span>
              {actions && (
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => set(dataset.heldBy.filter((h) => h !== holder))}
                  aria-label={t('map.panel.holders.removeNamed', { name: nameOf(map, holder) })}
                >
                  {t('map.panel.holders.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {actions && candidates.length > 0 && (
        <div className="map-inline-row">
          <label htmlFor={`${id}-add`} className="visually-hidden">
            {t('map.panel.holders.pick')}
          </label>
          <select id={`${id}-add`} value={chosen} onChange={(e) => setAdding(e.target.value)}>
            {candidates.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name || t('map.panel.noName')}
              </option>
            ))}
          </select>
          <button type="button" className="button button-small" onClick={() => chosen && set([...dataset.heldBy, chosen])}>
            {t('map.panel.holders.add')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
