import type { VoteCount } from './voting.js';

/**
 * What a dot can land on, whatever the board: one model of voting for every board kind (a
 * round names a board; each item of that board has an id; each person has a budget of dots
 * per round). The item list is read from the board (src/doc/votableItems.ts); a dot on an id
 * that is not an item of the board neither counts nor spends budget.
 */
export const votableKinds = ['actor', 'flow', 'map-note', 'canvas-note', 'reflection-note', 'quick-note'] as const;
export type VotableKind = (typeof votableKinds)[number];

/** Each kind in the user's words, for results and the report. */
export const votableKindLabels: Record<VotableKind, string> = {
  actor: 'Actor',
  flow: 'Flow',
  'map-note': 'Map note',
  'canvas-note': 'Canvas note',
  'reflection-note': 'Reflection note',
  'quick-note': 'Note',
};

export interface VotableItem {
  id: string;
  kind: VotableKind;
  /** What the item says (a note's text, an actor's name, a flow's label or ends). */
  label: string;
  /** Where or what it is, when the kind alone does not say (a note's kind, a canvas section, a column). */
  detail?: string;
}

export interface VoteResult extends VotableItem {
  votes: number;
}

/** "Map note (Issue)", "Actor". */
export function votableKindText(item: Pick<VotableItem, 'kind' | 'detail'>): string {
  const kind = votableKindLabels[item.kind];
  return item.detail ? `${kind} (${item.detail})` : kind;
}

/**
 * The results of a round: the items that got at least one dot, most votes first; equal counts
 * by label then id, so every screen and the report list them alike. Counts on ids that are
 * not items of the board (a deleted note) are left out.
 */
export function rankVotes(items: readonly VotableItem[], counts: readonly VoteCount[]): VoteResult[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const out: VoteResult[] = [];
  for (const { targetId, votes } of counts) {
    const item = byId.get(targetId);
    if (item && votes > 0) out.push({ ...item, votes });
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => b.votes - a.votes || order(a.label, b.label) || order(a.id, b.id));
}
