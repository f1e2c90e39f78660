import type { EcosystemMap } from '../map/index.js';
import type { AtlasDecision } from './decisions.js';
import type { MergedElement } from './mergeAtlas.js';
import { nameKey } from './nameKey.js';

/**
 * A near match the name rules did not merge (SPEC T3): two actors or two datasets that may be
 * one, with the evidence a facilitator weighs before accepting or rejecting it. `a` and `b` are
 * the elements' ids, which are element keys, so a decision can name them.
 */
export interface AtlasSuggestion {
  kind: 'actor' | 'dataset';
  a: string;
  b: string;
  names: [string, string];
  /** 0–1, two decimals: 0.7 × name + 0.2 × shared neighbours + 0.1 × shared datasets. */
  score: number;
  evidence: {
    /** Words of the names both share (after the name rules, without the `minorWords`). */
    sharedWords: string[];
    /** The acronym one name is of the other, if that is why they match. */
    acronym?: string;
    /** Actors both are linked to (actors: by flows; datasets: stewards, holders, ends of their flows). */
    sharedNeighbours: string[];
    /** Datasets both hold, steward or send or receive (actors only). */
    sharedDatasets: string[];
  };
}

/** Words that say little about which organisation or dataset is meant; left out of the word match. */
export const minorWords = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'limited', 'company', 'plc']);
/** A word on more elements than this suggests no pair on its own (it still counts in the score). */
const commonWord = 50;
/** Suggestions from this score up are offered. */
export const suggestionThreshold = 0.35;
/**
 * And only when the names alone score this much: the names share half the words of the shorter
 * one (0.8 × ½ = 0.4 is not enough; ⅔ is), or one is the other's acronym. Neighbours alone never suggest.
 */
export const minimumNameScore = 0.5;
/** At most this many, best first. */
const maxSuggestions = 500;

/**
 * Near-match suggestions between the atlas's actors and between its datasets (scoring in SPEC T3).
 * A pair is never offered when both come from one board (the map drew them apart), when a
 * decision was already made on it, or when it is below the threshold. Candidates share a word
 * that is not too common, or one name is the acronym of the other.
 */
export function suggestMerges(
  map: EcosystemMap,
  elements: Map<string, MergedElement>,
  decisions: readonly AtlasDecision[],
): AtlasSuggestion[] {
  const decided = new Set(decisions.flatMap((d) => [`${d.a}\n${d.b}`, `${d.b}\n${d.a}`]));
  const links = linksOf(map);
  const suggestions: AtlasSuggestion[] = [];
  for (const kind of ['actor', 'dataset'] as const) {
    const list = kind === 'actor' ? map.actors : map.datasets;
    const words = new Map(list.map((e) => [e.id, significantWords(e.name)]));
    const boards = new Map(list.map((e) => [e.id, new Set(elements.get(e.id)?.sources.map((s) => s.board))]));
    for (const [a, b, acronym] of candidatePairs(list, words)) {
      if (decided.has(`${a.id}\n${b.id}`) || shares(boards.get(a.id), boards.get(b.id))) continue;
      const suggestion = scorePair(kind, a, b, words, links, acronym);
      if (suggestion && suggestion.score >= suggestionThreshold) suggestions.push(suggestion);
    }
  }
  suggestions.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  return suggestions.slice(0, maxSuggestions);
}

type Named = { id: string; name: string };

function significantWords(name: string): string[] {
  return [...new Set(nameKey(name).split(' '))].filter((w) => w !== '' && !minorWords.has(w));
}

/** The initials of a name of two words or more ("West Midlands Combined Authority" is "wmca"). */
function acronymOf(words: string[]): string | undefined {
  return words.length >= 2 ? words.map((w) => w[0]).join('') : undefined;
}

