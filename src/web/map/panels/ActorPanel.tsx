import panelMessages from 'virtual:messages/en/map.panel';
import { actorTypes, mapLimits, type Actor } from '../../../domain/map/index.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { TypeIcon } from '../icons.js';
import { actorTypeKeys } from '../mapVocabulary.js';
import { kindChoices } from '../mapVocabularyDetails.js';
import { AddFlowForm } from './AddFlowForm.js';
import { SelectField, TextField } from './fields.js';
import { FlowLinks } from './FlowLinks.js';
import { nothing, usePanel } from './PanelContext.js';
import { PinnedNotesList } from './PinnedNotesList.js';
import { RolesField } from './RolesField.js';

addEnglish(panelMessages);

/** One actor: name, organisation type, roles, description, skills; its flows and notes. */
export function ActorPanel({ actor }: { actor: Actor }) {
  const { map, actions, requestDelete } = usePanel();
  const { t } = useI18n();
  const readOnly = !actions;
  const update = (patch: Parameters<NonNullable<typeof actions>['updateActor']>[1]) => actions?.updateActor(actor.id, patch);
  const outgoing = map.flows.filter((f) => f.from === actor.id);
  const incoming = map.flows.filter((f) => f.to === actor.id && f.from !== actor.id);

  return (
    <>
      <p className="map-panel-kicker">
        <TypeIcon type={actor.type} size={18} /> {t('map.panel.actor')}
      </p>
      <h2 className="map-panel-title">{actor.name || t('map.panel.noName')}</h2>
      <TextField
        key={`${actor.id}-name`}
        label={t('map.panel.name')}
        value={actor.name}
        required
        maxLength={mapLimits.name}
        disabled={readOnly}
        onCommit={(name) => update({ name })}
      />
      <SelectField
        label={t('map.panel.actor.type')}
        value={actor.type ?? ''}
        options={kindChoices(actorTypes, actorTypeKeys)}
        disabled={readOnly}
        onChange={(type) => update({ type: type || undefined })}
      />
      <RolesField roles={actor.roles} disabled={readOnly} onChange={(roles) => update({ roles })} />
      <TextField
        key={`${actor.id}-description`}
        label={t('map.panel.description')}
        value={actor.description ?? ''}
        multiline
        maxLength={mapLimits.description}
        disabled={readOnly}
        onCommit={(description) => update({ description: description || undefined })}
      />
      <TextField
        key={`${actor.id}-skills`}
        label={t('map.panel.actor.skills')}
        hint={t('map.panel.actor.skills.hint')}
        value={actor.skills ?? ''}
        multiline
        maxLength={mapLimits.description}
        disabled={readOnly}
        onCommit={(skills) => update({ skills: skills || undefined })}
      />
      <div className="map-panel-group">
        <h3>{t('map.panel.actor.flowsOut')}</h3>
        <FlowLinks flows={outgoing} empty={t('map.panel.noneYet')} />
        <h3>{t('map.panel.actor.flowsIn')}</h3>
        <FlowLinks flows={incoming} empty={t('map.panel.noneYet')} />
      </div>
      <AddFlowForm key={actor.id} from={actor} />
      <PinnedNotesList target={actor.id} what="actor" />
      {actions && (
        <button
          type="button"
          className="button button-danger button-small"
          onClick={() => requestDelete({ ...nothing, actors: [actor.id] })}
        >
          {t('map.panel.actor.delete')}
        </button>
      )}
    </>
  );
}
