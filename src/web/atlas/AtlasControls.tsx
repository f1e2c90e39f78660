import type { ReactNode } from 'react';
import {
  actorRoleLabels,
  actorRoles,
  actorTypeLabels,
  actorTypes,
  flowKindLabels,
  flowKinds,
  sensitivities,
  sensitivityLabels,
} from '../../domain/map/index.js';
import type { AtlasAnswer, AtlasFilters, ColourBy, SizeMetric } from './atlasData.js';

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

const options = (entries: [string, string][]) =>
  entries.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));

/** The projects of the atlas: a board of no project is listed by its board's title. */
function projectOptions(answer: AtlasAnswer): [string, string][] {
  const seen = new Map<string, string>();
  for (const a of answer.map.actors)
    for (const s of a.sources ?? []) {
      const key = s.project ?? `board:${s.board}`;
      if (!seen.has(key))
        seen.set(key, s.project ? (answer.places.projects[s.project] ?? s.project) : (answer.places.boards[s.board] ?? s.board));
    }
  return [...seen].sort((x, y) => x[1].localeCompare(y[1]));
}

/** Filters (project, workshop, flow kind, sensitivity, type, role) and how the graph is coloured and sized. */
export function AtlasControls({
  answer,
  filters,
  onFilters,
  looks,
  onLooks,
}: {
  answer: AtlasAnswer;
  filters: AtlasFilters;
  onFilters: (f: AtlasFilters) => void;
  looks: Looks;
  onLooks: (l: Looks) => void;
}) {
  const set = (key: keyof AtlasFilters) => (value: string) => onFilters({ ...filters, [key]: value });
  const any = <option value="">Any</option>;
  return (
    <fieldset className="atlas-controls">
      <legend>Show</legend>
      <Choice id="atlas-project" label="Project" value={filters.project} onChange={set('project')}>
        {any}
        {options(projectOptions(answer))}
      </Choice>
      <Choice id="atlas-workshop" label="Workshop" value={filters.workshop} onChange={set('workshop')}>
        {any}
        {options(Object.entries(answer.places.workshops))}
      </Choice>
      <Choice id="atlas-flow-kind" label="Flow kind" value={filters.flowKind} onChange={set('flowKind')}>
        {any}
        {options(flowKinds.map((k) => [k, flowKindLabels[k]]))}
      </Choice>
      <Choice id="atlas-sensitivity" label="Dataset sensitivity" value={filters.sensitivity} onChange={set('sensitivity')}>
        {any}
        {options(sensitivities.map((k) => [k, sensitivityLabels[k]]))}
      </Choice>
      <Choice id="atlas-type" label="Actor type" value={filters.type} onChange={set('type')}>
        {any}
        {options(actorTypes.map((k) => [k, actorTypeLabels[k]]))}
      </Choice>
      <Choice id="atlas-role" label="Role" value={filters.role} onChange={set('role')}>
        {any}
        {options(actorRoles.map((k) => [k, actorRoleLabels[k]]))}
      </Choice>
      <Choice id="atlas-colour" label="Colour by" value={looks.colourBy} onChange={(v) => onLooks({ ...looks, colourBy: v as ColourBy })}>
        {options([
          ['type', 'Actor type'],
          ['project', 'Project'],
        ])}
      </Choice>
      <Choice id="atlas-size" label="Size by" value={looks.metric} onChange={(v) => onLooks({ ...looks, metric: v as SizeMetric })}>
        {options([
          ['degree', 'Degree'],
          ['betweenness', 'Betweenness'],
          ['projects', 'Projects'],
        ])}
      </Choice>
    </fieldset>
  );
}
