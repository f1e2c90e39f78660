import type { ActorMetrics } from './actorMetrics.js';
import type { Atlas, CityHoldings } from './buildAtlas.js';
import { projectOf, type AtlasSource } from './types.js';

/** An actor as the atlas's first picture needs it: its name, what colours it, where it starts, what sizes it. */
export interface PictureActor {
  id: string;
  name: string;
  type?: string;
  /** The project of its first source (`projectOf`), which places and may colour it; '' when it has none. */
  project: string;
  degree: number;
  betweenness: number;
  projects: number;
}

/**
 * What the atlas view draws first (SPEC T15): each actor with what colours, sizes and places it,
 * and each flow's ends, about an eighth of the whole atlas's bytes. The rest (sources, datasets,
 * findings, register, suggestions) follows once the picture is on screen.
 */
export interface AtlasPicture {
  city: string;
  cityKey: string;
  actors: PictureActor[];
  /**
   * Each flow as `[from, to]`, the places of its ends in `actors`, in the order of the atlas's
   * flows (its map's `flows`, as GET /api/atlas sends them), so a flow's place names it in both
   * answers. A flow's id holds both its ends' ids: sent with them, the flows were 5 of the 6.6 MB
   * of a city of 30,000 flows.
   */
  flows: [from: number, to: number][];
  counts: { datasets: number; maps: number };
  message?: string;
  holdings?: CityHoldings;
}

/** Betweenness to six significant figures: the picture sizes by it, and sixteen digits cost bytes nobody sees. */
function rounded(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(6));
}

/**
 * What a picture is made from: an atlas's parts, as the atlas holds them (`atlasPicture`) or as
 * GET /api/atlas sends them (the view, for details newer than its picture), each actor's first
 * source given by `firstSource`.
 */
export interface PictureParts<A extends { id: string; name: string; type?: string }> {
  city: string;
  cityKey: string;
  map: { actors: readonly A[]; flows: readonly { from: string; to: string }[]; datasets: readonly unknown[] };
  places: { boards: Record<string, string> };
  metrics: Record<string, ActorMetrics>;
  message?: string;
  holdings?: CityHoldings;
}

/** The first picture of an atlas's parts (see `AtlasPicture`). */
export function pictureFrom<A extends { id: string; name: string; type?: string }>(
  parts: PictureParts<A>,
  firstSource: (actor: A) => AtlasSource | undefined,
): AtlasPicture {
  const { map, metrics, message, holdings } = parts;
  const place = new Map(map.actors.map((a, i) => [a.id, i]));
  const actors = map.actors.map((actor): PictureActor => {
    const first = firstSource(actor);
    const m = metrics[actor.id];
    return {
      id: actor.id,
      name: actor.name,
      ...(actor.type ? { type: actor.type } : {}),
      project: first ? projectOf(first) : '',
      degree: m?.degree ?? 0,
      betweenness: rounded(m?.betweenness ?? 0),
      projects: m?.projects ?? 0,
    };
  });
  return {
    city: parts.city,
    cityKey: parts.cityKey,
    actors,
    // The merge keeps no flow whose end is not an actor of the atlas.
    flows: map.flows.map((f) => [place.get(f.from)!, place.get(f.to)!]),
    counts: { datasets: map.datasets.length, maps: Object.keys(parts.places.boards).length },
    ...(message !== undefined ? { message } : {}),
    ...(holdings ? { holdings } : {}),
  };
}

/** The first picture of an atlas (GET /api/atlas/picture). */
export function atlasPicture(atlas: Atlas): AtlasPicture {
  return pictureFrom(atlas, (actor) => (actor.extra?.sources as AtlasSource[] | undefined)?.[0]);
}
