import panelMessages from 'virtual:messages/en/map.panel';
import { useMemo } from 'react';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { flowKindKeys } from '../mapVocabulary.js';
import { usePanel } from './PanelContext.js';
import { nameOf } from './panelNames.js';

addEnglish(panelMessages);

export interface Target {
  value: string;
  label: string;
  kind: 'actor' | 'flow' | 'dataset';
}

/** What a note can be pinned to, in words: actors by name, flows by their ends, datasets by name (in the interface's language). */
export function useTargets(): Target[] {
  const { map } = usePanel();
  const { t, locale } = useI18n();
  return useMemo(() => {
    const byLabel = (a: Target, b: Target) => a.label.localeCompare(b.label);
    const noName = t('map.panel.noName');
    const actors = map.actors.map((a) => ({
      value: a.id,
      label: t('map.panel.target.actor', { name: a.name || noName }),
      kind: 'actor' as const,
    }));
    const flows = map.flows.map((f) => ({
      value: f.id,
      label: t('map.panel.target.flow', { from: nameOf(map, f.from), to: nameOf(map, f.to), kind: t(flowKindKeys[f.kind]) }),
      kind: 'flow' as const,
    }));
    const datasets = map.datasets.map((d) => ({
      value: d.id,
      label: t('map.panel.target.dataset', { name: d.name || noName }),
      kind: 'dataset' as const,
    }));
    return [...actors.sort(byLabel), ...flows.sort(byLabel), ...datasets.sort(byLabel)];
    // The words change with the language: `locale` is what says so.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, locale, t]);
}
