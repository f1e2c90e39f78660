import { actorTypeLabels, actorTypes, mapLimits, type Actor } from '../../../domain/map/index.js';
import { TypeIcon } from '../icons.js';
import { AddFlowForm } from './AddFlowForm.js';
import { choices, SelectField, TextField } from './fields.js';
import { FlowLinks } from './FlowLinks.js';
import { nothing, usePanel } from './PanelContext.js';
import { PinnedNotesList } from './PinnedNotesList.js';
import { RolesField } from './RolesField.js';

/** One actor: name, organisation type, roles, description, skills; its flows and notes. */
export function ActorPanel({ actor }: { actor: Actor }) {
  const { map, actions, requestDelete } = usePanel();
  const readOnly = !actions;
  const update = (patch: Parameters<NonNullable<typeof actions>['updateActor']>[1]) => actions?.updateActor(actor.id, patch);
  const outgoing = map.flows.filter((f) => f.from === actor.id);
  const incoming = map.flows.filter((f) => f.to === actor.id && f.from !== actor.id);

  return (
    <>
      <p className="map-panel-kicker">
        <TypeIcon type={actor.type} size={18} /> Actor
      </p>
      <h2 className="map-panel-title">{actor.name || '(no name)'}</h2>
      <TextField
        key={`${actor.id}-name`}
        label="Name"
        value={actor.name}
        required
        maxLength={mapLimits.name}
        disabled={readOnly}
        onCommit={(name) => update({ name })}
      />
      <SelectField
        label="Organisation type"
        value={actor.type ?? ''}
        options={choices(actorTypes, actorTypeLabels)}
        disabled={readOnly}
        onChange={(type) => update({ type: type || undefined })}
      />
      <RolesField roles={actor.roles} disabled={readOnly} onChange={(roles) => update({ roles })} />
      <TextField
        key={`${actor.id}-description`}
        label="Description"
        value={actor.description ?? ''}
        multiline
        maxLength={mapLimits.description}
        disabled={readOnly}
        onCommit={(description) => update({ description: description || undefined })}
      />
      <TextField
        key={`${actor.id}-skills`}
        label="Skills and capacity"
        hint="What this actor can do with data, and what it lacks."
        value={actor.skills ?? ''}
        multiline
        maxLength={mapLimits.description}
        disabled={readOnly}
        onCommit={(skills) => update({ skills: skills || undefined })}
      />
      <div className="map-panel-group">
        <h3>Flows out</h3>
        <FlowLinks flows={outgoing} empty="None yet." />
        <h3>Flows in</h3>
        <FlowLinks flows={incoming} empty="None yet." />
      </div>
      <AddFlowForm key={actor.id} from={actor} />
      <PinnedNotesList target={actor.id} what="actor" />
      {actions && (
        <button
          type="button"
          className="button button-danger button-small"
          onClick={() => requestDelete({ ...nothing, actors: [actor.id] })}
        >
          Delete this actor
        </button>
      )}
    </>
  );
}
