import { useId, useState, type FormEvent } from 'react';
import panelMessages from 'virtual:messages/en/map.panel';
import { flowKinds, type Actor, type FlowKind } from '../../../domain/map/index.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { flowKindKeys } from '../mapVocabulary.js';
import { usePanel } from './PanelContext.js';

addEnglish(panelMessages);

/**
 * Draws a flow from this actor without a pointer: pick where it goes and its kind. (With a
 * pointer, drag from the round handle on the actor's right edge to another actor.)
 */
export function AddFlowForm({ from }: { from: Actor }) {
  const { map, actions, select } = usePanel();
  const id = useId();
  const { t } = useI18n();
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
      <h3>{from.name ? t('map.panel.addFlow.title', { name: from.name }) : t('map.panel.addFlow.titleUnnamed')}</h3>
      {others.length === 0 ? (
        <p className="muted">{t('map.panel.addFlow.noOther')}</p>
      ) : (
        <>
          <div className="map-field">
            <label htmlFor={`${id}-to`}>{t('map.panel.addFlow.to')}</label>
            <select id={`${id}-to`} value={to || others[0]?.id} onChange={(e) => setTo(e.target.value)}>
              {others.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name || t('map.panel.noName')}
                </option>
              ))}
            </select>
          </div>
          <div className="map-field">
            <label htmlFor={`${id}-kind`}>{t('map.panel.flow.kind')}</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as FlowKind)}>
              {flowKinds.map((k) => (
                <option key={k} value={k}>
                  {t(flowKindKeys[k])}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-small">
            {t('map.panel.addFlow.add')}
          </button>
        </>
      )}
    </form>
  );
}
