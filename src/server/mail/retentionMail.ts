import type { WorkshopLanguage } from '../../domain/index.js';
import { mailText } from './mailText.js';

/**
 * The warning a workshop's owner gets before the workshop is deleted (SPEC K3): when, why, and
 * what to do; in the workshop's language when the facilitator set one, else English.
 */
export function retentionWarning(
  workshop: { id: string; title: string; language?: WorkshopLanguage },
  deleteOn: string,
  months: number,
  site: string | null,
): { subject: string; text: string } {
  const text = mailText(workshop.language);
  const date = text.date(deleteOn);
  return {
    subject: text.t('retention.subject', { title: workshop.title, date }),
    text: [
      text.t('retention.why', { title: workshop.title, months, date }),
      '',
      text.t('retention.keep'),
      '',
      site
        ? text.t('retention.link', { url: `${site}/w/${encodeURIComponent(workshop.id)}` })
        : text.t('retention.id', { id: workshop.id }),
    ].join('\n'),
  };
}
