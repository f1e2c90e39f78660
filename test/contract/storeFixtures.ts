import type { Board, FacilitatorAccount, Group, Invite, Participant, Project, Workshop } from '../../src/domain/index.js';
import type { Session, Store } from '../../src/server/store/index.js';

/** Times a fixed number of minutes after a fixed start, as ISO strings the caller would make. */
export const at = (minutes: number): string => new Date(Date.UTC(2025, 0, 1, 9, 0, 0) + minutes * 60_000).toISOString();

export const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export const account = (id: string, over: Partial<FacilitatorAccount> = {}): FacilitatorAccount => ({
  id,
  email: `${id}@example.org`,
  name: `Facilitator ${id}`,
  passwordHash: `scrypt$${id}`,
  isAdmin: false,
  createdAt: at(0),
  ...over,
});

export const workshop = (id: string, over: Partial<Workshop> = {}): Workshop => ({
  id,
  title: `Workshop ${id}`,
  description: 'Mapping the city data ecosystem',
  meetingLink: null,
  ownerId: null,
  agenda: [
    { id: 'a1', title: 'Welcome', kind: 'plenary', minutes: 15 },
    { id: 'a2', title: 'Mapping', kind: 'ecosystem-mapping', minutes: 60 },
  ],
  createdAt: at(0),
  ...over,
});

export const project = (id: string, workshopId: string, title = `Project ${id}`): Project => ({ id, workshopId, title });
export const group = (id: string, workshopId: string, position: number): Group => ({
  id,
  workshopId,
  name: `Group ${id}`,
  position,
  projectId: null,
});

export const participant = (id: string, workshopId: string, over: Partial<Participant> = {}): Participant => ({
  id,
  workshopId,
  name: `Person ${id}`,
  organisation: 'Fire service',
  role: 'participant',
  groupId: null,
  createdAt: at(1),
  ...over,
});

export const invite = (code: string, workshopId: string, over: Partial<Invite> = {}): Invite => ({
  code,
  workshopId,
  role: 'participant',
  groupId: null,
  createdAt: at(2),
  revokedAt: null,
  ...over,
});

export const board = (id: string, workshopId: string, over: Partial<Board> = {}): Board => ({
  id,
  workshopId,
  kind: 'ecosystem-map',
  title: `Board ${id}`,
  groupId: null,
  projectId: null,
  activityId: null,
  createdAt: at(3),
  ...over,
});

export const session = (idHash: string, over: Partial<Session> = {}): Session => ({
  idHash,
  accountId: null,
  participantId: null,
  expiresAt: at(60),
  ...over,
});

/** A workshop with one of everything in it, ids prefixed by `p`. */
export async function populate(
  store: Store,
  p: string,
  ownerId: string | null = null,
): Promise<{ boardId: string; participantId: string }> {
  await store.createWorkshop(workshop(`${p}-w`, { ownerId }));
  await store.createProject(project(`${p}-proj`, `${p}-w`));
  await store.createGroup(group(`${p}-g`, `${p}-w`, 1));
  await store.createParticipant(participant(`${p}-p`, `${p}-w`, { groupId: `${p}-g` }));
  await store.createSession(session(`${p}-s`, { participantId: `${p}-p` }));
  await store.createInvite(invite(`${p}-i`, `${p}-w`, { groupId: `${p}-g` }));
  await store.createBoard(board(`${p}-b`, `${p}-w`, { groupId: `${p}-g`, projectId: `${p}-proj` }));
  await store.appendUpdates(`${p}-b`, [utf8(`${p} one`), utf8(`${p} two`)]);
  await store.compactBoard(`${p}-b`, utf8(`${p} state`), 1);
  await store.appendUpdates(`${p}-b`, [utf8(`${p} three`)]);
  await store.putBoardSnapshot(`${p}-b`, JSON.stringify({ title: p }), at(5));
  return { boardId: `${p}-b`, participantId: `${p}-p` };
}

/** Everything the store returns about a workshop, to compare before and after. */
export async function readWorkshop(store: Store, workshopId: string, p: string): Promise<unknown> {
  return {
    workshop: await store.getWorkshop(workshopId),
    projects: await store.listProjects(workshopId),
    groups: await store.listGroups(workshopId),
    group: await store.getGroup(`${p}-g`),
    participants: await store.listParticipants(workshopId),
    participant: await store.getParticipant(`${p}-p`),
    session: await store.getSession(`${p}-s`),
    invites: await store.listInvites(workshopId),
    invite: await store.getInvite(`${p}-i`),
    boards: await store.listBoards(workshopId),
    board: await store.getBoard(`${p}-b`),
    state: await store.loadBoardState(`${p}-b`),
    size: await store.boardSize(`${p}-b`),
    snapshot: await store.getBoardSnapshot(`${p}-b`),
  };
}
