import panelMessages from 'virtual:messages/en/map.panel';
import { accessLevels, effectiveAccess, flowKinds, mapLimits, type Flow } from '../../../domain/map/index.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import type { FlowPatch } from '../../../doc/map/index.js';
import { FlowIcon } from '../icons.js';
import { accessLevelKeys, flowKindKeys } from '../mapVocabulary.js';
import { notSetName } from '../mapVocabularyDetails.js';
import { DatasetPicker } from './DatasetPicker.js';
import { SelectField, TextField } from './fields.js';
import { nothing, usePanel } from './PanelContext.js';
import { nameOf } from './panelNames.js';
import { PinnedNotesList } from './PinnedNotesList.js';

addEnglish(panelMessages);

// Suggestions written into the map as they are (the file's words): not translated.
const frequencies = ['real time', 'hourly', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'once', 'on request'];

/** One flow: its kind and direction; for a data flow its dataset, access, standard and frequency. */
export function FlowPanel({ flow }: { flow: Flow }) {
  const { map, actions, requestDelete, select } = usePanel();
  const { t } = useI18n();
  const readOnly = !actions;
  const update = (patch: FlowPatch) => actions?.updateFlow(flow.id, patch);
  const dataset = map.datasets.find((d) => d.id === flow.dataset);
  const fallbackAccess = dataset?.access ? t(accessLevelKeys[dataset.access]) : t('map.panel.notSetLower');
  const shownAccess = effectiveAccess(map, flow);

  return (
    <>
      <p className="map-panel-kicker">
        <FlowIcon kind={flow.kind} size={18} /> {t('map.panel.flow')}
      </p>
      <h2 className="map-panel-title">
        {nameOf(map, flow.from)} → {nameOf(map, flow.to)}
      </h2>
      <p className="map-panel-actions">
        <button type="button" className="map-link-button" onClick={() => select([flow.from])}>
          {t('map.panel.goTo', { name: nameOf(map, flow.from) })}
        </button>
        <button type="button" className="map-link-button" onClick={() => select([flow.to])}>
          {t('map.panel.goTo', { name: nameOf(map, flow.to) })}
        </button>
        {actions && flow.from !== flow.to && (
          <button type="button" className="button button-small button-quiet" onClick={() => update({ from: flow.to, to: flow.from })}>
            {t('map.panel.flow.reverse')}
          </button>
        )}
      </p>
      <SelectField
        label={t('map.panel.flow.kind')}
        value={flow.kind}
        options={flowKinds.map((k) => ({ value: k, label: t(flowKindKeys[k]) }))}
        disabled={readOnly}
        onChange={(kind) => kind && update({ kind })}
      />
      <TextField
        label={t('map.panel.flow.label')}
        hint={t('map.panel.flow.label.hint')}
        value={flow.label ?? ''}
        maxLength={mapLimits.shortText}
        disabled={readOnly}
        onCommit={(label) => update({ label: label || undefined })}
      />
      {flow.kind === 'data' && (
        <>
          <DatasetPicker flow={flow} />
          <SelectField
            label={t('map.panel.flow.access')}
            value={flow.access ?? ''}
            options={[
              { value: '', label: dataset ? t('map.panel.flow.access.asDataset', { access: fallbackAccess }) : notSetName() },
              ...accessLevels.map((a) => ({ value: a, label: t(accessLevelKeys[a]) })),
            ]}
            disabled={readOnly}
            hint={t('map.panel.flow.access.shown', {
              access: shownAccess ? t(accessLevelKeys[shownAccess]) : t('map.panel.notSetLower'),
            })}
            onChange={(access) => update({ access: access || undefined })}
          />
          <TextField
            label={t('map.panel.standard')}
            value={flow.standard ?? ''}
            placeholder={
              dataset?.standard ? t('map.panel.flow.standard.asDataset', { standard: dataset.standard }) : t('map.panel.flow.standard.none')
            }
            maxLength={mapLimits.shortText}
            disabled={readOnly}
            onCommit={(standard) => update({ standard: standard || undefined })}
          />
          <TextField
            label={t('map.panel.flow.frequency')}
            value={flow.frequency ?? ''}
            list="map-frequencies"
            placeholder={t('map.panel.flow.frequency.placeholder')}
            maxLength={mapLimits.shortText}
            disabled={readOnly}
            onCommit={(frequency) => update({ frequency: frequency || undefined })}
          />
          <datalist id="map-frequencies">
            {frequencies.map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
        </>
      )}
      <PinnedNotesList target={flow.id} what="flow" />
      {actions && (
        <button type="button" className="button button-danger button-small" onClick={() => requestDelete({ ...nothing, flows: [flow.id] })}>
          {t('map.panel.flow.delete')}
        </button>
      )}
    </>
  );
}
