import atlasMessages from 'virtual:messages/en/atlas';
import type { ReactNode } from 'react';
import { actorRoles, actorTypes, flowKinds, sensitivities } from '../../domain/map/index.js';
import { addEnglish, translate, useI18n, type MessageKey } from '../i18n/index.js';
import { actorRoleKeys, actorTypeKeys, flowKindKeys } from '../map/mapVocabulary.js';
import { sensitivityKeys } from '../map/mapVocabularyDetails.js';
import { projectOf } from '../../domain/atlas/types.js';
import type { AtlasAnswer, AtlasFilters, ColourBy, SizeMetric } from './atlasData.js';

addEnglish(atlasMessages);

export interface Looks {
  colourBy: ColourBy;
  metric: SizeMetric;
}

function Choice({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="field atlas-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

/** A closed list's values with their names in the current language. */
const named = <T extends string>(values: readonly T[], keys: Record<T, MessageKey>): [string, string][] =>
  values.map((value) => [value, translate(keys[value])]);

const options = (entries: [string, string][]) =>
  entries.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));

/** The projects of the atlas: a board of no project is listed by its board's title. */
function projectOptions(answer: AtlasAnswer | null): [string, string][] {
  if (!answer) return [];
  const seen = new Map<string, string>();
  for (const a of answer.map.actors)
    for (const s of a.sources ?? []) {
      const key = projectOf(s);
      if (!seen.has(key))
        seen.set(key, s.project ? (answer.places.projects[s.project] ?? s.project) : (answer.places.boards[s.board] ?? s.board));
    }
  return [...seen].sort((x, y) => x[1].localeCompare(y[1]));
}

/**
 * Filters (project, workshop, flow kind, sensitivity, type, role) and how the graph is coloured
 * and sized: unavailable until the atlas's details arrive (`answer` null), which they need.
 */
export function AtlasControls({
  answer,
  filters,
  onFilters,
  looks,
  onLooks,
  describedBy,
}: {
  answer: AtlasAnswer | null;
  filters: AtlasFilters;
  onFilters: (f: AtlasFilters) => void;
  looks: Looks;
  onLooks: (l: Looks) => void;
  /** The element that says why the controls wait, while they do. */
  describedBy?: string | undefined;
}) {
  const { t } = useI18n();
  const set = (key: keyof AtlasFilters) => (value: string) => onFilters({ ...filters, [key]: value });
  const any = <option value="">{t('atlas.filter.any')}</option>;
  return (
    <fieldset className="atlas-controls" disabled={!answer} aria-describedby={describedBy}>
      <legend>{t('atlas.filter.show')}</legend>
      <Choice id="atlas-project" label={t('atlas.filter.project')} value={filters.project} onChange={set('project')}>
        {any}
        {options(projectOptions(answer))}
      </Choice>
      <Choice id="atlas-workshop" label={t('atlas.filter.workshop')} value={filters.workshop} onChange={set('workshop')}>
        {any}
        {options(Object.entries(answer?.places.workshops ?? {}))}
      </Choice>
      <Choice id="atlas-flow-kind" label={t('atlas.filter.flowKind')} value={filters.flowKind} onChange={set('flowKind')}>
        {any}
        {options(named(flowKinds, flowKindKeys))}
      </Choice>
      <Choice id="atlas-sensitivity" label={t('atlas.filter.sensitivity')} value={filters.sensitivity} onChange={set('sensitivity')}>
        {any}
        {options(named(sensitivities, sensitivityKeys))}
      </Choice>
      <Choice id="atlas-type" label={t('atlas.filter.type')} value={filters.type} onChange={set('type')}>
        {any}
        {options(named(actorTypes, actorTypeKeys))}
      </Choice>
      <Choice id="atlas-role" label={t('atlas.filter.role')} value={filters.role} onChange={set('role')}>
        {any}
        {options(named(actorRoles, actorRoleKeys))}
      </Choice>
      <Choice
        id="atlas-colour"
        label={t('atlas.looks.colourBy')}
        value={looks.colourBy}
        onChange={(v) => onLooks({ ...looks, colourBy: v as ColourBy })}
      >
        {options([
          ['type', t('atlas.filter.type')],
          ['project', t('atlas.filter.project')],
        ])}
      </Choice>
      <Choice
        id="atlas-size"
        label={t('atlas.looks.sizeBy')}
        value={looks.metric}
        onChange={(v) => onLooks({ ...looks, metric: v as SizeMetric })}
      >
        {options([
          ['degree', t('atlas.metric.degree')],
          ['betweenness', t('atlas.metric.betweenness')],
          ['projects', t('atlas.metric.projects')],
        ])}
      </Choice>
    </fieldset>
  );
}
