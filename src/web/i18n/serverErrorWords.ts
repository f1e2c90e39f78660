import serverErrorMessages from 'virtual:messages/en/serverError';
import type { ErrorCode } from '../../shared/index.js';
import { addEnglish, msg, type MessageKey } from './i18n.js';

addEnglish(serverErrorMessages);

/**
 * The server's words for each code a person can meet, in the catalogues (`serverError.`), for a
 * language other than English: fetched the first time an error is shown in one (apiErrorText.ts),
 * so no page carries them at start. In English the server's own sentence stays, as it may say
 * more (a limit, a field, a place in a file); a code not here reads as the server wrote it.
 */
export const generalKeys: Partial<Record<ErrorCode, MessageKey>> = {
  FORBIDDEN: msg('serverError.forbidden'),
  BOARD_NOT_FOUND: msg('serverError.boardNotFound'),
  PARTICIPANT_REMOVED: msg('serverError.participantRemoved'),
  MESSAGE_TOO_LARGE: msg('serverError.messageTooLarge'),
  DOCUMENT_TOO_LARGE: msg('serverError.documentTooLarge'),
  AUDIENCE_CLOSED: msg('serverError.audienceClosed'),
  TOKEN_INVALID: msg('serverError.tokenInvalid'),
  NOT_SIGNED_IN: msg('serverError.notSignedIn'),
  WORKSHOP_NOT_FOUND: msg('serverError.workshopNotFound'),
  GROUP_NOT_FOUND: msg('serverError.groupNotFound'),
  PROJECT_NOT_FOUND: msg('serverError.projectNotFound'),
  PROJECT_NAME_TAKEN: msg('serverError.projectNameTaken'),
  NOT_FOUND: msg('serverError.notFound'),
  BOOKING_NOT_FOUND: msg('serverError.bookingNotFound'),
  BOOKING_HAS_WORKSHOP: msg('serverError.bookingHasWorkshop'),
  BOOKING_NO_DATE: msg('serverError.bookingNoDate'),
  PAGE_NOT_PUBLISHED: msg('serverError.pageNotPublished'),
  SLUG_TAKEN: msg('serverError.slugTaken'),
  COMMENT_NOT_FOUND: msg('serverError.commentNotFound'),
  PAYLOAD_TOO_LARGE: msg('serverError.payloadTooLarge'),
  ACCOUNT_EXISTS: msg('serverError.accountExists'),
  CANNOT_REMOVE_SELF: msg('serverError.cannotRemoveSelf'),
  ACCOUNT_NOT_FOUND: msg('serverError.accountNotFound'),
  READ_ONLY: msg('serverError.readOnly'),
  BOARD_LOCKED: msg('serverError.boardLocked'),
  NO_PRIVATE_ROUND: msg('serverError.noPrivateRound'),
  PRIVATE_ROUND_FULL: msg('serverError.privateRoundFull'),
  FILE_TOO_LARGE: msg('serverError.fileTooLarge'),
  UPLOAD_INVALID: msg('serverError.uploadInvalid'),
  FORMAT_NOT_SUPPORTED: msg('serverError.formatNotSupported'),
  LAYOUT_BUSY: msg('serverError.layoutBusy'),
  LAYOUT_FAILED: msg('serverError.layoutFailed'),
  SERVER_BUSY: msg('serverError.serverBusy'),
  FILE_JOB_FAILED: msg('serverError.fileJobFailed'),
  VERSION_LIMIT: msg('serverError.versionLimit'),
  SERVER_DRAINING: msg('serverError.serverDraining'),
  SUGGESTION_LIMIT: msg('serverError.suggestionLimit'),
  // Why a live board went offline: edits sent too fast.
  RATE_LIMITED: msg('serverError.rateLimited'),
};
