import type { Activity, ActivityKind, BoardKind, Group } from '../workshop.js';

/**
 * Which boards an agenda implies. Group activities (mapping, canvas, reflection) give each
 * group its own board; plenary, presentations and breaks happen in the plenary view and need
 * none. Two mapping activities (two projects, say) give two maps per group, which is why a
 * board is tied to an activity and not just to a kind.
 */
const boardKindByActivity: Record<ActivityKind, BoardKind | null> = {
  plenary: null,
  'ecosystem-mapping': 'ecosystem-map',
  presentations: null,
  'ethics-canvas': 'ethics-canvas',
  break: null,
  reflection: 'reflection',
};

export function boardKindFor(kind: ActivityKind): BoardKind | null {
  return boardKindByActivity[kind];
}

/** One board kind an activity needs, made once per group. In agenda order. */
export interface AgendaBoard {
  activityId: string;
  kind: BoardKind;
  title: string;
}

export function boardsForAgenda(agenda: readonly Activity[]): AgendaBoard[] {
  const out: AgendaBoard[] = [];
  for (const activity of agenda) {
    const kind = boardKindFor(activity.kind);
    if (kind) out.push({ activityId: activity.id, kind, title: activity.title });
  }
  return out;
}

/** A board to create: for one activity and one group (null: shared by everyone). */
export interface PlannedBoard extends AgendaBoard {
  groupId: string | null;
}

/** Board titles are at most 120 characters (the create-board rule); the group name is kept whole. */
function boardTitle(activityTitle: string, groupName: string): string {
  const suffix = ` — ${groupName}`;
  return activityTitle.slice(0, Math.max(1, 120 - suffix.length)) + suffix;
}

/**
 * The boards to create for an agenda and the workshop's groups: each group gets one board per
 * group activity, titled "activity — group". With no groups yet, one shared board per activity,
 * except reflection: a reflection board is private to a group (SPEC A3), so a shared one would
 * be one nobody but the facilitators could open.
 */
export function plannedBoards(agenda: readonly Activity[], groups: readonly Pick<Group, 'id' | 'name' | 'position'>[]): PlannedBoard[] {
  const needed = boardsForAgenda(agenda);
  if (groups.length === 0) return needed.filter((b) => b.kind !== 'reflection').map((b) => ({ ...b, groupId: null }));
  const ordered = [...groups].sort((a, b) => a.position - b.position);
  return needed.flatMap((b) => ordered.map((g) => ({ ...b, title: boardTitle(b.title, g.name), groupId: g.id })));
}
