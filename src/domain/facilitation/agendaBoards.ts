import type { Activity, ActivityKind, BoardKind, Group, Project } from '../workshop.js';
import { groupProjectId } from './projectSpread.js';

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

/** A board to create: for one activity, one group (null: shared by everyone) and one project (null: the workshop has none). */
export interface PlannedBoard extends AgendaBoard {
  groupId: string | null;
  projectId: string | null;
}

/**
 * Board titles are at most 120 characters (the create-board rule): "activity — project — group".
 * The group name is kept whole, then the project's, and the activity's is cut to fit.
 */
function boardTitle(activityTitle: string, projectTitle: string | null, groupName: string | null): string {
  const group = groupName === null ? '' : ` — ${groupName}`;
  const project = projectTitle === null ? '' : ` — ${projectTitle.slice(0, Math.max(1, 120 - group.length - 4))}`;
  const suffix = project + group;
  return activityTitle.slice(0, Math.max(1, 120 - suffix.length)) + suffix;
}

type PlanGroup = Pick<Group, 'id' | 'name' | 'position'> & { projectId?: string | null };

/**
 * The boards to create for an agenda, the workshop's groups and its projects: each group gets
 * one board per group activity, for the project it works on (groupProjectId). With no groups
 * yet, one shared board per activity and project, except reflection: a reflection board is
 * private to a group (SPEC A3), so a shared one would be one nobody but the facilitators could
 * open. Titles name the project when the workshop has two or more ("activity — project —
 * group"); with one, every board is that project's and the title stays "activity — group".
 */
export function plannedBoards(
  agenda: readonly Activity[],
  groups: readonly PlanGroup[],
  projects: readonly Pick<Project, 'id' | 'title'>[] = [],
): PlannedBoard[] {
  const needed = boardsForAgenda(agenda);
  const named = projects.length >= 2;
  const titleOf = (projectId: string | null) => (named ? (projects.find((p) => p.id === projectId)?.title ?? null) : null);
  if (groups.length === 0) {
    const each = projects.length === 0 ? [null] : projects.map((p) => p.id);
    return needed
      .filter((b) => b.kind !== 'reflection')
      .flatMap((b) =>
        each.map((projectId) => ({
          ...b,
          title: named ? boardTitle(b.title, titleOf(projectId), null) : b.title,
          groupId: null,
          projectId,
        })),
      );
  }
  const ordered = [...groups].sort((a, b) => a.position - b.position);
  return needed.flatMap((b) =>
    ordered.map((g) => {
      const projectId = groupProjectId({ projectId: g.projectId ?? null }, projects);
      return { ...b, title: boardTitle(b.title, titleOf(projectId), g.name), groupId: g.id, projectId };
    }),
  );
}
