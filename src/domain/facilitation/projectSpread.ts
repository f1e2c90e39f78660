import type { Group, Project } from '../workshop.js';

/**
 * Which project each group works on (DESIGN: "each group works on a project, chosen by the
 * facilitator, or spread automatically"). Spreading is round-robin in the order groups and
 * projects are listed, so with as many groups as projects each project gets one group, and
 * with more groups the counts per project differ by at most one.
 */

/** The project of the group at `position` (0-based) when groups are spread over `projectIds`; null with no projects. */
export function spreadProject(position: number, projectIds: readonly string[]): string | null {
  if (projectIds.length === 0) return null;
  return projectIds[((position % projectIds.length) + projectIds.length) % projectIds.length] ?? null;
}

/** Every group's project, spread round-robin in position order. Returns group id → project id (null: no projects). */
export function spreadProjects(
  groups: readonly Pick<Group, 'id' | 'position'>[],
  projectIds: readonly string[],
): Map<string, string | null> {
  const ordered = [...groups].sort((a, b) => a.position - b.position);
  return new Map(ordered.map((g, index) => [g.id, spreadProject(index, projectIds)]));
}

/**
 * The project a new group takes: the one fewest groups work on now, the earlier project on a
 * tie, so adding groups one at a time spreads them as `spreadProjects` would.
 */
export function projectForNewGroup(groups: readonly Pick<Group, 'projectId'>[], projectIds: readonly string[]): string | null {
  let best: string | null = null;
  let fewest = Infinity;
  for (const id of projectIds) {
    const count = groups.filter((g) => g.projectId === id).length;
    if (count < fewest) {
      best = id;
      fewest = count;
    }
  }
  return best;
}

/**
 * The project a group works on: its own when it names one of the workshop's projects, else the
 * workshop's first (groups made before projects could be chosen worked on the first, which is
 * where their boards were put), else null.
 */
export function groupProjectId(group: Pick<Group, 'projectId'>, projects: readonly Pick<Project, 'id'>[]): string | null {
  if (group.projectId !== null && projects.some((p) => p.id === group.projectId)) return group.projectId;
  return projects[0]?.id ?? null;
}

/** Project titles are compared as people read them: case, accents' forms and spacing aside. */
export function projectTitleKey(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** The first title that repeats an earlier one (as `projectTitleKey` compares them), or null. */
export function repeatedProjectTitle(titles: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const title of titles) {
    const key = projectTitleKey(title);
    if (seen.has(key)) return title;
    seen.add(key);
  }
  return null;
}
