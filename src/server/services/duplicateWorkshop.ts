import type { Board, Group, Project, Workshop } from '../../domain/index.js';
import { isWorkBoard } from '../../domain/index.js';
import type { Store } from '../store/Store.js';
import { ensureControlDocument, syncAgendaBoards } from './agendaBoards.js';
import { storedStateUpdate } from './boardDoc.js';
import { createRoleInvites } from './createWorkshop.js';
import { makeId } from './random.js';

export interface DuplicateOptions {
  title: string;
  ownerId: string;
  /** Copy each board's stored document (never a reflection board's: private to the old groups). */
  includeBoardContents: boolean;
  log: (line: string) => void;
}

/**
 * Makes a new workshop from an existing one, as the start of the next city's (issue 13): its
 * description, meeting link, language, agenda, projects, groups (with their projects) and boards, with
 * new invites, owned by `ownerId`. Participants, invites, sessions and the control document's
 * live state (rounds, spotlight, timer) are never copied: the copy starts fresh (SPEC P7).
 */
export async function duplicateWorkshop(store: Store, source: Workshop, options: DuplicateOptions, now: Date): Promise<Workshop> {
  const [projects, groups, boards] = await Promise.all([
    store.listProjects(source.id),
    store.listGroups(source.id),
    store.listBoards(source.id),
  ]);
  const createdAt = now.toISOString();
  const workshop: Workshop = {
    id: makeId('ws'),
    title: options.title,
    description: source.description,
    meetingLink: source.meetingLink,
    ownerId: options.ownerId,
    agenda: structuredClone(source.agenda),
    createdAt,
    // The language the facilitator set (SPEC F6) is a setting like the meeting link: it comes across.
    ...(source.language ? { language: source.language } : {}),
  };
  await store.createWorkshop(workshop);
  const projectIds = new Map<string, string>();
  for (const p of projects) {
    const project: Project = { id: makeId('pr'), workshopId: workshop.id, title: p.title };
    await store.createProject(project);
    projectIds.set(p.id, project.id);
  }
  const newProject = (id: string | null) => (id === null ? null : (projectIds.get(id) ?? null));
  const groupIds = new Map<string, string>();
  for (const g of groups) {
    const group: Group = {
      id: makeId('gr'),
      workshopId: workshop.id,
      name: g.name,
      position: g.position,
      projectId: newProject(g.projectId),
    };
    await store.createGroup(group);
    groupIds.set(g.id, group.id);
  }
  // Every work board comes across with its title, kind, activity, group and project (unlocked),
  // in its order; the agenda's own service then adds any board the agenda needs and lacks.
  const copies: { from: Board; to: Board }[] = [];
  for (const [index, from] of boards.filter(isWorkBoard).entries()) {
    const to: Board = {
      id: makeId('bd'),
      workshopId: workshop.id,
      kind: from.kind,
      title: from.title,
      groupId: from.groupId === null ? null : (groupIds.get(from.groupId) ?? null),
      projectId: newProject(from.projectId),
      createdAt: new Date(now.getTime() + index).toISOString(),
      activityId: from.activityId ?? null,
    };
    await store.createBoard(to);
    copies.push({ from, to });
  }
  await syncAgendaBoards(store, workshop, new Date(now.getTime() + copies.length));
  await ensureControlDocument(store, workshop.id, now);
  if (options.includeBoardContents) {
    for (const { from, to } of copies) {
      if (from.kind === 'reflection') continue;
      const update = storedStateUpdate(await store.loadBoardState(from.id), (what, e) =>
        options.log(`board ${from.id}: skipped unreadable ${what} while duplicating: ${e.message}`),
      );
      if (update) await store.appendUpdates(to.id, [update]);
    }
  }
  await createRoleInvites(store, workshop.id, createdAt);
  return workshop;
}
