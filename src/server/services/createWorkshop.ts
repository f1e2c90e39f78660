import type { Activity, Board, BoardKind, Group, Invite, Project, Role, Workshop, WorkshopLanguage } from '../../domain/index.js';
import { withCity, withLanguage } from '../../domain/index.js';
import type { WorkshopRecords } from '../store/Store.js';
import { repeatedProjectTitle, spreadProject } from '../../domain/facilitation/index.js';
import { AppError } from '../../shared/index.js';
import { boardKindNameIn } from '../i18n/createdWords.js';
import { ensureControlDocument, syncAgendaBoards } from './agendaBoards.js';
import { makeId, makeInviteCode } from './random.js';

export interface NewWorkshop {
  title: string;
  description: string;
  meetingLink: string | null;
  /** The city it belongs to (SPEC T1); null or blank: none. */
  city?: string | null;
  ownerId: string | null;
  groups: string[];
  projects: string[];
  /**
   * Board kinds made for each group when the agenda asks for no boards of its own; with no
   * groups, one shared board of each kind (not reflection). An agenda with group activities
   * (mapping, canvas, reflection) gets its boards from the agenda instead.
   */
  boardsPerGroup: BoardKind[];
  agenda?: Activity[];
  /** The language its pages open in for people who have not chosen one (SPEC F6); null or absent: not set. */
  language?: WorkshopLanguage | null;
  /** The language the boards' first titles are in ("Ökosystemkarte — Gruppe 1"); absent: `language`, else English. */
  textLanguage?: WorkshopLanguage;
}

export interface CreatedWorkshop {
  workshop: Workshop;
  groups: Group[];
  projects: Project[];
  boards: Board[];
  invites: Record<Role, Invite>;
}

/**
 * Creates a workshop with its projects, its groups (projects spread over them in turn), the
 * boards each group needs for its project, and one invite per role. Refuses two projects of
 * the same name (PROJECT_NAME_TAKEN) before creating anything.
 */
export async function createWorkshop(store: WorkshopRecords, input: NewWorkshop, now: Date): Promise<CreatedWorkshop> {
  const repeated = repeatedProjectTitle(input.projects);
  if (repeated !== null) throw new AppError('PROJECT_NAME_TAKEN', `projects: "${repeated}" is named twice`);
  const createdAt = now.toISOString();
  const words = input.textLanguage ?? input.language ?? 'en';
  const workshop = withLanguage(
    withCity<Workshop>(
      {
        id: makeId('ws'),
        title: input.title,
        description: input.description,
        meetingLink: input.meetingLink,
        ownerId: input.ownerId,
        agenda: input.agenda ?? [],
        createdAt,
      },
      input.city ?? null,
    ),
    input.language ?? null,
  );
  await store.createWorkshop(workshop);
  const projects: Project[] = [];
  for (const title of input.projects) {
    const project = { id: makeId('pr'), workshopId: workshop.id, title };
    await store.createProject(project);
    projects.push(project);
  }
  const groups: Group[] = [];
  for (const [position, name] of input.groups.entries()) {
    const projectId = spreadProject(
      position,
      projects.map((p) => p.id),
    );
    const group: Group = { id: makeId('gr'), workshopId: workshop.id, name, position, projectId };
    await store.createGroup(group);
    groups.push(group);
  }
  const boards: Board[] = await syncAgendaBoards(store, workshop, now);
  const addBoard = async (kind: BoardKind, group: Group | null) => {
    const kindName = boardKindNameIn(kind, words);
    const title = group ? `${kindName} — ${group.name}` : kindName;
    const board: Board = {
      id: makeId('bd'),
      workshopId: workshop.id,
      kind,
      title,
      groupId: group?.id ?? null,
      projectId: group?.projectId ?? projects[0]?.id ?? null,
      createdAt,
      activityId: null,
    };
    await store.createBoard(board);
    boards.push(board);
  };
  if (boards.length === 0) {
    for (const group of groups) for (const kind of input.boardsPerGroup) await addBoard(kind, group);
    if (groups.length === 0) for (const kind of input.boardsPerGroup.filter((k) => k !== 'reflection')) await addBoard(kind, null);
  }
  await ensureControlDocument(store, workshop.id, now);
  const invites = await createRoleInvites(store, workshop.id, createdAt);
  return { workshop, groups, projects, boards, invites };
}

/** One new workshop-wide invite per role, as every new workshop gets. */
export async function createRoleInvites(store: WorkshopRecords, workshopId: string, createdAt: string): Promise<Record<Role, Invite>> {
  const invites = {} as Record<Role, Invite>;
  for (const role of ['facilitator', 'participant', 'observer'] as const) {
    const invite: Invite = { code: makeInviteCode(), workshopId, role, groupId: null, createdAt, revokedAt: null };
    await store.createInvite(invite);
    invites[role] = invite;
  }
  return invites;
}
