import { closeCodes, errorRegistry, type ErrorCode } from '../../shared/index.js';

/**
 * The state of a board's live connection, as the person sees it:
 * - connecting: first connection, not yet holding the board's content;
 * - synced: live; what you see is what the server has;
 * - offline: the connection dropped and is being retried by itself; edits stay on this
 *   device and are sent when it is back; `reason` says why, when the server said, and `code`
 *   is the reason's code (RATE_LIMITED: edits sent too fast), for the page to word it;
 * - refused: the server will not open this board for you; retrying will not help.
 */
export type ConnectionStatus =
  | { state: 'connecting' }
  | { state: 'synced' }
  | { state: 'offline'; reason?: string; code?: ErrorCode }
  | { state: 'refused'; reason: string; code?: ErrorCode };

const codeByClose = new Map<number, ErrorCode>(Object.entries(closeCodes).map(([code, number]) => [number, code as ErrorCode]));

/**
 * Closes after which reconnecting cannot succeed. TOKEN_INVALID is not one: a new token is
 * fetched. The two size limits are: a reconnecting provider sends the same change again.
 */
const finalCloses = new Set<ErrorCode>([
  'FORBIDDEN',
  'BOARD_NOT_FOUND',
  'PARTICIPANT_REMOVED',
  'MESSAGE_TOO_LARGE',
  'DOCUMENT_TOO_LARGE',
  'AUDIENCE_CLOSED',
]);

/**
 * A refusal's code, from the reason the server gave ("CODE: …"), where it has one. The page
 * words the refusal and its heading from the code in the person's language (i18n/apiErrorText.ts
 * `refusalWords`).
 */
export function refusalMeta(reason: string): { code?: ErrorCode } {
  const code = codeIn(reason);
  return code ? { code } : {};
}

function isErrorCode(text: string): text is ErrorCode {
  return Object.prototype.hasOwnProperty.call(errorRegistry, text);
}

/**
 * What the person should read from a reason the server sent. Our server sends
 * "CODE: message" (the message says what to do); a bare code gets the registry's message.
 */
function messageIn(reason: string): string | null {
  const text = reason.trim();
  if (isErrorCode(text)) return errorRegistry[text].message;
  const coded = /^([A-Z_]+):\s*([\s\S]+)$/.exec(text);
  if (coded?.[1] && coded[2] && isErrorCode(coded[1])) return coded[2];
  return text || null;
}

/** A sentence for a refusal reason, including Hocuspocus's defaults ("permission-denied", "Forbidden"). */
export function refusalText(reason: string): string {
  const text = reason.trim();
  if (text === '' || text === 'permission-denied' || text === 'Forbidden') return errorRegistry.FORBIDDEN.message;
  if (text === 'Unauthorized') return errorRegistry.TOKEN_INVALID.message;
  return messageIn(text) ?? errorRegistry.FORBIDDEN.message;
}

/**
 * Whether a refusal is the server saying its store is down for now (SPEC D8): the board is
 * not refused, the client waits and tries again, holding its edits.
 */
export function isTemporaryRefusal(reason: string): boolean {
  return codeIn(reason) === 'STORE_UNAVAILABLE';
}

/** The error code a reason starts with ("RATE_LIMITED" or "RATE_LIMITED: …"), if any. */
function codeIn(reason: string): ErrorCode | undefined {
  const code = /^[A-Z_]+/.exec(reason.trim())?.[0];
  return code && isErrorCode(code) ? code : undefined;
}

/**
 * What a close means for the person, and whether to stop retrying. The close code says it; a
 * board's own close message (code 1000) and a failed write (1011) say it in their reason.
 */
export function closeMeaning(code: number, reason: string): { code: ErrorCode; text: string; final: boolean; detailed: boolean } | null {
  const errorCode = codeByClose.get(code) ?? codeIn(reason);
  if (!errorCode) return null;
  return {
    code: errorCode,
    text: messageIn(reason) ?? errorRegistry[errorCode].message,
    final: finalCloses.has(errorCode),
    // The socket's own close carries the bare code (at most 123 bytes); the board's carries more.
    detailed: reason.trim() !== errorCode,
  };
}
