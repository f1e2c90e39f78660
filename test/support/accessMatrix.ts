/**
 * The access matrix as data (SPEC A1–A14, docs/api.md): for each role, the outcome each HTTP
 * route gives it, and for board routes the outcome on each kind of board. The table is the
 * spec test/integration/accessMatrix.test.ts checks against a real server.
 */
export const roles = [
  'anonymous',
  'participant1', // participant of group 1
  'participant2', // participant of group 2
  'participantNone', // participant in no group
  'observer',
  'facilitatorInvite', // joined with a facilitator invite
  'owner', // the account that made the workshop
  'coFacilitator', // an account the owner shared it with (A14)
  'strangerAccount', // a facilitator account with no part in it
  'admin', // an admin account with no part in it
  'removed', // a participant removed by a facilitator (A10)
  'otherMember', // a participant of another workshop
] as const;
export type Role = (typeof roles)[number];

/** 'ok' is any 2xx; otherwise the status the docs give (docs/errors.md). */
export type Outcome = 'ok' | 400 | 401 | 403 | 404 | 409 | 423;

const out = (row: Partial<Record<Role, Outcome>>, rest: Outcome): Record<Role, Outcome> =>
  Object.fromEntries(roles.map((r) => [r, row[r] ?? rest])) as Record<Role, Outcome>;
/** Not signed in (and a removed participant, whose sessions ended: A10) is 401. */
const signedOut = { anonymous: 401, removed: 401 } as const;
const anyone = out({}, 'ok');
const members = out(
  {
    ...signedOut,
    participant1: 'ok',
    participant2: 'ok',
    participantNone: 'ok',
    observer: 'ok',
    facilitatorInvite: 'ok',
    owner: 'ok',
    coFacilitator: 'ok',
  },
  403,
);
const facilitators = out({ ...signedOut, facilitatorInvite: 'ok', owner: 'ok', coFacilitator: 'ok' }, 403);
/** Deleting the workshop and choosing its facilitators stay the owner's, or an admin's (A14). */
const ownerOrAdmin = out({ ...signedOut, owner: 'ok', admin: 'ok' }, 403);
const accounts = out({ ...signedOut, owner: 'ok', coFacilitator: 'ok', strangerAccount: 'ok', admin: 'ok' }, 403);
/** A9: facilitators, and a participant for their own group. */
const importers = out(
  { ...signedOut, participant1: 'ok', participant2: 'ok', facilitatorInvite: 'ok', owner: 'ok', coFacilitator: 'ok' },
  403,
);

