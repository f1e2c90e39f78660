/**
 * The city atlas as GET /api/atlas/picture and GET /api/atlas answer it (docs/api.md), and the
 * pure work the view does on them: which actors and flows a set of filters keeps, an actor's
 * neighbourhood, a dataset's trail. No React and no sigma here, so it is the same for the page,
 * the bench and the tests.
 */
import type {
  ActorMetrics,
  AtlasDecision,
  AtlasPicture,
  AtlasSource,
  AtlasSuggestion,
  CityFindingValues,
  CityHoldings,
  PictureActor,
  RegisterEntry,
} from '../../domain/atlas/index.js';
// The modules themselves, not the atlas's index: the web takes two functions, not the atlas's builders.
import { pictureFrom } from '../../domain/atlas/atlasPicture.js';
import { projectOf } from '../../domain/atlas/types.js';

/** The parts of the answers the domain defines, as the API sends them. */
export type { AtlasDecision, AtlasSource, AtlasSuggestion, PictureActor };

/** A map board the atlas could not read: named, left out. */
export interface LeftOutMap {
  workshop: string;
  board: string;
  title: string;
  reason: string;
}

/** What the view draws first (SPEC T15), with what was left out and the version it was built from. */
export interface AtlasPictureAnswer extends AtlasPicture {
  leftOut: LeftOutMap[];
  version: string;
}
export type AtlasMetrics = ActorMetrics;
export type AtlasRegisterEntry = RegisterEntry;

export interface AtlasActor {
  id: string;
  name: string;
  type?: string;
  roles: string[];
  sources?: AtlasSource[];
}

export interface AtlasDataset {
  id: string;
  name: string;
  sensitivity?: string;
  steward?: string;
  heldBy?: string[];
  sources?: AtlasSource[];
}

export interface AtlasFlow {
  id: string;
  from: string;
  to: string;
  kind: string;
  dataset?: string;
  label?: string;
  sources?: AtlasSource[];
}

export interface AtlasAnswer {
  city: string;
  cityKey: string;
  map: { title: string; actors: AtlasActor[]; datasets: AtlasDataset[]; flows: AtlasFlow[] };
  places: { workshops: Record<string, string>; projects: Record<string, string>; boards: Record<string, string> };
  metrics: Record<string, AtlasMetrics>;
  findings: AtlasFinding[];
  suggestions: AtlasSuggestion[];
  staleDecisions: AtlasDecision[];
  decisions?: AtlasDecision[];
  register: AtlasRegisterEntry[];
  mergedKeys: Record<string, string[]>;
  leftOut: LeftOutMap[];
  /** The version of what it was built from: its picture's when both were built together. */
  version: string;
  /** Set when the atlas is empty: how to fill it, in English, and what the city holds (for the view's own words). */
  message?: string;
  holdings?: CityHoldings;
}

/** A city finding (SPEC T7–T10): its English message, and the values it says, to word it in the interface's language. */
export interface AtlasFinding {
  rule: string;
  severity: string;
  subjects: string[];
  message: string;
  values?: CityFindingValues;
}

/** What the view narrows the atlas to: '' means "any". */
export interface AtlasFilters {
  project: string;
  workshop: string;
  flowKind: string;
  sensitivity: string;
  type: string;
  role: string;
}

export const noFilters: AtlasFilters = { project: '', workshop: '', flowKind: '', sensitivity: '', type: '', role: '' };

export type SizeMetric = keyof AtlasMetrics;
export type ColourBy = 'type' | 'project';

function fromSources(sources: AtlasSource[] | undefined, f: AtlasFilters): boolean {
  if (!f.project && !f.workshop) return true;
  return (sources ?? []).some((s) => (!f.project || projectOf(s) === f.project) && (!f.workshop || s.workshop === f.workshop));
}

/** What the view shows: actors by id, flows by `flowKey`. */
export interface Visible {
  actors: Set<string>;
  flows: Set<string>;
}

/**
 * A flow's key in the view (and the graph's edge key): its place in the atlas's flows, the same
 * in the picture and in the details built with it (their `version`).
 */
export function flowKey(index: number): string {
  return String(index);
}

/**
 * The actors and flows the filters keep. Project and workshop keep what came from them; type
 * and role narrow the actors; a flow kind or a dataset sensitivity keeps the flows of that kind
 * or carrying such a dataset, and then only the actors at their ends.
 */
