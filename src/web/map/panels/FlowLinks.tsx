import panelMessages from 'virtual:messages/en/map.panel';
import type { Flow } from '../../../domain/map/index.js';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { FlowIcon } from '../icons.js';
import { flowKindKeys } from '../mapVocabulary.js';
import { usePanel } from './PanelContext.js';
import { nameOf } from './panelNames.js';

addEnglish(panelMessages);

/** Flows as a list of buttons ("City Council → University, Data: Sensor readings"), each selecting its flow. */
export function FlowLinks({ flows, empty }: { flows: Flow[]; empty: string }) {
  const { map, select, reveal } = usePanel();
  const { t } = useI18n();
  if (flows.length === 0) return <p className="muted">{empty}</p>;
  const datasetName = (id: string | undefined) => map.datasets.find((d) => d.id === id)?.name;
  return (
    <ul className="map-link-list">
      {flows.map((flow) => {
        const what = datasetName(flow.dataset) ?? flow.label;
        const kind = t(flowKindKeys[flow.kind]);
        return (
          <li key={flow.id}>
            <button
              type="button"
              className="map-link-button"
              onClick={() => {
                select([flow.id]);
                reveal(flow.id);
              }}
            >
              <FlowIcon kind={flow.kind} />
              <span>
                {nameOf(map, flow.from)} → {nameOf(map, flow.to)}
                <span className="muted"> · {what ? t('map.panel.kindWhat', { kind, what }) : kind}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
