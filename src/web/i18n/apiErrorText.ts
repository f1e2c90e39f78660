import { isApiError, messageOf } from '../api.js';
import errorMessages from 'virtual:messages/en/error';
import { isAppError, type AppError, type ErrorCode } from '../../shared/index.js';
import { addEnglish, i18n, messagesArrived, messagesFor, msg, translate, type MessageKey } from './i18n.js';
import { sourceLocale } from './locales.js';
import { fileProblemWordsNow, type ReaderIssue } from './fileIssueText.js';

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
  if (isAppError(error)) return boardCodeText(error);
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

/**
 * What an imported file's reader found wrong (FILE_INVALID's details) in the current language
 * when it is not English (fileIssueText.ts fetches the words the first time, the server's English
 * showing until they arrive). Undefined in English, whose server sentence says the same, and for a
 * problem the page cannot word (a code it does not know).
 */
function fileProblemText(details: unknown): string | undefined {
  if (details === undefined) return undefined;
  return fileProblemWordsNow()?.fileProblemSentence(details);
}

/**
 * A refusal from the page's own board code (src/doc: a value too long, a version too many) in the
 * person's language: each field's problem by its code (`issues`, fileProblem words), then the
 * code's words, as the English says them ("name: is longer than 120 characters. Some fields…").
 * In English its own sentence, as before; in another language, the code's words alone when a
 * problem cannot be worded, as for the server's refusals.
 */
function boardCodeText(error: AppError): string {
  if (i18n.locale === sourceLocale) return error.message;
  const key = byCode[error.code];
  const general = key ? translate(key) : generalText(error.code);
  const fields = fieldProblems((error as { issues?: unknown }).issues);
  if (fields !== undefined) return general === undefined ? fields : `${fields}. ${general}`;
  return general ?? error.message;
}

/** `name: ist länger als 120 Zeichen; tags[2]: …`, or undefined unless every problem can be worded (and the words have arrived). */
function fieldProblems(issues: unknown): string | undefined {
  if (!Array.isArray(issues) || issues.length === 0) return undefined;
  const words = fileProblemWordsNow();
  if (!words) return undefined;
  const said: string[] = [];
  for (const issue of issues as ReaderIssue[]) {
    const parts = words.issueWords(issue);
    if (!parts) return undefined;
    said.push(parts.where === '' ? parts.what : `${parts.where}: ${parts.what}`);
  }
  return said.join('; ');
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
  return { title: titleKey ? translate(titleKey) : undefined, text: codeText(refusal.code) ?? refusal.reason };
}

/** A code's words in another language: this page's own (the database down for now), else the server's general words. */
function codeText(code: ErrorCode | undefined): string | undefined {
  const key = code && byCode[code];
  return key && i18n.locale !== sourceLocale ? translate(key) : generalText(code);
}