/** Workshop-level routes (HEAD follows GET: Fastify answers it from the GET handler). */
export const workshopRoutes: Record<string, Record<Role, Outcome>> = {
  'GET /healthz': anyone,
  // Not by role: by where the request comes from (SPEC O1, O2). The matrix calls from loopback, unrelayed.
  'GET /readyz': anyone,
  'GET /metrics': anyone,
  'GET /api/me': anyone,
  'GET /api/templates': anyone,
  'GET /api/time': anyone,
  'GET /api/workshops': accounts,
  'POST /api/workshops': accounts,
  'GET /api/workshops/:id': members,
  'PATCH /api/workshops/:id': facilitators,
  'DELETE /api/workshops/:id': ownerOrAdmin,
  'GET /api/workshops/:id/facilitators': facilitators,
  'POST /api/workshops/:id/facilitators': ownerOrAdmin,
  'DELETE /api/workshops/:id/facilitators/:accountId': ownerOrAdmin,
  'GET /api/workshops/:id/invites': facilitators,
  'POST /api/workshops/:id/invites': facilitators,
  'DELETE /api/workshops/:id/invites/:code': facilitators,
  'POST /api/workshops/:id/import': importers,
  'POST /api/workshops/:id/groups': facilitators,
  'POST /api/workshops/:id/groups/assign': facilitators,
  'POST /api/workshops/:id/groups/assign/preview': facilitators,
  'PUT /api/workshops/:id/groups/:gid/project': facilitators,
  // The copy is owned by the caller's account: a facilitator invite has none (403).
  'POST /api/workshops/:id/duplicate': out({ ...signedOut, owner: 'ok', coFacilitator: 'ok' }, 403),
  'POST /api/workshops/:id/projects': facilitators,
  'POST /api/workshops/:id/projects/spread': facilitators,
  'DELETE /api/workshops/:id/participants/:pid': facilitators,
  'PUT /api/workshops/:id/participants/:pid/group': facilitators,
  'POST /api/workshops/:id/boards': facilitators,
  'GET /api/workshops/:id/report': facilitators,
  'PUT /api/workshops/:id/agenda': facilitators,
  'POST /api/token': members,
  // Booking requests (SPEC B3): every facilitator account's inbox; a participant has no account.
  'GET /api/booking-policy': anyone,
  // Retention (SPEC K5, K6): the join page's policy; taking one's own name off, for whoever joined by invite.
  'GET /api/retention-policy': anyone,
  'POST /api/me/remove-name': out(
    // Anyone who joined by invite, of this workshop or another (their own name, wherever they joined).
    {
      ...signedOut,
      participant1: 'ok',
      participant2: 'ok',
      participantNone: 'ok',
      observer: 'ok',
      facilitatorInvite: 'ok',
      otherMember: 'ok',
    },
    403,
  ),
  'GET /api/bookings': accounts,
  'GET /api/bookings/:id': accounts,
  'PATCH /api/bookings/:id': accounts,
  'DELETE /api/bookings/:id': accounts,
  'GET /api/bookings/:id/calendar.ics': accounts,
  // T12: facilitators of a workshop of the city (the matrix workshop's city is Matrixville);
  // an admin or a facilitator of other cities' workshops only is refused like anyone else.
  'GET /api/atlas': facilitators,
  'GET /api/atlas/picture': facilitators,
  'GET /api/atlas/export': facilitators,
  'POST /api/atlas/decisions': facilitators,
  'DELETE /api/atlas/decisions/:id': facilitators,
  // U: a project's public page. Publishing, its preview and the comments' approval are the
  // workshop's facilitators'; the page and its stylesheet are anyone's (an unpublished slug is 404 for all).
  'GET /api/workshops/:id/publications': facilitators,
  'GET /api/workshops/:id/projects/:pid/publication': facilitators,
  'GET /api/workshops/:id/projects/:pid/publication/preview': facilitators,
  'PUT /api/workshops/:id/projects/:pid/publication': facilitators,
  'DELETE /api/workshops/:id/projects/:pid/publication': facilitators,
  'PATCH /api/workshops/:id/projects/:pid/publication/comments/:cid': facilitators,
  'DELETE /api/workshops/:id/projects/:pid/publication/comments/:cid': facilitators,
  'GET /p/style.css': anyone,
  'GET /p/:slug': anyone,
  // I1: which ways of signing in the server offers is anyone's; the matrix server has no single
  // sign-on, so its start and callback are 404 SSO_NOT_CONFIGURED for everyone.
  'GET /api/session/methods': anyone,
  'GET /api/session/oidc': out({}, 404),
  'GET /api/session/oidc/callback': out({}, 404),
  // N1, N4: the API's own description is public.
  'GET /api/openapi.json': anyone,
  'GET /api/docs': anyone,
  // N3: personal API tokens are a facilitator account's own (a participant has no account).
  'GET /api/account/tokens': accounts,
  'POST /api/account/tokens': accounts,
  'DELETE /api/account/tokens/:id': accounts,
  // F6: an invite's workshop language is anyone's who holds the code (a wrong code: 404 for all, like joining).
  'GET /api/invites/:code/language': anyone,
  // F7: a browser's report of a missing translation needs no one: it names a language and a key only.
  'POST /api/client-reports/missing-translation': anyone,
  // Signing out answers everyone: without a session there is nothing to end (docs/api.md says "signed in").
  'DELETE /api/session': anyone,
};
/** Routes anyone may call whose answer depends on what is sent, not on who sends it. */
export const credentialRoutes = [
  'POST /api/join',
  'POST /api/session',
  'POST /api/bookings',
  'POST /p/:slug/comments',
  // W2, W3: the audience's, by the link's code alone.
  'GET /api/audience/:code',
  'POST /api/audience/:code/suggestions',
];

