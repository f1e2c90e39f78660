import { isApiError } from '../api.js';

/** The fields of the booking form, as the API names them. */
export type BookingField = 'kind' | 'organisation' | 'city' | 'name' | 'email' | 'teamSize' | 'preferredDates' | 'message';

/**
 * The server's VALIDATION_FAILED message ("email: is not an email address; message: is required")
 * as a problem per field, so each shows at its field; null when the error is not about fields.
 */
export function fieldProblems(error: unknown): Partial<Record<BookingField, string>> | null {
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return null;
  const problems: Partial<Record<BookingField, string>> = {};
  for (const part of error.message.split('; ')) {
    const at = part.indexOf(': ');
    if (at > 0) problems[part.slice(0, at) as BookingField] = part.slice(at + 2);
  }
  return Object.keys(problems).length > 0 ? problems : null;
}

/** "1 year" for 365 days, "6 months" for about 180, else days. */
export function retentionInWords(days: number): string {
  if (days % 365 === 0) return days === 365 ? '12 months' : `${days / 365} years`;
  if (days >= 60 && days % 30 <= 2) return `${Math.round(days / 30)} months`;
  return days === 1 ? '1 day' : `${days} days`;
}
