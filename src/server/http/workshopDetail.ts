import type { Principal, Workshop } from '../../domain/index.js';
import { boardAccess, isLocked, isWorkBoard } from '../../domain/index.js';
import { groupProjectId } from '../../domain/facilitation/index.js';
import type { AppContext } from '../context.js';
import { ensureControlDocument } from '../services/agendaBoards.js';
import { workshopRetentionView } from './retentionView.js';

/** The workshop home's data, as the caller may see it: boards they cannot open are left out. */
export async function workshopDetail(ctx: AppContext, workshop: Workshop, me: Principal, participantId: string | null) {
  const [groups, projects, boards, participants, retention] = await Promise.all([
    ctx.store.listGroups(workshop.id),
    ctx.store.listProjects(workshop.id),
    ctx.store.listBoards(workshop.id),
    ctx.store.listParticipants(workshop.id),
    workshopRetentionView(ctx, workshop.id),
  ]);
  const { id, title, description, meetingLink, agenda } = workshop;
  const city = workshop.city ?? null;
  const language = workshop.language ?? null;
  const myGroup = groups.find((g) => g.id === me.groupId);
  const control = boards.find((b) => !isWorkBoard(b)) ?? (await ensureControlDocument(ctx.store, workshop.id, ctx.config.now()));
  return {
    workshop: { id, title, description, meetingLink, city, language, agenda },
    retention,
    me: { role: me.role, participantId, groupId: me.groupId, projectId: myGroup ? groupProjectId(myGroup, projects) : null },
    groups: groups.map((g) => ({ id: g.id, name: g.name, projectId: groupProjectId(g, projects) })),
    projects: projects.map((p) => ({ id: p.id, title: p.title })),
    controlDocId: control.id,
    boards: boards
      .filter(isWorkBoard)
      .map((b) => ({
        id: b.id,
        kind: b.kind,
        title: b.title,
        groupId: b.groupId,
        projectId: b.projectId,
        activityId: b.activityId ?? null,
        locked: isLocked(b),
        access: boardAccess(me, b),
      }))
      .filter((b) => b.access !== 'none'),
    participants: participants.map((p) => ({ id: p.id, name: p.name, organisation: p.organisation, role: p.role, groupId: p.groupId })),
  };
}