export const boards = [
  'group1Map',
  'group2Map',
  'group1Reflection', // private to group 1 (A3, A4)
  'group2Canvas',
  'workshopMap', // of no group
  'controlDoc', // the workshop's control document (A8): every member reads it, facilitators write it
  'otherWorkshopMap',
  'lockedMap', // a workshop-wide map, locked (A13)
] as const;
export type BoardName = (typeof boards)[number];
type Access = 'write' | 'read' | 'none';

/**
 * What each signed-in member may do on each board (A2–A4, A8, A13); everyone else: 401 signed
 * out, 403 not a member (A5: a board of another workshop is refused).
 */
const P: Access = 'write';
const boardAccess: Record<BoardName, Partial<Record<Role, Access>>> = {
  group1Map: { participant1: P, participant2: P, participantNone: P, observer: 'read', facilitatorInvite: P, owner: P, coFacilitator: P },
  group2Map: { participant1: P, participant2: P, participantNone: P, observer: 'read', facilitatorInvite: P, owner: P, coFacilitator: P },
  group1Reflection: {
    participant1: P,
    participant2: 'none',
    participantNone: 'none',
    observer: 'none',
    facilitatorInvite: P,
    owner: P,
    coFacilitator: P,
  },
  group2Canvas: {
    participant1: P,
    participant2: P,
    participantNone: P,
    observer: 'read',
    facilitatorInvite: P,
    owner: P,
    coFacilitator: P,
  },
  workshopMap: { participant1: P, participant2: P, participantNone: P, observer: 'read', facilitatorInvite: P, owner: P, coFacilitator: P },
  controlDoc: {
    participant1: 'read',
    participant2: 'read',
    participantNone: 'read',
    observer: 'read',
    facilitatorInvite: P,
    owner: P,
    coFacilitator: P,
  },
  otherWorkshopMap: { otherMember: P },
  lockedMap: {
    participant1: 'read',
    participant2: 'read',
    participantNone: 'read',
    observer: 'read',
    facilitatorInvite: 'read',
    owner: 'read',
    coFacilitator: 'read',
  },
};
const isFacilitatorOf = (role: Role, board: BoardName) =>
  board !== 'otherWorkshopMap' && (role === 'facilitatorInvite' || role === 'owner' || role === 'coFacilitator');
const isMap = (board: BoardName) => board.endsWith('Map');
/** A format the board does not export is 400 EXPORT_FORMAT_UNKNOWN, once access is granted. */
const exportsJson = (board: BoardName) => board !== 'controlDoc' && board !== 'group1Reflection';

