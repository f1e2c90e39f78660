import { isApiError, messageOf } from '../api.js';
import errorMessages from 'virtual:messages/en/error';
import { addEnglish, msg, translate, type MessageKey } from './i18n.js';

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
  const key = byCode[error.code];
  return key ? translate(key) : error.message;
}
