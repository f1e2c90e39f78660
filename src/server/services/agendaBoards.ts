import type { Board, Workshop } from '../../domain/index.js';
import { controlDocumentKind, isWorkBoard } from '../../domain/index.js';
import { plannedBoards } from '../../domain/facilitation/index.js';
import type { Store } from '../store/Store.js';
import { makeId } from './random.js';

/**
 * Makes the boards the agenda needs and the workshop lacks: one per group for each group
 * activity (or one shared board when there are no groups). Run after the agenda or the groups
 * change; existing boards are never touched, so nothing anyone made is lost.
 */
export async function syncAgendaBoards(store: Store, workshop: Workshop, now: Date): Promise<Board[]> {
  const [groups, boards, projects] = await Promise.all([
    store.listGroups(workshop.id),
    store.listBoards(workshop.id),
    store.listProjects(workshop.id),
  ]);
  const has = (activityId: string, groupId: string | null) => boards.some((b) => b.activityId === activityId && b.groupId === groupId);
  const created: Board[] = [];
  for (const plan of plannedBoards(workshop.agenda, groups)) {
    if (has(plan.activityId, plan.groupId)) continue;
    const board: Board = {
      id: makeId('bd'),
      workshopId: workshop.id,
      kind: plan.kind,
      title: plan.title,
      groupId: plan.groupId,
      projectId: projects[0]?.id ?? null,
      createdAt: new Date(now.getTime() + created.length).toISOString(), // distinct times keep the agenda's order
      activityId: plan.activityId,
    };
    await store.createBoard(board);
    created.push(board);
  }
  return created;
}

/** The workshop's control document (live agenda position, timer, spotlight, voting), made on first need. */
export async function ensureControlDocument(store: Store, workshopId: string, now: Date): Promise<Board> {
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
