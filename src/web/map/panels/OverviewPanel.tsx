import editorMessages from 'virtual:messages/en/map.editor';
import panelMessages from 'virtual:messages/en/map.panel';
import { useId, useState, type FormEvent } from 'react';
import { mapLimits } from '../../../domain/map/index.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { inside, WithInside } from '../../i18n/WithInside.js';
import { TextField } from './fields.js';
import { usePanel } from './PanelContext.js';

// The toolbar's words (map.editor) are named in the tips.
addEnglish(editorMessages);
addEnglish(panelMessages);

/** A tip with a key in it: "<kbd>A</kbd> or a double-click on empty space adds an actor." */
function KeyTip({ text, keyName }: { text: string; keyName: string }) {
  return (
    <li>
      <WithInside message={text}>
        <kbd>{keyName}</kbd>
      </WithInside>
    </li>
  );
}

/** With nothing selected: the map as a whole, its datasets, and how to get going. */
export function OverviewPanel() {
  const { map, actions, openDataset } = usePanel();
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const unplaced = map.actors.filter((a) => !a.position).length;
  const datasets = [...map.datasets].sort((a, b) => a.name.localeCompare(b.name));
  // Counted in one pass over the flows (not once per dataset: 125 × 2,000 on a big map).
  const flowsPerDataset = new Map<string, number>();
  for (const flow of map.flows)
    if (flow.dataset !== undefined) flowsPerDataset.set(flow.dataset, (flowsPerDataset.get(flow.dataset) ?? 0) + 1);

  const create = (event: FormEvent) => {
    event.preventDefault();
    const created = name.trim() && actions?.addDataset(name.trim());
    if (created) {
      setName('');
      openDataset(created);
    }
  };

  return (
    <>
      <p className="map-panel-kicker">{t('map.panel.overview')}</p>
      <h2 className="map-panel-title">{map.title || t('map.panel.overview.untitled')}</h2>
      <p>
        {[
          t('map.panel.count.actors', { count: map.actors.length }),
          t('map.panel.count.flows', { count: map.flows.length }),
          t('map.panel.count.datasets', { count: map.datasets.length }),
          t('map.panel.count.notes', { count: map.notes.length }),
        ].join(' · ')}
      </p>
      {actions && (
        <TextField
          label={t('map.panel.overview.title')}
          hint={t('map.panel.overview.title.hint')}
          value={map.title}
          maxLength={mapLimits.title}
          onCommit={(title) => actions.setTitle(title)}
        />
      )}
      {unplaced > 0 && (
        <p className="notice notice-info">
          {t('map.panel.overview.unplaced', { count: unplaced })}
          {actions && ` ${t('map.panel.overview.tidy', { layout: t('map.editor.layout'), tidy: t('map.editor.layout.new') })}`}
        </p>
      )}
      <div className="map-panel-group">
        <h3>{t('map.panel.overview.datasets')}</h3>
        {datasets.length === 0 ? (
          <p className="muted">{t('map.panel.overview.noDatasets')}</p>
        ) : (
          <ul className="map-link-list">
            {datasets.map((d) => (
              <li key={d.id}>
                <button type="button" className="map-link-button" onClick={() => openDataset(d.id)}>
                  {d.name || t('map.panel.noName')}
                  <span className="muted"> · {t('map.panel.count.flows', { count: flowsPerDataset.get(d.id) ?? 0 })}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {actions && (
          <form className="map-inline-row" onSubmit={create}>
            <label htmlFor={`${id}-dataset`} className="visually-hidden">
              {t('map.panel.overview.newDataset')}
            </label>
            <input
              id={`${id}-dataset`}
              type="text"
              autoComplete="off"
              placeholder={t('map.panel.overview.newDataset.placeholder')}
              maxLength={mapLimits.name}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <button type="submit" className="button button-small" disabled={!name.trim()}>
              {t('map.panel.overview.addDataset')}
            </button>
          </form>
        )}
      </div>
      {actions ? (
        <div className="map-panel-group">
          <h3>{t('map.panel.howTo')}</h3>
          {touchFirst() ? (
            <ul className="map-tips">
              <li>{t('map.panel.howTo.touch.add')}</li>
              <li>{t('map.panel.howTo.touch.flow')}</li>
              <li>{t('map.panel.howTo.touch.change')}</li>
            </ul>
          ) : (
            <ul className="map-tips">
              <KeyTip text={t('map.panel.howTo.actor', { key: inside })} keyName="A" />
              <li>{t('map.panel.howTo.flow')}</li>
              <KeyTip text={t('map.panel.howTo.note', { key: inside })} keyName="N" />
              <li>{t('map.panel.howTo.change')}</li>
            </ul>
          )}
        </div>
      ) : (
        <p className="muted">{t('map.panel.howTo.read')}</p>
      )}
    </>
  );
}

/** A touch screen with no mouse (a phone, a tablet): the tips say what to tap, not which keys to press. */
function touchFirst(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse) and (hover: none)').matches === true;
}