export function visibleElements(answer: AtlasAnswer, f: AtlasFilters): Visible {
  const { actors, flows, datasets } = answer.map;
  const sensitivity = new Map(datasets.map((d) => [d.id, d.sensitivity ?? '']));
  const keptActors = new Set(
    actors
      .filter((a) => fromSources(a.sources, f) && (!f.type || a.type === f.type) && (!f.role || a.roles.includes(f.role)))
      .map((a) => a.id),
  );
  const keptFlows = new Set<string>();
  const ends = new Set<string>();
  flows.forEach((flow, i) => {
    if (!keptActors.has(flow.from) || !keptActors.has(flow.to) || !fromSources(flow.sources, f)) return;
    if (f.flowKind && flow.kind !== f.flowKind) return;
    if (f.sensitivity && (!flow.dataset || sensitivity.get(flow.dataset) !== f.sensitivity)) return;
    keptFlows.add(flowKey(i));
    ends.add(flow.from).add(flow.to);
  });
  const byFlows = f.flowKind !== '' || f.sensitivity !== '';
  return { actors: byFlows ? ends : keptActors, flows: keptFlows };
}

/**
 * The picture of an atlas made from its details, as GET /api/atlas/picture answers it for the
 * same version: what the view shows when details newer than its picture arrive.
 */
export function pictureOf(answer: AtlasAnswer): AtlasPictureAnswer {
  return { ...pictureFrom(answer, (actor) => actor.sources?.[0]), leftOut: answer.leftOut, version: answer.version };
}

/** Everything the atlas holds: what the view shows with no filter set. */
export function everything(picture: AtlasPicture): Visible {
  return { actors: new Set(picture.actors.map((a) => a.id)), flows: new Set(picture.flows.map((_f, i) => flowKey(i))) };
}

/** The actors up to `steps` flows away from `actor` (either way), through the visible flows. */
export function neighbourhood(picture: AtlasPicture, visible: Visible, actor: string, steps: number): Set<string> {
  const links = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = links.get(a);
    if (list) list.push(b);
    else links.set(a, [b]);
  };
  const { actors } = picture;
  picture.flows.forEach(([from, to], i) => {
    if (!visible.flows.has(flowKey(i))) return;
    link(actors[from]!.id, actors[to]!.id);
    link(actors[to]!.id, actors[from]!.id);
  });
  const reached = new Set([actor]);
  let edge = [actor];
  for (let i = 0; i < steps && edge.length; i++) {
    const next: string[] = [];
    for (const a of edge)
      for (const b of links.get(a) ?? []) {
        if (reached.has(b)) continue;
        next.push(b);
        reached.add(b);
      }
    edge = next;
  }
  return reached;
}

/** Every flow that carries the dataset, across projects, and the actors at their ends or holding it. */
export function datasetTrail(answer: AtlasAnswer, dataset: string): Visible {
  const d = answer.map.datasets.find((x) => x.id === dataset);
  const actors = new Set([...(d?.heldBy ?? []), ...(d?.steward ? [d.steward] : [])]);
  const flows = new Set<string>();
  answer.map.flows.forEach((f, i) => {
    if (f.dataset !== dataset) return;
    flows.add(flowKey(i));
    actors.add(f.from).add(f.to);
  });
  return { actors, flows };
}

/** Actors whose name holds every word typed (case aside). */
export function searchActors<A extends { name: string }>(actors: readonly A[], text: string): A[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return actors.filter((a) => {
    const name = a.name.toLowerCase();
    return words.every((w) => name.includes(w));
  });
}

/** Colours that stay apart on white (Tableau 10, darkened where needed for contrast). */
export const palette = ['#1f5f99', '#c45a00', '#2a7a2a', '#b3262a', '#6b4c9a', '#7a4f3a', '#b0408a', '#555555', '#7a7a00', '#167a8a'];

/** A stable colour per value, in the order the values are listed. */
export function colourIndex(values: readonly string[]): Map<string, string> {
  return new Map(values.map((v, i) => [v, palette[i % palette.length]!]));
}

/** The value an actor is coloured by. */
export function colourKey(actor: PictureActor, by: ColourBy): string {
  if (by === 'type') return actor.type ?? 'unknown';
  return actor.project || 'unknown';
}

/** A node size from a metric, 3–15 pixels, by the square root of its share of the largest. */
export function sizeFor(value: number, largest: number): number {
  return largest > 0 ? 3 + 12 * Math.sqrt(value / largest) : 4;
}
