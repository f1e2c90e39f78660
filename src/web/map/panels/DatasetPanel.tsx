import panelMessages from 'virtual:messages/en/map.panel';
import { accessLevels, deidentifications, mapLimits, sensitivities, type Dataset } from '../../../domain/map/index.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import type { DatasetPatch } from '../../../doc/map/index.js';
import { FlowIcon } from '../icons.js';
import { accessLevelKeys } from '../mapVocabulary.js';
import { deidentificationKeys, kindChoices, sensitivityKeys } from '../mapVocabularyDetails.js';
import { SelectField, TextField } from './fields.js';
import { FlowLinks } from './FlowLinks.js';
import { HoldersField } from './HoldersField.js';
import { nothing, usePanel } from './PanelContext.js';
import { PinnedNotesList } from './PinnedNotesList.js';

addEnglish(panelMessages);

// Suggestions written into the map as they are (a licence's own name): not translated.
const licences = ['OGL-UK-3.0', 'CC-BY-4.0', 'CC0-1.0', 'ODbL-1.0', 'CC-BY-SA-4.0', 'Proprietary', 'Data sharing agreement'];

/** One dataset: who stewards it, where copies live, how sensitive and how open it is; the flows that carry it. */
export function DatasetPanel({ dataset }: { dataset: Dataset }) {
  const { map, actions, requestDelete } = usePanel();
  const { t } = useI18n();
  const readOnly = !actions;
  const update = (patch: DatasetPatch) => actions?.updateDataset(dataset.id, patch);
  const carriers = map.flows.filter((f) => f.dataset === dataset.id);
  const actors = [...map.actors].sort((a, b) => a.name.localeCompare(b.name));

  return (
    <>
      <p className="map-panel-kicker">
        <FlowIcon kind="data" size={18} /> {t('map.panel.dataset')}
      </p>
      <h2 className="map-panel-title">{dataset.name || t('map.panel.noName')}</h2>
      <TextField
        label={t('map.panel.name')}
        value={dataset.name}
        required
        maxLength={mapLimits.name}
        disabled={readOnly}
        onCommit={(name) => update({ name })}
      />
      <TextField
        label={t('map.panel.description')}
        value={dataset.description ?? ''}
        multiline
        maxLength={mapLimits.description}
        disabled={readOnly}
        onCommit={(description) => update({ description: description || undefined })}
      />
      <SelectField
        label={t('map.panel.dataset.steward')}
        hint={t('map.panel.dataset.steward.hint')}
        value={dataset.steward ?? ''}
        options={[
          { value: '', label: t('map.panel.dataset.steward.unknown') },
          ...actors.map((a) => ({ value: a.id, label: a.name || t('map.panel.noName') })),
        ]}
        disabled={readOnly}
        onChange={(steward) => update({ steward: steward || undefined })}
      />
      <HoldersField dataset={dataset} />
      <SelectField
        label={t('map.panel.dataset.sensitivity')}
        value={dataset.sensitivity ?? ''}
        options={kindChoices(sensitivities, sensitivityKeys)}
        disabled={readOnly}
        onChange={(sensitivity) => update({ sensitivity: sensitivity || undefined })}
      />
      <SelectField
        label={t('map.panel.dataset.deidentification')}
        value={dataset.deidentification ?? ''}
        options={kindChoices(deidentifications, deidentificationKeys)}
        disabled={readOnly}
        onChange={(deidentification) => update({ deidentification: deidentification || undefined })}
      />
      <SelectField
        label={t('map.panel.dataset.access')}
        value={dataset.access ?? ''}
        options={kindChoices(accessLevels, accessLevelKeys)}
        disabled={readOnly}
        hint={t('map.panel.dataset.access.hint')}
        onChange={(access) => update({ access: access || undefined })}
      />
      <TextField
        label={t('map.panel.dataset.licence')}
        value={dataset.licence ?? ''}
        list="map-licences"
        maxLength={mapLimits.shortText}
        disabled={readOnly}
        onCommit={(licence) => update({ licence: licence || undefined })}
      />
      <datalist id="map-licences">
        {licences.map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      <TextField
        label={t('map.panel.standard')}
        value={dataset.standard ?? ''}
        maxLength={mapLimits.shortText}
        disabled={readOnly}
        onCommit={(standard) => update({ standard: standard || undefined })}
      />
      <div className="map-panel-group">
        <h3>{t('map.panel.dataset.carriers')}</h3>
        <FlowLinks flows={carriers} empty={t('map.panel.dataset.noCarrier')} />
      </div>
      <PinnedNotesList target={dataset.id} what="dataset" />
      {actions && (
        <button
          type="button"
          className="button button-danger button-small"
          onClick={() => requestDelete({ ...nothing, datasets: [dataset.id] })}
        >
          {t('map.panel.dataset.delete')}
        </button>
      )}
    </>
  );
}