/** Board-addressed routes: the expected outcome from the access above. */
export const boardRoutes: Record<string, (role: Role, board: BoardName) => Outcome> = {
  'GET /api/boards/:id': (role, board) => readOutcome(role, board),
  'GET /api/boards/:id/state': (role, board) => readOutcome(role, board),
  // The map as the editor reads it: whoever reads the board, as /state; another kind has none (404).
  'GET /api/boards/:id/map': (role, board) => {
    const read = readOutcome(role, board);
    return read === 'ok' && !isMap(board) ? 404 : read;
  },
  'GET /api/boards/:id/file': (role, board) => {
    const read = readOutcome(role, board);
    return read === 'ok' && !exportsJson(board) ? 400 : read;
  },
  // A picture is a map's (docs/api.md): another kind does not export one.
  'GET /api/boards/:id/picture': (role, board) => {
    const read = readOutcome(role, board);
    return read === 'ok' && !isMap(board) ? 400 : read;
  },
  // Writing, checked in this order: a locked board 423 BOARD_LOCKED (observers too), read-only
  // 403 (READ_ONLY for observers), then not a map 404 NOT_FOUND.
  'POST /api/boards/:id/layout': (role, board) => {
    const read = readOutcome(role, board);
    if (read !== 'ok') return read;
    if (board === 'lockedMap') return 423;
    if (boardAccess[board][role] !== 'write') return 403;
    return isMap(board) ? 'ok' : 404;
  },
  // A13: facilitators (owner, co-facilitator, facilitator invite) rename, lock and delete; locked boards too.
  'PATCH /api/boards/:id': (role, board) => manageOutcome(role, board),
  'DELETE /api/boards/:id': (role, board) => manageOutcome(role, board),
  // W1: a board's audience link is its facilitators'; only a map has one (400 on another kind).
  'GET /api/boards/:id/audience': (role, board) => manageOutcome(role, board),
  'PUT /api/boards/:id/audience': (role, board) => {
    const manage = manageOutcome(role, board);
    return manage === 'ok' && !isMap(board) ? 400 : manage;
  },
  // R: private rounds. Reading whether one is open: whoever reads the board (each sees only their own notes, R3).
  'GET /api/boards/:id/private-round': (role, board) => readOutcome(role, board),
  // R2: only a participant who may write the board holds a note back. Checked before the rounds
  // below are opened, so a participant allowed that far meets 409 NO_PRIVATE_ROUND.
  'POST /api/boards/:id/private-notes': (role, board) => noteOutcome(role, board),
  // R2: taking one's own note back, checked as adding one.
  'DELETE /api/boards/:id/private-notes/:noteId': (role, board) => noteOutcome(role, board),
  // R1, R4: facilitators open and reveal a round on a map or reflection board that is not locked.
  'POST /api/boards/:id/private-round': (role, board) => roundOutcome(role, board),
  'POST /api/boards/:id/private-round/reveal': (role, board) => roundOutcome(role, board),
};

function noteOutcome(role: Role, board: BoardName): Outcome {
  const read = readOutcome(role, board);
  if (read !== 'ok') return read;
  if (role === 'observer' || isFacilitatorOf(role, board)) return 403;
  if (!hasRounds(board)) return 404;
  if (board === 'lockedMap') return 423;
  return 409;
}
/** A map or a reflection board has private rounds (R1); a canvas and the control document none. */
const hasRounds = (board: BoardName) => board !== 'group2Canvas' && board !== 'controlDoc';
function roundOutcome(role: Role, board: BoardName): Outcome {
  const manage = manageOutcome(role, board);
  if (manage !== 'ok') return manage;
  if (!hasRounds(board)) return 404;
  return board === 'lockedMap' ? 423 : 'ok';
}

function readOutcome(role: Role, board: BoardName): Outcome {
  if (role === 'anonymous' || role === 'removed') return 401;
  const access = boardAccess[board][role];
  return access === undefined || access === 'none' ? 403 : 'ok';
}
function manageOutcome(role: Role, board: BoardName): Outcome {
  const read = readOutcome(role, board);
  if (read === 401) return read;
  // A13: the control document is neither renamed, locked nor deleted: 404 BOARD_NOT_FOUND.
  if (board === 'controlDoc') return 404;
  return isFacilitatorOf(role, board) ? 'ok' : 403;
}

/** Every method and path the server answers, from Fastify's own route tree (HEAD left out). */
export function serverRoutes(tree: string): string[] {
  const found: string[] = [];
  const parents: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (\S+) \(([^)]+)\)/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    parents.length = depth;
    const path = (parents[depth - 1] ?? '') + match[2]!;
    parents[depth] = path;
    for (const method of match[3]!.split(', ')) if (method !== 'HEAD') found.push(`${method} ${path}`);
  }
  return found;
}
