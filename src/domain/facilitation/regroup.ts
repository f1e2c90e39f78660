import type { Group } from '../workshop.js';

/**
 * Regrouping a workshop that is under way. `assignGroups` decides who is together; which
 * existing group each new set of people becomes is free, since group numbers mean nothing to
 * the spread. A group's boards stay with the group, so the choice decides who loses the map
 * they were building: each set is matched to the existing group it shares most people with,
 * so as few people as possible move (a greedy matching, largest overlap first: within one of
 * the best possible on the small numbers of a workshop, and simple to read).
 */

/** One group of a regroup: an existing group (`groupId`) or a new one (null), and who will be in it. */
export interface RegroupTarget {
  groupId: string | null;
  participantIds: string[];
}

/** A person who changes group; `from` null: they had none. */
export interface RegroupMove {
  participantId: string;
  from: string | null;
  to: string | null;
}

/**
 * Matches each set of `split` to an existing group or to a new one. `groups` are the
 * workshop's groups; `currentGroupOf` says where each person is now. Sets that share nobody
 * with any group take the remaining groups in position order; sets left over once every group
 * is taken become new groups (groupId null), in order.
 */
export function matchRegroup(
  split: readonly (readonly string[])[],
  groups: readonly Pick<Group, 'id' | 'position'>[],
  currentGroupOf: ReadonlyMap<string, string | null>,
): RegroupTarget[] {
  const ordered = [...groups].sort((a, b) => a.position - b.position);
  const rank = new Map(ordered.map((g, i) => [g.id, i]));
  const pairs: { set: number; groupId: string; overlap: number }[] = [];
  split.forEach((ids, set) => {
    const counts = new Map<string, number>();
    for (const id of ids) {
      const now = currentGroupOf.get(id);
      if (now != null && rank.has(now)) counts.set(now, (counts.get(now) ?? 0) + 1);
    }
    for (const [groupId, overlap] of counts) pairs.push({ set, groupId, overlap });
  });
  // Largest overlap first; ties go to the earlier group, then the earlier set, so the answer is deterministic.
  pairs.sort((a, b) => b.overlap - a.overlap || (rank.get(a.groupId) ?? 0) - (rank.get(b.groupId) ?? 0) || a.set - b.set);
  const chosen = new Map<number, string>();
  const taken = new Set<string>();
  for (const pair of pairs) {
    if (chosen.has(pair.set) || taken.has(pair.groupId)) continue;
    chosen.set(pair.set, pair.groupId);
    taken.add(pair.groupId);
  }
  const free = ordered.filter((g) => !taken.has(g.id));
  return split.map((ids, set) => {
    const groupId = chosen.get(set) ?? free.shift()?.id ?? null;
    return { groupId, participantIds: [...ids] };
  });
}

/**
 * Who changes group if `targets` are applied. A new group (groupId null) is a change for
 * everyone put in it. In the order of `targets`.
 */
export function regroupMoves(targets: readonly RegroupTarget[], currentGroupOf: ReadonlyMap<string, string | null>): RegroupMove[] {
  const moves: RegroupMove[] = [];
  for (const target of targets) {
    for (const participantId of target.participantIds) {
      const from = currentGroupOf.get(participantId) ?? null;
      if (target.groupId === null || from !== target.groupId) moves.push({ participantId, from, to: target.groupId });
    }
  }
  return moves;
}
