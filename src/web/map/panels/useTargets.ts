import { useMemo } from 'react';
import { flowKindLabels } from '../../../domain/map/index.js';
import { nameOf, usePanel } from './PanelContext.js';

export interface Target {
  value: string;
  label: string;
  kind: 'actor' | 'flow' | 'dataset';
}

/** What a note can be pinned to, in words: actors by name, flows by their ends, datasets by name. */
export function useTargets(): Target[] {
  const { map } = usePanel();
  return useMemo(() => {
    const byLabel = (a: Target, b: Target) => a.label.localeCompare(b.label);
    const actors = map.actors.map((a) => ({ value: a.id, label: `Actor: ${a.name || '(no name)'}`, kind: 'actor' as const }));
    const flows = map.flows.map((f) => ({
      value: f.id,
      label: `Flow: ${nameOf(map, f.from)} → ${nameOf(map, f.to)} (${flowKindLabels[f.kind]})`,
      kind: 'flow' as const,
    }));
    const datasets = map.datasets.map((d) => ({ value: d.id, label: `Dataset: ${d.name || '(no name)'}`, kind: 'dataset' as const }));
    return [...actors.sort(byLabel), ...flows.sort(byLabel), ...datasets.sort(byLabel)];
  }, [map]);
}
