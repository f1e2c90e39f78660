import { useId, useState, type FormEvent } from 'react';
import { flowKindLabels, flowKinds, type Actor, type FlowKind } from '../../../domain/map/index.js';
import { usePanel } from './PanelContext.js';

/**
 * Draws a flow from this actor without a pointer: pick where it goes and its kind. (With a
 * pointer, drag from the round handle on the actor's right edge to another actor.)
 */
export function AddFlowForm({ from }: { from: Actor }) {
  const { map, actions, select } = usePanel();
  const id = useId();
  const others = map.actors.filter((a) => a.id !== from.id).sort((a, b) => a.name.localeCompare(b.name));
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<FlowKind>('data');
  if (!actions) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = to || others[0]?.id;
    if (!target) return;
    const flowId = actions.addFlow(from.id, target, kind);
    if (flowId) select([flowId]);
  };

  return (
    <form className="map-panel-group map-inline-form" onSubmit={submit}>
      <h3>Draw a flow from {from.name || 'this actor'}</h3>
      {others.length === 0 ? (
        <p className="muted">Add another actor first.</p>
      ) : (
        <>
          <div className="map-field">
            <label htmlFor={`${id}-to`}>To</label>
            <select id={`${id}-to`} value={to || others[0]?.id} onChange={(e) => setTo(e.target.value)}>
              {others.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name || '(no name)'}
                </option>
              ))}
            </select>
          </div>
          <div className="map-field">
            <label htmlFor={`${id}-kind`}>Kind of flow</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as FlowKind)}>
              {flowKinds.map((k) => (
                <option key={k} value={k}>
                  {flowKindLabels[k]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-small">
            Add flow
          </button>
        </>
      )}
    </form>
  );
}