function* candidatePairs(list: Named[], words: Map<string, string[]>): Generator<[Named, Named, string | undefined]> {
  const byWord = new Map<string, Named[]>();
  for (const e of list)
    for (const w of words.get(e.id) ?? []) {
      const group = byWord.get(w);
      if (group) group.push(e);
      else byWord.set(w, [e]);
    }
  const seen = new Set<string>();
  const pair = (x: Named, y: Named): [Named, Named] | undefined => {
    if (x.id === y.id) return undefined;
    const [a, b] = x.id < y.id ? [x, y] : [y, x];
    const key = `${a.id}\n${b.id}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    return [a, b];
  };
  for (const group of byWord.values()) {
    if (group.length > commonWord) continue;
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const p = pair(group[i]!, group[j]!);
        if (p) yield [...p, undefined];
      }
  }
  for (const e of list) {
    const acronym = acronymOf(words.get(e.id) ?? []);
    if (acronym === undefined || acronym.length < 2) continue;
    for (const other of byWord.get(acronym) ?? []) {
      if ((words.get(other.id) ?? []).length !== 1) continue;
      const p = pair(e, other);
      if (p) yield [...p, acronym];
    }
  }
}

function scorePair(
  kind: AtlasSuggestion['kind'],
  a: Named,
  b: Named,
  words: Map<string, string[]>,
  links: Links,
  acronym: string | undefined,
): AtlasSuggestion | undefined {
  const wa = words.get(a.id) ?? [];
  const wb = new Set(words.get(b.id) ?? []);
  const sharedWords = wa.filter((w) => wb.has(w));
  const smaller = Math.min(wa.length, wb.size);
  const jaccard = sharedWords.length / (wa.length + wb.size - sharedWords.length || 1);
  const containment = smaller === 0 ? 0 : sharedWords.length / smaller;
  const name = acronym ? 0.9 : Math.max(jaccard, 0.8 * containment);
  if (name < minimumNameScore) return undefined;
  const neighbours = overlap(links.neighbours.get(a.id), links.neighbours.get(b.id));
  const datasets = kind === 'actor' ? overlap(links.datasets.get(a.id), links.datasets.get(b.id)) : { shared: [], ratio: 0 };
  const score = Math.round((0.7 * name + 0.2 * neighbours.ratio + 0.1 * datasets.ratio) * 100) / 100;
  return {
    kind,
    a: a.id,
    b: b.id,
    names: [a.name, b.name],
    score,
    evidence: {
      sharedWords,
      ...(acronym ? { acronym } : {}),
      sharedNeighbours: neighbours.shared,
      sharedDatasets: datasets.shared,
    },
  };
}

/** The shared members of two sets, sorted, and their Jaccard ratio (0 when both are empty). */
function overlap(x: Set<string> | undefined, y: Set<string> | undefined): { shared: string[]; ratio: number } {
  if (!x || !y || x.size === 0 || y.size === 0) return { shared: [], ratio: 0 };
  const shared = [...x].filter((v) => y.has(v)).sort();
  return { shared, ratio: shared.length / (x.size + y.size - shared.length) };
}

function shares(x: Set<string> | undefined, y: Set<string> | undefined): boolean {
  return !!x && !!y && [...x].some((v) => y.has(v));
}

interface Links {
  /** Actor → actors on its flows; dataset → its steward, holders and the ends of its flows. */
  neighbours: Map<string, Set<string>>;
  /** Actor → datasets it stewards, holds, sends or receives. */
  datasets: Map<string, Set<string>>;
}

function linksOf(map: EcosystemMap): Links {
  const neighbours = new Map<string, Set<string>>();
  const datasets = new Map<string, Set<string>>();
  const add = (to: Map<string, Set<string>>, key: string, value: string) => {
    if (key === value) return;
    const set = to.get(key);
    if (set) set.add(value);
    else to.set(key, new Set([value]));
  };
  for (const f of map.flows) {
    add(neighbours, f.from, f.to);
    add(neighbours, f.to, f.from);
    if (f.dataset === undefined) continue;
    for (const end of [f.from, f.to]) {
      add(datasets, end, f.dataset);
      add(neighbours, f.dataset, end);
    }
  }
  for (const d of map.datasets)
    for (const actor of [...d.heldBy, ...(d.steward ? [d.steward] : [])]) {
      add(datasets, actor, d.id);
      add(neighbours, d.id, actor);
    }
  return { neighbours, datasets };
}
