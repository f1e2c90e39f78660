import { compareIds } from '../map/index.js';
import type { Deidentification, EcosystemMap, Sensitivity } from '../map/index.js';
import { count, nameList } from '../analysis/names.js';
import type { NamedActors, Severity } from '../analysis/index.js';
import type { MergedElement } from './mergeAtlas.js';
import { projectOf, type AtlasPlaces } from './types.js';

/** The city rules (docs/SPEC.md T7–T10), in the order findings are listed. */
export const cityRuleIds = ['city-focal-point', 'city-single-source', 'city-personal-data-spread', 'city-silo-project'] as const;
export type CityRuleId = (typeof cityRuleIds)[number];

/**
 * What a city finding's message says, as values, so the atlas view can word the same sentence
 * in its own language (as `findingValues` does for a map's findings). Names are as the atlas
 * spells them.
 */
export type CityFindingValues =
  | { rule: 'city-focal-point'; actor: string; on: number; total: number }
  | { rule: 'city-single-source'; dataset: string; holders: NamedActors; projects: number }
  | {
      rule: 'city-personal-data-spread';
      dataset: string;
      sensitivity: Extract<Sensitivity, 'personal' | 'special-category'>;
      /** Absent: not recorded. */
      deidentification?: Deidentification;
      reach: number;
    }
  | { rule: 'city-silo-project'; project: string };

/**
 * A city finding: the map findings' shape, with a city rule, and the values its message says.
 * Subjects are atlas ids, or project ids for a silo.
 */
export interface CityFinding {
  rule: CityRuleId;
  severity: Severity;
  subjects: string[];
  message: string;
  values: CityFindingValues;
}

/** Thresholds of the rules, named so SPEC and tests say the same. */
export const cityRuleThresholds = {
  /** T7: an actor on the maps of at least this many projects, and of at least a third of the city's. */
  focalProjects: 3,
  /** T8: a dataset held or sent by at least this many actors, on the maps of at least 2 projects. */
  singleSourcePlaces: 3,
  /** T9: personal data (not anonymised or aggregated) reaching at least this many actors. */
  personalReach: 4,
} as const;

/** The city findings of an atlas, in rule order, then by subject id. */
export function cityFindings(map: EcosystemMap, elements: Map<string, MergedElement>, places: AtlasPlaces): CityFinding[] {
  const projectsOf = (id: string) => new Set(elements.get(id)?.sources.map(projectOf));
  const allProjects = new Set([...elements.values()].flatMap((e) => e.sources.map(projectOf)));
  const names = new Map(map.actors.map((a) => [a.id, a.name]));
  const name = (id: string) => names.get(id) || id;
  const findings: CityFinding[] = [];

  // T7 focal point across projects
  const needed = Math.max(cityRuleThresholds.focalProjects, Math.ceil(allProjects.size / 3));
  for (const actor of map.actors) {
    const n = projectsOf(actor.id).size;
    if (n >= needed)
      findings.push({
        rule: 'city-focal-point',
        severity: 'warning',
        subjects: [actor.id],
        message: `${name(actor.id)} is on the maps of ${n} of the city's ${count(allProjects.size, 'project')}: many projects depend on this one organisation`,
        values: { rule: 'city-focal-point', actor: name(actor.id), on: n, total: allProjects.size },
      });
  }

  // T8 single-source candidate; T9 personal data spread
  const senders = new Map<string, Set<string>>();
  const reached = new Map<string, Set<string>>();
  const add = (to: Map<string, Set<string>>, key: string, ...values: string[]) => {
    const set = to.get(key) ?? new Set<string>();
    for (const v of values) set.add(v);
    to.set(key, set);
  };
  for (const f of map.flows) {
    if (f.dataset === undefined) continue;
    add(senders, f.dataset, f.from);
    add(reached, f.dataset, f.from, f.to);
  }
  for (const d of map.datasets) {
    const placesHeld = new Set([...d.heldBy, ...(senders.get(d.id) ?? [])]);
    const projects = projectsOf(d.id).size;
    const holders = [...placesHeld].map(name);
    if (placesHeld.size >= cityRuleThresholds.singleSourcePlaces && projects >= 2)
      findings.push({
        rule: 'city-single-source',
        severity: 'info',
        subjects: [d.id],
        message: `${d.name || d.id} is held or sent by ${count(placesHeld.size, 'organisation')} (${nameList(holders)}) across ${count(projects, 'project')}: a candidate for a single source`,
        values: { rule: 'city-single-source', dataset: d.name || d.id, holders: { count: holders.length, names: holders }, projects },
      });
  }
  for (const d of map.datasets) {
    const personal = d.sensitivity === 'personal' || d.sensitivity === 'special-category';
    const protectedCopy = d.deidentification === 'anonymised' || d.deidentification === 'aggregated';
    const reach = new Set([...d.heldBy, ...(d.steward ? [d.steward] : []), ...(reached.get(d.id) ?? [])]);
    if (personal && !protectedCopy && reach.size >= cityRuleThresholds.personalReach)
      findings.push({
        rule: 'city-personal-data-spread',
        severity: 'warning',
        subjects: [d.id],
        message: `${d.name || d.id} (${d.sensitivity} data, ${d.deidentification ?? 'de-identification not recorded'}) reaches ${count(reach.size, 'organisation')} across the city's maps`,
        values: {
          rule: 'city-personal-data-spread',
          dataset: d.name || d.id,
          sensitivity: d.sensitivity === 'special-category' ? 'special-category' : 'personal',
          ...(d.deidentification && { deidentification: d.deidentification }),
          reach: reach.size,
        },
      });
  }

  // T10 silo projects: no actor shared with another project
  if (allProjects.size >= 2) {
    const shared = new Set<string>();
    for (const e of elements.values()) {
      if (e.kind !== 'actor') continue;
      const ps = new Set(e.sources.map(projectOf));
      if (ps.size > 1) for (const p of ps) shared.add(p);
    }
    for (const project of [...allProjects].sort(compareIds)) {
      if (shared.has(project)) continue;
      const title = places.projects[project] ?? places.boards[project.replace(/^board:/, '')] ?? project;
      findings.push({
        rule: 'city-silo-project',
        severity: 'info',
        subjects: [project],
        message: `${title} shares no organisation with any other project of the city: a silo, or names that differ (see the suggestions)`,
        values: { rule: 'city-silo-project', project: title },
      });
    }
  }
  const bySubject = (a: CityFinding, b: CityFinding) => compareIds(a.subjects[0] ?? '', b.subjects[0] ?? '');
  return cityRuleIds.flatMap((rule) => findings.filter((f) => f.rule === rule).sort(bySubject));
}
