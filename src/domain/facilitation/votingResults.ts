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
  /** Where or what it is, when the kind alone does not say (a note's kind, a canvas section, a column), in English. */
  detail?: string;
  /** The same detail by stable ids, for words in the person's language (the web's results); with `detail` only. */
  detailId?: VoteDetailId;
}

/**
 * A voted item's detail by stable ids: a canvas note's section, a reflection note's column, a
 * flow's kind, a map note's kind (null: none) and what it is pinned on (an actor by name, a flow
 * by its label or dataset's name, null when it has neither). People's own words (names) as they are.
 */
export type VoteDetailId =
  | { section: string }
  | { column: string }
  | { flowKind: string }
  | { noteKind: string | null; on?: { actor: string } | { flow: string | null } };

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
