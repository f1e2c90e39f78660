import { useId, useState, type FormEvent } from 'react';
import panelMessages from 'virtual:messages/en/map.panel';
import { mapLimits, type Flow } from '../../../domain/map/index.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { usePanel } from './PanelContext.js';

addEnglish(panelMessages);

const newDataset = '\u0000new';

/** The dataset a data flow carries: one already on the map, or a new one named here. */
export function DatasetPicker({ flow }: { flow: Flow }) {
  const { map, actions, openDataset } = usePanel();
  const id = useId();
  const { t } = useI18n();
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const datasets = [...map.datasets].sort((a, b) => a.name.localeCompare(b.name));
  const datasetName = map.datasets.find((d) => d.id === flow.dataset)?.name ?? '';

  const create = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || !actions) return;
    if (actions.addDatasetToFlow(flow.id, trimmed)) {
      setCreating(false);
      setName('');
    }
  };

  return (
    <div className="map-panel-group">
      <div className="map-field">
        <label htmlFor={`${id}-dataset`}>{t('map.panel.dataset')}</label>
        <select
          id={`${id}-dataset`}
          value={creating ? newDataset : (flow.dataset ?? '')}
          disabled={!actions}
          onChange={(e) => {
            if (e.target.value === newDataset) return setCreating(true);
            setCreating(false);
            actions?.updateFlow(flow.id, { dataset: e.target.value || undefined });
          }}
        >
          <option value="">{t('map.panel.picker.none')}</option>
          {datasets.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name || t('map.panel.noName')}
            </option>
          ))}
          {actions && <option value={newDataset}>{t('map.panel.picker.new')}</option>}
        </select>
      </div>
      {creating && (
        <form className="map-inline-form" onSubmit={create}>
          <div className="map-field">
            <label htmlFor={`${id}-name`}>{t('map.panel.picker.name')}</label>
            <input
              id={`${id}-name`}
              type="text"
              autoComplete="off"
              maxLength={mapLimits.name}
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoFocus
            />
          </div>
          <button type="submit" className="button button-small button-primary" disabled={!name.trim()}>
            {t('map.panel.picker.create')}
          </button>{' '}
          <button type="button" className="button button-small button-quiet" onClick={() => setCreating(false)}>
            {t('map.panel.cancel')}
          </button>
        </form>
      )}
      {flow.dataset && !creating && (
        <button type="button" className="button button-small" onClick={() => openDataset(flow.dataset!)}>
          {actions ? t('map.panel.picker.edit', { name: datasetName }) : t('map.panel.picker.see', { name: datasetName })}
        </button>
      )}
    </div>
  );
}
