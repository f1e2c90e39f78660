import type { Board, Workshop } from '../../domain/index.js';
import { controlDocumentKind, isWorkBoard } from '../../domain/index.js';
import { plannedBoards, type PlannedBoard } from '../../domain/facilitation/index.js';
import type { WorkshopRecords } from '../store/Store.js';
import { makeId } from './random.js';

/**
 * Makes the boards the agenda needs and the workshop lacks: one per group for each group
 * activity, for the group's project (or one shared board per project when there are no
 * groups). Run after the agenda, the groups, the projects or a group's project change;
 * existing boards are never touched or reassigned, so nothing anyone made is lost.
 */
export async function syncAgendaBoards(store: WorkshopRecords, workshop: Workshop, now: Date): Promise<Board[]> {
  const [groups, boards, projects] = await Promise.all([
    store.listGroups(workshop.id),
    store.listBoards(workshop.id),
    store.listProjects(workshop.id),
  ]);
  // A board with no project was made when the workshop had at most one: it counts as the first's.
  const projectOf = (b: { projectId: string | null }) => b.projectId ?? projects[0]?.id ?? null;
  const has = (plan: PlannedBoard) =>
    boards.some((b) => b.activityId === plan.activityId && b.groupId === plan.groupId && projectOf(b) === projectOf(plan));
  const created: Board[] = [];
  for (const plan of plannedBoards(workshop.agenda, groups, projects)) {
    if (has(plan)) continue;
    const board: Board = {
      id: makeId('bd'),
      workshopId: workshop.id,
      kind: plan.kind,
      title: plan.title,
      groupId: plan.groupId,
      projectId: plan.projectId,
      createdAt: new Date(now.getTime() + created.length).toISOString(), // distinct times keep the agenda's order
      activityId: plan.activityId,
    };
    await store.createBoard(board);
    created.push(board);
  }
  return created;
}

/** The workshop's control document (live agenda position, timer, spotlight, voting), made on first need. */
export async function ensureControlDocument(store: WorkshopRecords, workshopId: string, now: Date): Promise<Board> {
  const existing = (await store.listBoards(workshopId)).find((b) => !isWorkBoard(b));
  if (existing) return existing;
  const control: Board = {
    id: makeId('ctl'),
    workshopId,
    kind: controlDocumentKind,
    title: 'Workshop control',
    groupId: null,
    projectId: null,
    createdAt: now.toISOString(),
    activityId: null,
  };
  await store.createBoard(control);
  return control;
}
