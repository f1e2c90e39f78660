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
