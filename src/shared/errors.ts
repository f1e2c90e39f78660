/**
 * The one registry of user-facing errors. Each has a stable code (never renamed once
 * shipped), an HTTP status, a WebSocket close code where it can end a /collab connection,
 * and a message that says what to do. docs/errors.md lists them; a test keeps the two equal.
 */
export const errorRegistry = {
  BAD_REQUEST: { status: 400, message: 'The request is not valid JSON. Send a JSON body with the fields the endpoint documents.' },
  VALIDATION_FAILED: {
    status: 400,
    message: 'Some fields are missing or wrong. Correct the fields named in the message and send it again.',
  },
  INVITE_NOT_FOUND: { status: 404, message: 'This invite code is not known. Check the link, or ask your facilitator for a new one.' },
  INVITE_REVOKED: { status: 410, message: 'This invite has been withdrawn. Ask your facilitator for a new link.' },
  NOT_SIGNED_IN: { status: 401, message: 'You are not signed in. Join with an invite link, or sign in as a facilitator.' },
  SIGN_IN_FAILED: { status: 401, message: 'Email or password is wrong. Check both and try again.' },
  PASSWORD_SIGN_IN_OFF: {
    status: 403,
    message: 'Signing in with a password is turned off on this server. Use the single sign-on button on the sign-in page.',
  },
  SSO_NOT_CONFIGURED: {
    status: 404,
    message: 'Single sign-on is not set up on this server. Sign in with your e-mail and password, or ask the administrator.',
  },
  SSO_UNAVAILABLE: {
    status: 503,
    message:
      'The identity provider does not answer just now, so nobody was signed in. Try again in a few minutes; if it persists, tell the administrator.',
  },
  SSO_ATTEMPT_UNKNOWN: {
    status: 400,
    message:
      'This sign-in was not started in this browser, has been used already or took longer than 10 minutes, so nobody was signed in. Start again from the sign-in page.',
  },
  SSO_REFUSED: {
    status: 401,
    message:
      'The identity provider’s answer could not be checked, or it refused the sign-in, so nobody was signed in. Start again from the sign-in page; if it keeps happening, tell the administrator.',
  },
  SSO_EMAIL_UNVERIFIED: {
    status: 403,
    message:
      'Your identity provider does not say that your e-mail address is verified, so nobody was signed in. Ask your IT team to verify it, then sign in again.',
  },
  SSO_DOMAIN_NOT_ALLOWED: {
    status: 403,
    message:
      'Your e-mail address is not in a domain this server accepts, so nobody was signed in. Sign in with your work account, or ask the administrator to allow your domain.',
  },
  SSO_ACCOUNT_LINKED: {
    status: 409,
    message:
      'The facilitator account with your e-mail address is linked to another identity at your provider, so nobody was signed in. Ask the administrator to check the account.',
  },
  TOO_MANY_ATTEMPTS: {
    status: 429,
    message: 'Too many attempts from this address or for this account. Wait the time given, then try again.',
  },
  ORIGIN_NOT_ALLOWED: {
    status: 403,
    message: 'This request came from a page of another site, so it was refused. Open the studio at its own address and try again.',
  },
  FORBIDDEN: { status: 403, message: 'You do not have access to this. Ask the workshop facilitator if you need it.' },
  WORKSHOP_NOT_FOUND: { status: 404, message: 'No workshop with this id. Check the link, or open it from your workshop list.' },
  BOARD_NOT_FOUND: { status: 404, message: 'No board with this id in this workshop. Open the board from the workshop home.' },
  GROUP_NOT_FOUND: { status: 404, message: 'No group with this id in this workshop. Pick a group from the workshop.' },
  PROJECT_NOT_FOUND: { status: 404, message: 'No project with this id in this workshop. Pick one of the workshop’s projects.' },
  PROJECT_NAME_TAKEN: {
    status: 409,
    message: 'This workshop already has a project of that name. Give each project its own name.',
  },
  NOT_FOUND: { status: 404, message: 'Nothing is here. Check the address.' },
  BOOKING_NOT_FOUND: { status: 404, message: 'No booking request with this id. It may have been deleted; open the inbox again.' },
  BOOKING_REFUSED: {
    status: 400,
    message: 'This request could not be sent. Check what you wrote and try again later, or contact the team another way.',
  },
  BOOKING_HAS_WORKSHOP: {
    status: 409,
    message: 'A workshop was already made from this booking request. Open it from the request in the inbox.',
  },
  BOOKING_NO_DATE: {
    status: 409,
    message: 'No date is agreed for this request yet. Set the agreed date, then download the calendar file.',
  },
  PAGE_NOT_PUBLISHED: { status: 404, message: 'This page is not published. Publish the project first, or check the address.' },
  SLUG_TAKEN: { status: 409, message: 'Another published page has this address. Choose another slug.' },
  COMMENT_NOT_FOUND: {
    status: 404,
    message: 'No comment with this id on this page. It may have been deleted; open the page’s comments again.',
  },
  COMMENT_REFUSED: {
    status: 400,
    message: 'This comment could not be sent. Check what you wrote and try again later.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request is too large. Send a smaller body.' },
  ACCOUNT_EXISTS: { status: 409, message: 'A facilitator account with this email already exists. Sign in, or use another email.' },
  PARTICIPANT_REMOVED: {
    status: 403,
    message: 'You have been removed from this workshop. Ask the facilitator for a new invite link if you should still take part.',
  },
  CANNOT_REMOVE_SELF: {
    status: 409,
    message: 'You cannot remove yourself from the workshop. Ask another facilitator to remove you, or sign out to leave.',
  },
  ACCOUNT_NOT_FOUND: {
    status: 404,
    message:
      'No facilitator account has this email. Check the address, or ask the server’s admin to make them an account, then share again.',
  },
  TOKEN_INVALID: { status: 401, message: 'Your board access token is invalid or has expired. Reload the page to get a new one.' },
  READ_ONLY: { status: 403, message: 'You are an observer: you can watch and react, but not change boards.' },
  BOARD_LOCKED: {
    status: 423,
    message: 'This board is locked by the facilitator, so it cannot be changed. Ask a facilitator to unlock it.',
  },
  NO_PRIVATE_ROUND: {
    status: 409,
    message:
      'No private round is open on this board, so the note was not kept aside. Add it to the board for everyone, or ask the facilitator to start a private round.',
  },
  PRIVATE_ROUND_FULL: {
    status: 409,
    message: 'You have written as many private notes as one person can in a round. Wait for the facilitator to reveal them, then add more.',
  },
  MESSAGE_TOO_LARGE: { status: 413, message: 'A change was larger than the server accepts. Split it into smaller changes.' },
  DOCUMENT_TOO_LARGE: { status: 413, message: 'This board has reached its size limit. Start a new board, or remove content.' },
  RATE_LIMITED: { status: 429, message: 'Too many changes too quickly. Wait a moment; the board reconnects by itself.' },
  FILE_INVALID: { status: 400, message: 'The file is not valid, so nothing was imported. Fix the place named and import it again.' },
  FILE_TOO_LARGE: {
    status: 413,
    message:
      'The file is larger than the server imports, so nothing was imported. Import a smaller file: split the map, or leave out what it does not need.',
  },
  UPLOAD_INVALID: {
    status: 400,
    message:
      'The upload holds no file the server can import. Choose one map or canvas file (for Kumu CSV, the elements and connections files together) and import it again.',
  },
  FORMAT_NOT_SUPPORTED: {
    status: 400,
    message: 'This kind of file or export is not supported yet. Use an Open Cities map or canvas JSON file.',
  },
  EXPORT_FORMAT_UNKNOWN: {
    status: 400,
    message: 'This board does not export in that format. Ask for one of the formats the message names.',
  },
  LAYOUT_BUSY: {
    status: 503,
    message: 'The server is laying out other maps just now. Try again in a minute; nothing on the map was moved.',
  },
  LAYOUT_FAILED: {
    status: 500,
    message:
      'The automatic layout did not finish, so nothing on the map was moved. Try "place new actors only", or lay out a smaller part by hand.',
  },
  SERVER_BUSY: {
    status: 503,
    message:
      'The server is busy with other files just now (imports, exports, pictures, reports). Try again in a minute; nothing was changed.',
  },
  FILE_JOB_FAILED: {
    status: 500,
    message:
      'The server did not finish this file in time, so nothing was imported or exported. Try again later; if it keeps happening, split the board or import a smaller file.',
  },
  STORE_UNAVAILABLE: {
    status: 503,
    message: 'The server cannot reach its database. Try again shortly; if it persists, tell the administrator.',
  },
  VERSION_LIMIT: {
    status: 413,
    message:
      'This map cannot keep another version: it holds the most versions a map keeps, or is too large to keep as one. Export the map to a file to keep it as it is now.',
  },
  SERVER_NOT_READY: {
    status: 503,
    message:
      'This server instance is not ready: a part it needs does not answer (named in notReady). The load balancer sends requests to another instance; if every instance says this, check the database and Redis.',
  },
  SERVER_DRAINING: {
    status: 503,
    message: 'This server instance is shutting down. Try again: the next attempt reaches another instance, or this one once it is back.',
  },
  METRICS_NOT_ALLOWED: {
    status: 403,
    message:
      'Metrics are for the server’s operators. Scrape them from the same machine, not through the proxy, or send the token set in METRICS_TOKEN as "Authorization: Bearer TOKEN".',
  },
  INSTANCE_RUNNING: {
    status: 409,
    message:
      'Two servers on one store would overwrite each other’s edits. Stop the other server first or, on PostgreSQL, set REDIS_URL to the same Redis on every instance.',
  },
  AUDIENCE_CLOSED: {
    status: 410,
    message: 'This audience link is closed. Ask the facilitator in the room for the current link.',
  },
  SUGGESTION_LIMIT: {
    status: 429,
    message:
      'Too many suggestions from here too quickly, or this board has as many waiting as it keeps. Wait a minute, then send it again.',
  },
  API_TOKEN_INVALID: {
    status: 401,
    message:
      'This API token is not known, or the header is not "Authorization: Bearer ocs_…". Copy the token again, or create a new one on your facilitator page.',
  },
  API_TOKEN_EXPIRED: {
    status: 401,
    message: 'This API token has expired. Create a new one on your facilitator page (API tokens) and use it instead.',
  },
  API_TOKEN_REVOKED: {
    status: 401,
    message: 'This API token was revoked. Create a new one on your facilitator page (API tokens) if the script still needs access.',
  },
  API_TOKEN_READ_ONLY: { status: 403, message: 'This API token may only read (GET). Create a read-write token to change things.' },
  API_TOKEN_NOT_ALLOWED: {
    status: 403,
    message: 'API tokens cannot do this. Sign in with your password to manage API tokens or to open boards live.',
  },
  API_TOKEN_NOT_FOUND: { status: 404, message: 'You have no API token with this id. Reload the list of your tokens.' },
  INTERNAL: { status: 500, message: 'Something went wrong on the server. Try again; if it persists, tell the administrator.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorRegistry;

/** WebSocket close codes for /collab (4000–4999 is the application range). */
export const closeCodes = {
  TOKEN_INVALID: 4401,
  FORBIDDEN: 4403,
  BOARD_NOT_FOUND: 4404,
  PARTICIPANT_REMOVED: 4410,
  MESSAGE_TOO_LARGE: 4413,
  DOCUMENT_TOO_LARGE: 4414,
  RATE_LIMITED: 4429,
  AUDIENCE_CLOSED: 4411,
} as const satisfies Partial<Record<ErrorCode, number>>;

/**
 * Specifics as data beside the message, for a client to word in its person's language
 * (`FILE_INVALID`: the file's first problem, docs/errors.md). Plain JSON.
 */
export type ErrorDetails = Record<string, unknown>;

/** An error a user can act on. `detail` adds specifics (a field path, a limit); `details`, the same as data. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetails | undefined;
  constructor(code: ErrorCode, detail?: string, details?: ErrorDetails) {
    const base = errorRegistry[code].message;
    super(detail ? `${detail}. ${base}` : base);
    this.code = code;
    this.status = errorRegistry[code].status;
    this.details = details;
    this.name = 'AppError';
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** The HTTP error body shape promised by DESIGN.md. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: ErrorDetails };
}

export function errorBody(e: AppError): ErrorBody {
  return { error: { code: e.code, message: e.message, ...(e.details && { details: e.details }) } };
}
