import { isApiError, messageOf } from '../api.js';
import errorMessages from 'virtual:messages/en/error';
import type { ErrorCode } from '../../shared/index.js';
import { addEnglish, i18n, messagesArrived, messagesFor, msg, translate, type MessageKey } from './i18n.js';
import { sourceLocale } from './locales.js';

addEnglish(errorMessages);

/**
 * The server's errors, by their stable code (src/shared/errors.ts), in the person's language.
 * The server answers in English; the web app shows the catalogue's message for each code it
 * knows, and the server's own words for a code not in this table yet (docs/i18n.md).
 */
const byCode: Record<string, MessageKey> = {
  INVITE_NOT_FOUND: msg('error.inviteNotFound'),
  INVITE_REVOKED: msg('error.inviteRevoked'),
  VALIDATION_FAILED: msg('error.validation'),
  BAD_REQUEST: msg('error.validation'),
  TOO_MANY_ATTEMPTS: msg('error.tooManyAttempts'),
  ORIGIN_NOT_ALLOWED: msg('error.originNotAllowed'),
  STORE_UNAVAILABLE: msg('error.storeUnavailable'),
  INTERNAL: msg('error.internal'),
  NETWORK: msg('error.network'),
};

/**
 * A failure, in words fit to show the person, in the current language where the catalogues
 * have it. A page passes it to ErrorNotice as text; it calls it while drawing, so the text
 * follows a change of language.
 */
export function apiErrorText(error: unknown): string {
  if (!isApiError(error)) return messageOf(error);
  const wait = error.retryAfterSeconds;
  if (error.code === 'TOO_MANY_ATTEMPTS' && wait !== null && wait > 0) {
    // As the server words it: minutes from a minute and a half on.
    return wait >= 90
      ? translate('error.tooManyAttempts.minutes', { minutes: Math.ceil(wait / 60) })
      : translate('error.tooManyAttempts.seconds', { seconds: wait });
  }
  if (error.code === 'FILE_INVALID') return fileProblemText(error.details) ?? error.message;
  const key = byCode[error.code];
  return key ? translate(key) : (generalText(error.code) ?? error.message);
}

/** `fileProblemWords.ts` once fetched: only another language needs it. */
let fileProblems: { sentence: (details: unknown) => string | undefined } | null = null;
let fetchingFileProblems = false;

/**
 * What an imported file's reader found wrong (FILE_INVALID's details) in the current language
 * when it is not English: the first time, fetched with its messages, the server's English
 * showing until they arrive (as `generalText`). Undefined in English, whose server sentence says
 * the same, and for a problem the page cannot word (a code it does not know).
 */
function fileProblemText(details: unknown): string | undefined {
  if (details === undefined || i18n.locale === sourceLocale) return undefined;
  if (!fileProblems) {
    if (!fetchingFileProblems) {
      fetchingFileProblems = true;
      messagesFor(import('./fileProblemWords.js')).then(
        (m) => {
          fileProblems = { sentence: m.fileProblemSentence };
          messagesArrived();
        },
        () => (fetchingFileProblems = false),
      );
    }
    return undefined;
  }
  return fileProblems.sentence(details);
}

/** The server's general words by code (serverErrorWords.ts), once fetched: only another language needs them. */
let generalKeys: Partial<Record<ErrorCode, MessageKey>> | null = null;
let fetching = false;

/**
 * A code's general words in the current language, when it is not English and the catalogues have
 * them. The first error shown in another language fetches them: until they arrive (a moment) it
 * reads as the server wrote it, then the page draws again in the language.
 */
function generalText(code: string | undefined): string | undefined {
  if (!code || i18n.locale === sourceLocale) return undefined;
  if (!generalKeys) {
    if (!fetching) {
      fetching = true;
      messagesFor(import('./serverErrorWords.js')).then(
        (m) => {
          generalKeys = m.generalKeys;
          messagesArrived();
        },
        () => (fetching = false),
      );
    }
    return undefined;
  }
  const key = generalKeys[code as ErrorCode];
  return key ? translate(key) : undefined;
}

/** A board connection's refusals (collab/connectionStatus.ts) with a heading of their own. */
const refusalTitleKeys: Partial<Record<ErrorCode, MessageKey>> = {
  MESSAGE_TOO_LARGE: msg('error.title.notSaved'),
  DOCUMENT_TOO_LARGE: msg('error.title.notSaved'),
  PARTICIPANT_REMOVED: msg('error.title.removed'),
  AUDIENCE_CLOSED: msg('error.title.audienceClosed'),
};

/**
 * A board connection's refusal in the person's language: its heading (undefined: the page's
 * own, "You cannot open this board") and what to do. In English, the server's own sentence,
 * which may say more (a limit, a size); in another language, the code's message, else the server's.
 */
export function refusalWords(refusal: { reason: string; code?: ErrorCode }): { title: string | undefined; text: string } {
  const titleKey = refusal.code && refusalTitleKeys[refusal.code];
  return { title: titleKey ? translate(titleKey) : undefined, text: generalText(refusal.code) ?? refusal.reason };
}
