import { projectTitleKey } from '../../domain/facilitation/index.js';
import projectNameMessages from 'virtual:messages/en/facilitator.projectNames';
import { addEnglish, translate } from '../i18n/index.js';

addEnglish(projectNameMessages);

/** The longest project name the server takes (createWorkshopRequest, createProjectRequest). */
export const maxProjectTitle = 120;

/**
 * What is wrong with a list of project names, in words for the field (the interface's language:
 * called from forms that use `useI18n`), or null. `existing` are the workshop's projects already
 * there (adding one at a time).
 */
export function projectNamesProblem(titles: readonly string[], existing: readonly string[] = []): string | null {
  const seen = new Set(existing.map(projectTitleKey));
  for (const [index, title] of titles.entries()) {
    const name = title.trim();
    if (name === '') return translate('facilitator.projectNames.missing');
    if ([...name].length > maxProjectTitle) return translate('facilitator.projectNames.tooLong', { n: index + 1, max: maxProjectTitle });
    const key = projectTitleKey(name);
    if (seen.has(key)) return translate('facilitator.projectNames.twice', { name });
    seen.add(key);
  }
  return null;
}
