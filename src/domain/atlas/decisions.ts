/**
 * A facilitator's decision on a city's atlas (SPEC T4), kept in the store and applied on every
 * rebuild. It names atlas element keys (`actor:<name key>`, `dataset:<name key>`), never a
 * board's element ids, so it outlives the maps it was made on:
 * - `accept`: the two elements `a` and `b` (a suggestion) are one;
 * - `reject`: they stay apart and are not suggested again;
 * - `split`: the source `b` (`<board id>/<element id>`) is taken out of element `a` and stands alone.
 */
export const atlasDecisionKinds = ['accept', 'reject', 'split'] as const;
export type AtlasDecisionKind = (typeof atlasDecisionKinds)[number];

export interface AtlasDecision {
  id: string;
  /** The city's key (cityKey): decisions belong to the city, not to a workshop. */
  cityKey: string;
  kind: AtlasDecisionKind;
  a: string;
  b: string;
  /** The facilitator account that decided; null once that account is deleted. */
  decidedBy: string | null;
  decidedAt: string;
}

/**
 * The pair a decision is stored under: accept and reject are symmetric, so their keys are
 * sorted (deciding on `b, a` replaces the decision on `a, b`); a split keeps its order.
 */
export function decisionPair(kind: AtlasDecisionKind, a: string, b: string): [string, string] {
  return kind === 'split' || a <= b ? [a, b] : [b, a];
}

const article = (kind: 'actor' | 'dataset') => (kind === 'actor' ? 'an actor' : 'a dataset');

/** The kind of element an element key names (`actor:…` or `dataset:…`), or undefined for anything else. */
function elementKind(key: string): 'actor' | 'dataset' | undefined {
  const match = /^(actor|dataset):./su.exec(key);
  return match ? (match[1] as 'actor' | 'dataset') : undefined;
}

/**
 * What is wrong with a decision before it is kept (SPEC T4), or undefined: accept and reject
 * name two different element keys of one kind (an actor never merges with a dataset); a split
 * names an element key and one of its sources, `<board id>/<element id>`. Such a decision would
 * be kept and never applied, so the API refuses it and changes nothing.
 */
export function decisionProblem(kind: AtlasDecisionKind, a: string, b: string): string | undefined {
  const keyHelp = 'an element key as the atlas lists it ("actor:<name key>" or "dataset:<name key>")';
  const kindOfA = elementKind(a);
  if (!kindOfA) return `a: "${a}" is not ${keyHelp}`;
  if (kind === 'split')
    return /^[^/]+\/.+$/su.test(b) ? undefined : `b: a split names the source to take out as "<board id>/<element id>", not "${b}"`;
  const kindOfB = elementKind(b);
  if (!kindOfB) return `b: "${b}" is not ${keyHelp}`;
  if (kindOfA !== kindOfB)
    return `a and b: "${a}" is ${article(kindOfA)} and "${b}" ${article(kindOfB)}; a suggestion is between two actors or two datasets, never one of each`;
  if (a === b) return `a and b: both name "${a}"; a suggestion is between two different elements`;
  return undefined;
}
