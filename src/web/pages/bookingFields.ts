import bookMessages from 'virtual:messages/en/book';
import { isApiError } from '../api.js';
import { addEnglish, msg, type MessageKey, type MessageValues } from '../i18n/index.js';

addEnglish(bookMessages);

type Translate = (key: MessageKey, values?: MessageValues) => string;

/** The form's own words for a problem at a field the server named; what it cannot say precisely reads as a general check. */
const otherProblem = msg('book.problem.other');
const problemKeys: Partial<Record<BookingField, MessageKey>> = {
  organisation: 'book.problem.organisation',
  name: 'book.problem.name',
  email: 'book.problem.email',
  teamSize: 'book.problem.teamSize',
  message: 'book.problem.message',
};

/** The fields of the booking form, as the API names them. */
export type BookingField = 'kind' | 'organisation' | 'city' | 'name' | 'email' | 'teamSize' | 'preferredDates' | 'message';

/**
 * The server's VALIDATION_FAILED message ("email: is not an email address; message: is required")
 * as a problem per field in the page's language, so each shows at its field (the server writes
 * English; the form says it in its own words); null when the error is not about fields.
 */
export function fieldProblems(error: unknown, t: Translate): Partial<Record<BookingField, string>> | null {
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return null;
  const problems: Partial<Record<BookingField, string>> = {};
  for (const part of error.message.split('; ')) {
    const at = part.indexOf(': ');
    if (at > 0) {
      const field = part.slice(0, at) as BookingField;
      problems[field] = t(problemKeys[field] ?? otherProblem);
    }
  }
  return Object.keys(problems).length > 0 ? problems : null;
}

/** "12 months" for 365 days, "6 months" for about 180, whole years, else days; in the page's language. */
export function retentionInWords(days: number, t: Translate): string {
  if (days % 365 === 0) return days === 365 ? t('book.kept.months', { count: 12 }) : t('book.kept.years', { count: days / 365 });
  if (days >= 60 && days % 30 <= 2) return t('book.kept.months', { count: Math.round(days / 30) });
  return t('book.kept.days', { count: days });
}
